/** Test helpers: a tiny saxes-built element tree with simple queries (independent of src/parse). */
import {SaxesParser} from 'saxes'
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {TeiFile} from '../../src/core/file.js'
import {encodeFile, loadEdits} from '../../src/encode/index.js'
import {validateFiles} from '../../src/validate/index.js'

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

/**
 * Validate TEI strings with Debian's jing in one run (written to a temporary folder as
 * `<name>.xml`); returns jing's complaints, without the harmless warnings it prints about
 * optional Java libraries it cannot find. An empty string means every document is valid.
 */
export function jingErrors(rng: string, documents: ReadonlyArray<{name: string; tei: string}>): string {
  const dir = mkdtempSync(join(tmpdir(), 'teipipe-jing-'))
  const paths = documents.map((d) => {
    const path = join(dir, `${d.name}.xml`)
    writeFileSync(path, d.tei)
    return path
  })
  let output = ''
  try {
    execFileSync('/usr/bin/jing', [rng, ...paths], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
  } catch (error) {
    const e = error as {stdout?: string; stderr?: string}
    output = `${e.stdout ?? ''}${e.stderr ?? ''}`
  }
  return output.split('\n').filter((l) => l && !l.includes('Unable to locate')).join('\n')
}

/**
 * Check encoded documents against teipipe's own schema and rules, as the encode command does before writing:
 * each document's TEI is validated as a copy (the encoded file keeps its messages). Returns one
 * "path: rule-id reason" line per error; an empty list means every document passes.
 */
export async function ownRuleErrors(documents: ReadonlyArray<{path: string; tei?: string | undefined}>): Promise<string[]> {
  const copies = documents.map((d) => new TeiFile(d.path, d.tei ?? ''))
  await validateFiles(copies)
  return copies.flatMap((c) => c.messages.filter((m) => m.severity === 'error').map((m) => `${c.path}: ${m.ruleId} ${m.reason}`))
}
