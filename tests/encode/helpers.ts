/** Test helpers: a tiny saxes-built element tree with simple queries (independent of src/parse). */
import {SaxesParser} from 'saxes'
import {readFileSync} from 'node:fs'
import {TeiFile} from '../../src/core/file.js'
import {encodeFile, loadEdits} from '../../src/encode/index.js'

export interface El {
  name: string
  attrs: Record<string, string>
  children: (El | string)[]
  parent?: El
}

/** Parse XML into a tree (throws on well-formedness errors). */
export function parseTree(xml: string): El {
  const parser = new SaxesParser({xmlns: false})
  const root: El = {name: '#root', attrs: {}, children: []}
  const stack: El[] = [root]
  parser.on('opentag', (tag) => {
    const top = stack[stack.length - 1] as El
    const el: El = {name: tag.name, attrs: Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, String(v)])), children: [], parent: top}
    top.children.push(el)
    stack.push(el)
  })
  parser.on('closetag', () => void stack.pop())
  parser.on('text', (t) => void (stack[stack.length - 1] as El).children.push(t))
  parser.write(xml).close()
  return root
}

/** All descendant elements matching a predicate, in document order. */
export function all(el: El, pred: (e: El) => boolean): El[] {
  const out: El[] = []
  const walk = (e: El): void => {
    for (const c of e.children) if (typeof c !== 'string') { if (pred(c)) out.push(c); walk(c) }
  }
  walk(el)
  return out
}

/** Descendants by name (and optional attribute values). */
export function byName(el: El, name: string, attrs: Record<string, string> = {}): El[] {
  return all(el, (e) => e.name === name && Object.entries(attrs).every(([k, v]) => e.attrs[k] === v))
}

/** Text content. */
export function text(el: El): string {
  return el.children.map((c) => (typeof c === 'string' ? c : text(c))).join('')
}

/** Whether `el` has an ancestor named `name`. */
export function within(el: El, name: string): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.name === name) return true
  return false
}

/** Encode a source file (with its sidecar, if any) in memory. */
export function encodePath(path: string, source = readFileSync(path, 'utf8')): TeiFile {
  const file = new TeiFile(path, source)
  const edits = loadEdits(path)
  encodeFile(file, edits ? {edits} : {})
  return file
}
