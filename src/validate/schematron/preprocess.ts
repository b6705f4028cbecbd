/**
 * ISO Schematron preprocessing (ISO/IEC 19757-3:2020 §6.4 include, §6.3 abstract patterns, §5.4.13
 * phases): `include` and `extends/@href` resolved with base-URI fix-up, abstract patterns instantiated
 * with their parameters, the active phase selected (`--phase`, else `defaultPhase`, else all patterns)
 * with its `let`s, and duplicate variable names refused. Anything this processor does not implement is
 * an error, never ignored.
 */
import {readFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {parseXml} from '../../parse/parse-xml.js'
import {fileErrorReason} from '../../core/file-errors.js'
import type {XmlAttribute, XmlElement, XmlNode} from '../../parse/tree.js'

const SCH = new Set(['http://purl.oclc.org/dsdl/schematron', 'http://www.ascc.net/xml/schematron'])
const XSL = 'http://www.w3.org/1999/XSL/Transform'
const QUERY_BINDINGS = new Set(['', 'xslt', 'xslt2', 'xslt3', 'xpath', 'xpath2', 'xpath3', 'xpath31'])

/** The Schematron cannot be used (a sentence naming what and where). */
export class SchematronPreprocessError extends Error {
  override name = 'SchematronPreprocessError'
}

const isSch = (n: XmlNode, local?: string): n is XmlElement => n.type === 'element' && SCH.has(n.uri) && (local === undefined || n.local === local)
const attr = (e: XmlElement, name: string) => e.attributes.find((a) => a.name === name)?.value

/** Resolve includes, instantiate abstract patterns and apply the phase, in place; returns the root. */
export function preprocess(root: XmlElement, path: string, phase?: string): XmlElement {
  const qb = (attr(root, 'queryBinding') ?? '').toLowerCase()
  if (!QUERY_BINDINGS.has(qb)) throw new SchematronPreprocessError(`the query language binding "${qb}" is not supported (teipipe runs XSLT/XPath 2.0–3.1 on saxon-js)`)
  resolveIncludes(root, path, [path])
  checkSupported(root)
  instantiateAbstractPatterns(root)
  applyPhase(root, phase)
  checkLets(root)
  renameReservedPrefixes(root)
  return root
}

/** Prefixes the generated stylesheet binds itself (to these namespaces; `sch` to none): compile.ts drops a schema's own binding of them. */
const RESERVED: Record<string, string | undefined> = {
  xsl: XSL,
  sch: undefined,
  map: 'http://www.w3.org/2005/xpath-functions/map',
  array: 'http://www.w3.org/2005/xpath-functions/array',
  math: 'http://www.w3.org/2005/xpath-functions/math'
}
/** Attributes of Schematron elements that hold XPath (ISO 2020 §5.4: context, test, select, value, path, subject). */
const XPATH_ATTRIBUTES = new Set(['context', 'test', 'select', 'value', 'path', 'subject'])

/**
 * A schema may bind `sch` (TEI's rules do: `tei:constraint/sch:*`) or rebind another prefix the generated
 * XSLT reserves; such a prefix is renamed in its `ns` declaration and in every XPath of the schema (outside
 * string literals), so that the expressions keep their meaning.
 */
function renameReservedPrefixes(root: XmlElement): void {
  const declared = new Map<string, string>()
  for (const c of root.children) if (isSch(c, 'ns')) declared.set(attr(c, 'prefix') ?? '', attr(c, 'uri') ?? '')
  for (const a of root.attributes) if (a.name.startsWith('xmlns:')) declared.set(a.name.slice(6), a.value)
  const renames = new Map<string, string>()
  for (const [prefix, uri] of declared) {
    if (!(prefix in RESERVED) || RESERVED[prefix] === uri) continue
    let renamed = `${prefix}_`
    while (declared.has(renamed)) renamed += '_'
    renames.set(prefix, renamed)
  }
  if (renames.size === 0) return
  for (const c of root.children) if (isSch(c, 'ns')) {
    const prefix = c.attributes.find((a) => a.name === 'prefix')
    if (prefix && renames.has(prefix.value)) prefix.value = renames.get(prefix.value) as string
  }
  root.attributes = root.attributes.map((a) => (a.name.startsWith('xmlns:') && renames.has(a.name.slice(6)) ? {...a, name: `xmlns:${renames.get(a.name.slice(6))}`, local: renames.get(a.name.slice(6)) as string} : a))
  const pattern = new RegExp(`(?<![\\w.$-])(?<!(?<!:):)(${[...renames.keys()].join('|')}):(?=[\\w*])`, 'g')
  const rewrite = (xpath: string) => xpath.split(/("[^"]*"|'[^']*')/).map((part, i) => (i % 2 === 1 ? part : part.replace(pattern, (_, p: string) => `${renames.get(p)}:`))).join('')
  const stack: XmlElement[] = [root]
  while (stack.length > 0) {
    const e = stack.pop() as XmlElement
    if (SCH.has(e.uri)) for (const a of e.attributes) if (a.uri === '' && XPATH_ATTRIBUTES.has(a.local)) a.value = rewrite(a.value)
    if (e.uri === XSL) for (const a of e.attributes) if (a.uri === '' && ['select', 'test', 'match', 'use'].includes(a.local)) a.value = rewrite(a.value)
    for (const c of e.children) if (c.type === 'element') stack.push(c)
  }
}

function load(href: string, base: string, stack: readonly string[]): {element: XmlElement; path: string} {
  const [file, fragment] = href.split('#') as [string, string | undefined]
  const path = file === '' ? base : resolve(dirname(base), decodeURI(file))
  if (stack.includes(path) && !fragment) throw new SchematronPreprocessError(`${path} includes itself (through ${stack.join(' → ')})`)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new SchematronPreprocessError(`the included file ${href} (${path}) cannot be read: ${fileErrorReason(error, 'read')}`)
  }
  const parsed = parseXml(text, path)
  const root = parsed.tree?.root
  if (!root) throw new SchematronPreprocessError(`the included file ${path} is not well-formed XML: ${parsed.messages[0]?.reason ?? ''}`)
  if (!fragment) return {element: root, path}
  const found = findById(root, fragment)
  if (!found) throw new SchematronPreprocessError(`the included file ${path} has no element with id "${fragment}"`)
  return {element: found, path}
}

function findById(e: XmlElement, id: string): XmlElement | undefined {
  if (attr(e, 'id') === id || attr(e, 'xml:id') === id) return e
  for (const c of e.children) if (c.type === 'element') {
    const f = findById(c, id)
    if (f) return f
  }
  return undefined
}

/** `include` → the referenced element; `extends/@href` → its children (ISO 2020 §6.4), recursively, each relative to its own file. */
function resolveIncludes(element: XmlElement, base: string, stack: string[]): void {
  const out: XmlNode[] = []
  for (const child of element.children) {
    if (child.type !== 'element') {
      out.push(child)
      continue
    }
    if (isSch(child, 'include') || (isSch(child, 'extends') && attr(child, 'href') !== undefined)) {
      const href = attr(child, 'href') ?? ''
      const {element: target, path} = load(href, base, stack)
      const copy = clone(target, element)
      resolveIncludes(copy, path, [...stack, path])
      if (child.local === 'include') out.push(copy)
      else for (const c of copy.children) out.push(Object.assign(c, {parent: element}))
      continue
    }
    resolveIncludes(child, base, stack)
    out.push(child)
  }
  element.children = out
}

function clone(e: XmlElement, parent: XmlElement | undefined, subst?: (v: string) => string): XmlElement {
  const copy: XmlElement = {...e, parent, attributes: e.attributes.map((a): XmlAttribute => ({...a, value: subst ? subst(a.value) : a.value})), children: []}
  copy.children = e.children.map((c) => (c.type === 'element' ? clone(c, copy, subst) : {...c}))
  return copy
}

const SCHEMA_CHILDREN = new Set(['title', 'ns', 'p', 'let', 'phase', 'pattern', 'diagnostics', 'properties'])

/** Refuse what this processor does not implement, instead of ignoring it. */
function checkSupported(root: XmlElement): void {
  for (const node of root.children) {
    if (node.type !== 'element') continue
    const c: XmlElement = node
    if (SCH.has(c.uri) && !SCHEMA_CHILDREN.has(c.local)) throw new SchematronPreprocessError(`<sch:${c.local}> is not supported by teipipe's Schematron processor`)
    if (SCH.has(c.uri) && c.local === 'pattern' && attr(c, 'documents') !== undefined) throw new SchematronPreprocessError(`patterns over other documents (<sch:pattern documents="${attr(c, 'documents')}">) are not supported: teipipe never reads files a document points to`)
    if (c.uri === XSL && !['function', 'key', 'include', 'import', 'param', 'variable', 'template'].includes(c.local)) throw new SchematronPreprocessError(`<xsl:${c.local}> is not allowed in a Schematron schema`)
    if (c.uri === XSL && (c.local === 'include' || c.local === 'import')) throw new SchematronPreprocessError(`<xsl:${c.local}> is not supported: teipipe does not load stylesheets a schema points to`)
  }
}

/** Abstract patterns (ISO 2020 §6.3): each `pattern is-a` becomes a copy of the abstract one with `$param` replaced in attribute values. */
function instantiateAbstractPatterns(root: XmlElement): void {
  const abstract = new Map<string, XmlElement>()
  for (const c of root.children) if (isSch(c, 'pattern') && attr(c, 'abstract') === 'true') abstract.set(attr(c, 'id') ?? '', c)
  root.children = root.children.flatMap((c): XmlNode[] => {
    if (isSch(c, 'pattern') && attr(c, 'abstract') === 'true') return []
    if (!isSch(c, 'pattern') || attr(c, 'is-a') === undefined) return [c]
    const name = attr(c, 'is-a') ?? ''
    const source = abstract.get(name)
    if (!source) throw new SchematronPreprocessError(`the pattern is-a="${name}" refers to no abstract pattern with that id`)
    const params = new Map<string, string>()
    for (const p of c.children) if (isSch(p, 'param')) params.set(attr(p, 'name') ?? '', attr(p, 'value') ?? '')
    const names = [...params.keys()].sort((a, b) => b.length - a.length)
    const subst = (v: string) => (names.length === 0 ? v : v.replace(new RegExp(`\\$(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})(?![\\w.-])`, 'g'), (_, n: string) => params.get(n) ?? ''))
    const instance = clone(source, root, subst)
    instance.attributes = [...c.attributes.filter((a) => a.name !== 'is-a'), ...instance.attributes.filter((a) => a.name !== 'abstract' && a.name !== 'id' && !c.attributes.some((b) => b.name === a.name))]
    return [instance]
  })
}

/** Keep the active phase's patterns (ISO 2020 §5.4.13) and make its `let`s global. */
function applyPhase(root: XmlElement, requested: string | undefined): void {
  const phases = root.children.filter((c): c is XmlElement => isSch(c, 'phase'))
  for (const p of phases) {
    const seen = new Set<string>()
    for (const l of p.children) if (isSch(l, 'let')) {
      const n = attr(l as XmlElement, 'name') ?? ''
      if (seen.has(n)) throw new SchematronPreprocessError(`the variable $${n} is defined twice in the phase ${attr(p, 'id') ?? ''}`)
      seen.add(n)
    }
  }
  let id = requested ?? attr(root, 'defaultPhase') ?? '#ALL'
  if (id === '#DEFAULT') id = attr(root, 'defaultPhase') ?? '#ALL'
  if (id === '#ALL') {
    // Every pattern runs; a phase variable defined in exactly one phase is available as a global one.
    const counts = new Map<string, XmlElement[]>()
    for (const p of phases) for (const l of p.children) if (isSch(l, 'let')) counts.set(attr(l as XmlElement, 'name') ?? '', [...(counts.get(attr(l as XmlElement, 'name') ?? '') ?? []), l as XmlElement])
    const globals = new Set(root.children.filter((c): c is XmlElement => isSch(c, 'let')).map((l) => attr(l, 'name')))
    const lets = [...counts.values()].filter((list) => list.length === 1 && !globals.has(attr(list[0] as XmlElement, 'name'))).map((list) => list[0] as XmlElement)
    const firstPattern = root.children.findIndex((c) => isSch(c, 'pattern'))
    root.children.splice(firstPattern < 0 ? root.children.length : firstPattern, 0, ...lets.map((l) => Object.assign(l, {parent: root})))
    return
  }
  const phase = phases.find((p) => attr(p, 'id') === id)
  if (!phase) throw new SchematronPreprocessError(`there is no phase "${id}" (phases: ${phases.map((p) => attr(p, 'id')).join(', ') || 'none'})`)
  const active = new Set(phase.children.filter((c): c is XmlElement => isSch(c, 'active')).map((a) => attr(a, 'pattern') ?? ''))
  const ids = new Set(root.children.filter((c): c is XmlElement => isSch(c, 'pattern')).map((p) => attr(p, 'id')))
  for (const a of active) if (!ids.has(a)) throw new SchematronPreprocessError(`the phase "${id}" activates the pattern "${a}", which does not exist`)
  const lets = phase.children.filter((c): c is XmlElement => isSch(c, 'let'))
  // A phase variable shadows a schema variable of the same name (the phase is the narrower scope).
  const shadowed = new Set(lets.map((l) => attr(l, 'name')))
  root.children = root.children.filter((c) => !(isSch(c, 'let') && shadowed.has(attr(c as XmlElement, 'name'))))
  const firstPattern = root.children.findIndex((c) => isSch(c, 'pattern'))
  root.children = root.children.filter((c) => !isSch(c, 'pattern') || active.has(attr(c as XmlElement, 'id') ?? ''))
  root.children.splice(firstPattern < 0 ? root.children.length : firstPattern, 0, ...lets.map((l) => Object.assign(l, {parent: root})))
}

/**
 * A variable may be defined once in its scope and not again in an enclosed one (ISO 2016 §5.4.5); pattern
 * variables are global (§3.26), so they may not repeat a schema variable or another pattern's.
 */
function checkLets(root: XmlElement): void {
  const names = (e: XmlElement) => e.children.filter((c): c is XmlElement => isSch(c, 'let')).map((l) => attr(l, 'name') ?? '')
  const check = (scope: string[], where: string) => {
    const seen = new Set<string>()
    for (const n of scope) {
      if (seen.has(n)) throw new SchematronPreprocessError(`the variable $${n} is defined twice ${where}`)
      seen.add(n)
    }
  }
  const patterns = root.children.filter((c): c is XmlElement => isSch(c, 'pattern'))
  const global = [...names(root), ...patterns.flatMap((p) => names(p))]
  check(global, 'among the global variables (schema, phase and pattern variables)')
  for (const pattern of patterns) {
    const inPattern = global
    for (const rule of pattern.children.filter((c): c is XmlElement => isSch(c, 'rule'))) check([...inPattern, ...names(rule)], `in a rule with context ${attr(rule, 'context') ?? '(abstract)'} (or there and in an enclosing scope)`)
  }
}
