/**
 * Schematron embedded in a RELAX NG schema, as TEI ODD processors write it (TEI Guidelines §22.5.7
 * "constraintSpec": `sch:pattern`, `sch:rule`, `sch:ns`, `sch:let` among the RELAX NG elements of
 * tei_all.rng and of project schemas generated from an ODD). Jing ignores these elements; oXygen and the
 * TEI toolchain extract them into an ISO Schematron schema and run it after the grammar, and so does
 * teipipe: every `sch:ns` (wherever it stands), every `sch:pattern`, every `sch:rule` outside a pattern (in
 * a pattern of its own, so that rules with overlapping contexts all fire, as the TEI's extraction does),
 * and global `sch:let`, `sch:phase`, `sch:diagnostics` and XSLT functions and keys. Each extracted element
 * keeps the namespace declarations in scope where it stood. The result is cached by the schema files'
 * content (the user's cache: tei_all is 1 MB of XML to read, its rules 40 kB).
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {parseXml} from '../../parse/parse-xml.js'
import type {XmlElement} from '../../parse/tree.js'
import {cacheDirectory, writeCacheEntry} from '../../core/cache.js'

const SCH_NS = 'http://purl.oclc.org/dsdl/schematron'
const SCH = new Set([SCH_NS, 'http://www.ascc.net/xml/schematron'])
const XSL = 'http://www.w3.org/1999/XSL/Transform'
const RNG = 'http://relaxng.org/ns/structure/1.0'
/** Bump when the extracted text for the same schema changes. */
const CACHE_VERSION = 1
const GLOBAL = new Set(['let', 'phase', 'diagnostics', 'title'])

/** The Schematron extracted from a RELAX NG schema. */
export interface EmbeddedSchematron {
  /** A `.sch` file holding it (in the cache). */
  path: string
  /** Number of patterns (a rule outside a pattern counts as one). */
  patterns: number
}

const memo = new Map<string, EmbeddedSchematron | undefined>()

/**
 * The Schematron embedded in the RELAX NG schema at `rngPath` and the schemas it includes
 * (`include`/`externalRef`, relative hrefs), or `undefined` when it has none. Throws a file-system error
 * when the schema cannot be read, and an Error naming the file when a schema file is not well-formed.
 */
export function embeddedSchematron(rngPath: string): EmbeddedSchematron | undefined {
  const files = schemaFiles(rngPath)
  const hash = createHash('sha256').update(`${CACHE_VERSION}\0`)
  for (const [path, text] of files) hash.update(path).update('\0').update(text).update('\0')
  const key = hash.digest('hex').slice(0, 32)
  if (memo.has(key)) return memo.get(key)
  if (![...files.values()].some((text) => [...SCH].some((ns) => text.includes(ns)))) {
    memo.set(key, undefined)
    return undefined
  }
  let dir: string | undefined
  try {
    dir = cacheDirectory('schematron-embedded', 'user')
  } catch {
    dir = undefined
  }
  const cached = dir ? join(dir, `${key}.sch`) : undefined
  if (cached && existsSync(cached)) {
    const text = readFileSync(cached, 'utf8')
    const result = countPatterns(text) > 0 ? {path: cached, patterns: countPatterns(text)} : undefined
    memo.set(key, result)
    return result
  }
  const text = extract(files)
  const patterns = countPatterns(text)
  let result: EmbeddedSchematron | undefined
  if (cached) {
    writeCacheEntry(cached, text)
    if (patterns > 0 && existsSync(cached)) result = {path: cached, patterns}
  }
  memo.set(key, result)
  return result
}

/** The schema file and those it includes, path → text, in document order. */
function schemaFiles(rngPath: string): Map<string, string> {
  const files = new Map<string, string>()
  const queue = [resolve(rngPath)]
  while (queue.length > 0) {
    const path = queue.shift() as string
    if (files.has(path)) continue
    const text = readFileSync(path, 'utf8')
    files.set(path, text)
    for (const m of text.matchAll(/<(?:[\w.-]+:)?(?:include|externalRef)\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const href = m[1] ?? m[2] ?? ''
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue // not a local file: the grammar reports it
      const target = resolve(dirname(path), decodeURI(href))
      if (existsSync(target)) queue.push(target)
    }
  }
  return files
}

/** The ISO Schematron schema of the embedded elements of `files`. */
function extract(files: Map<string, string>): string {
  const namespaces: string[] = []
  const seenNs = new Set<string>()
  const globals: string[] = []
  const patterns: string[] = []
  for (const [path, source] of files) {
    const tree = parseXml(source, path).tree
    if (!tree) throw new Error(`the schema ${path} is not well-formed XML`)
    const text = tree.text
    let loose = 0
    const stack: XmlElement[] = [tree.root]
    while (stack.length > 0) {
      const e = stack.pop() as XmlElement
      if (SCH.has(e.uri)) {
        if (e.local === 'ns') {
          const id = `${attr(e, 'prefix')}\0${attr(e, 'uri')}`
          if (!seenNs.has(id)) namespaces.push(slice(e, text))
          seenNs.add(id)
        } else if (e.local === 'pattern') patterns.push(slice(e, text))
        else if (e.local === 'rule') patterns.push(`<pattern xmlns="${SCH_NS}" id="${escape(`${nearestDefine(e) ?? 'embedded'}-rule-${++loose}`)}">${slice(e, text)}</pattern>`)
        else if (GLOBAL.has(e.local) && !insideSchematron(e)) globals.push(slice(e, text))
        continue
      }
      if (e.uri === XSL && (e.local === 'function' || e.local === 'key')) {
        globals.push(slice(e, text))
        continue
      }
      for (let i = e.children.length - 1; i >= 0; i--) {
        const c = e.children[i]
        if (c?.type === 'element') stack.push(c)
      }
    }
  }
  if (patterns.length === 0) return ''
  return [`<schema xmlns="${SCH_NS}" queryBinding="xslt2">`, ...namespaces, ...globals, ...patterns, '</schema>', ''].join('\n')
}

/** An element's text with the namespace declarations in scope at its place added to its start tag. */
function slice(e: XmlElement, text: string): string {
  const own = new Set(e.attributes.filter((a) => a.name === 'xmlns' || a.name.startsWith('xmlns:')).map((a) => a.name))
  const inherited: string[] = []
  for (let p = e.parent; p; p = p.parent) {
    for (const a of p.attributes) {
      if ((a.name === 'xmlns' || a.name.startsWith('xmlns:')) && !own.has(a.name)) {
        own.add(a.name)
        inherited.push(` ${a.name}="${escape(a.value)}"`)
      }
    }
  }
  const body = text.slice(e.start, e.end)
  const at = 1 + e.name.length
  return body.slice(0, at) + inherited.join('') + body.slice(at)
}

function nearestDefine(e: XmlElement): string | undefined {
  for (let p = e.parent; p; p = p.parent) if (p.uri === RNG && p.local === 'define') return attr(p, 'name')
  return undefined
}

function insideSchematron(e: XmlElement): boolean {
  for (let p = e.parent; p; p = p.parent) if (SCH.has(p.uri)) return true
  return false
}

function countPatterns(text: string): number {
  return text === '' ? 0 : (text.match(/<(?:[\w.-]+:)?pattern\b/g) ?? []).length
}

function attr(e: XmlElement, name: string): string {
  return e.attributes.find((a) => a.name === name)?.value ?? ''
}

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}
