/**
 * A RELAX NG schema (XML syntax) read into patterns, following the simplification rules of the RELAX NG
 * specification (OASIS 2001, §4): `include` with overrides, `externalRef`, nested grammars with
 * `parentRef`, `combine`, `div`, inherited `ns` and `datatypeLibrary`, `mixed`/`optional`/`zeroOrMore`
 * rewritten, QNames resolved through the schema's namespace declarations. Element contents are compiled
 * when first reached, so validating a document compiles only the part of tei_all it uses.
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {cacheDirectory, writeCacheEntry} from '../../core/cache.js'
import {parseXml} from '../../parse/parse-xml.js'
import {fileErrorReason} from '../../core/file-errors.js'
import type {XmlElement, XmlNode} from '../../parse/tree.js'
import {DatatypeError, makeDatatype} from './datatypes.js'
import {Builder, type NameClass, type Pattern} from './pattern.js'

const RNG = 'http://relaxng.org/ns/structure/1.0'
const XMLNS = 'http://www.w3.org/2000/xmlns/'

/** A schema could not be read or is not correct RELAX NG; `file`/`line` locate the cause. */
export class RngSchemaError extends Error {
  override name = 'RngSchemaError'
  readonly file: string
  readonly line: number | undefined
  constructor(message: string, file: string, line?: number) {
    super(message)
    this.file = file
    this.line = line
  }
}

/** A compiled schema: the start pattern and the builder that owns its derivatives. */
export interface CompiledRng {
  builder: Builder
  start: Pattern
  /** Files read (the schema and everything it includes). */
  files: string[]
  /** Element name → the contents of its definitions (Jing: FindElementFunction), filled by the validator. */
  found?: Map<string, Pattern>
}

interface Definition {
  combine?: string
  body: XmlElement[]
  ctx: Context
}

class Grammar {
  readonly defines = new Map<string, Definition[]>()
  readonly start: Definition[] = []
  readonly compiled = new Map<string, Pattern>()
  readonly compiling = new Set<string>()
  startPattern?: Pattern
  constructor(readonly parent: Grammar | undefined) {}
}

interface Context {
  file: string
  lines: (offset: number) => number
  ns: string
  dtLib: string
  grammar: Grammar | undefined
}

/** Read and compile a RELAX NG schema file (XML syntax); throws {@link RngSchemaError}. */
export function compileRng(path: string, text?: string): CompiledRng {
  const compiler = new Compiler()
  const start = compiler.externalRef(path, text, '', undefined)
  return {builder: compiler.builder, start, files: [...compiler.files]}
}

class Compiler {
  readonly builder = new Builder()
  readonly files = new Set<string>()
  private elementPatterns = new Map<XmlElement, Pattern>()

  private load(path: string, text?: string): {root: XmlElement; lines: (o: number) => number} {
    let source = text
    if (source === undefined) {
      try {
        source = readFileSync(path, 'utf8')
      } catch (error) {
        throw new RngSchemaError(`the schema file ${path} could not be read (${fileErrorReason(error, 'read')})`, path)
      }
    }
    this.files.add(path)
    // The RELAX NG elements of a schema, cached by content hash: tei_all.rng is 1 MB, mostly documentation,
    // and reading its 1,100 kB of XML costs more than compiling it.
    const cached = readCachedTree(source)
    if (cached) return {root: cached, lines: (line) => line}
    const parsed = parseXml(source, path)
    const tree = parsed.tree
    if (!tree) throw new RngSchemaError(`the schema is not well-formed XML: ${parsed.messages[0]?.reason ?? ''}`, path, parsed.messages[0]?.place?.start.line)
    writeCachedTree(source, tree.root, (o) => tree.lines.toPoint(tree.toOriginal(o)).line)
    return {root: tree.root, lines: (o) => tree.lines.toPoint(tree.toOriginal(o)).line}
  }

  /** The pattern of a whole schema file (top-level `grammar` or a pattern element). */
  externalRef(path: string, text: string | undefined, ns: string, parent: Grammar | undefined): Pattern {
    const {root, lines} = this.load(path, text)
    if (root.uri !== RNG) throw new RngSchemaError(`the root element <${root.name}> is not a RELAX NG element (namespace ${RNG})`, path, lines(root.start))
    const ctx: Context = {file: path, lines, ns, dtLib: '', grammar: parent}
    return this.pattern(root, ctx)
  }

  private fail(message: string, el: XmlElement, ctx: Context): never {
    throw new RngSchemaError(message, ctx.file, ctx.lines(el.start))
  }

  private inherit(el: XmlElement, ctx: Context): Context {
    const ns = attr(el, 'ns')
    const lib = attr(el, 'datatypeLibrary')
    if (ns === undefined && lib === undefined) return ctx
    return {...ctx, ...(ns !== undefined ? {ns} : {}), ...(lib !== undefined ? {dtLib: lib} : {})}
  }

  /** Compile one pattern element. */
  pattern(el: XmlElement, outer: Context): Pattern {
    const b = this.builder
    const ctx = this.inherit(el, outer)
    const kids = rngChildren(el)
    switch (el.local) {
      case 'element': {
        const known = this.elementPatterns.get(el)
        if (known) return known
        const name = attr(el, 'name')
        const nc = name !== undefined ? this.qname(name, el, ctx, false) : this.nameClass(kids[0] ?? this.fail('<element> needs a name', el, ctx), ctx)
        const body = name !== undefined ? kids : kids.slice(1)
        const p = b.element(nc)
        p.setContent(() => this.group(body, ctx, el))
        this.elementPatterns.set(el, p)
        return p
      }
      case 'attribute': {
        const name = attr(el, 'name')
        const nc = name !== undefined ? this.qname(name, el, {...ctx, ns: attr(el, 'ns') ?? ''}, true) : this.nameClass(kids[0] ?? this.fail('<attribute> needs a name', el, ctx), ctx)
        const body = name !== undefined ? kids : kids.slice(1)
        return b.attribute(nc, body.length === 0 ? b.text : this.group(body, ctx, el))
      }
      case 'group':
        return this.group(kids, ctx, el)
      case 'interleave':
        return this.fold(kids, ctx, el, (x, y) => b.interleave(x, y))
      case 'choice':
        return this.fold(kids, ctx, el, (x, y) => b.choice(x, y))
      case 'optional':
        return b.optional(this.group(kids, ctx, el))
      case 'zeroOrMore':
        return b.optional(b.oneOrMore(this.group(kids, ctx, el)))
      case 'oneOrMore':
        return b.oneOrMore(this.group(kids, ctx, el))
      case 'mixed':
        return b.interleave(b.text, this.group(kids, ctx, el))
      case 'list':
        return b.list(this.group(kids, ctx, el))
      case 'empty':
        return b.empty
      case 'text':
        return b.text
      case 'notAllowed':
        return b.notAllowed
      case 'ref':
      case 'parentRef': {
        const grammar = el.local === 'ref' ? ctx.grammar : ctx.grammar?.parent
        const name = attr(el, 'name') ?? ''
        if (!grammar) this.fail(el.local === 'ref' ? `<ref name="${name}"> is outside any grammar` : `<parentRef name="${name}"> has no parent grammar`, el, ctx)
        return this.define(grammar, name, el, ctx)
      }
      case 'value': {
        const type = attr(el, 'type')
        const lib = type === undefined ? '' : ctx.dtLib
        return b.valuePattern(this.datatype(lib, type ?? 'token', [], el, ctx), textOf(el))
      }
      case 'data': {
        const params = kids.filter((k) => k.local === 'param').map((k) => ({name: attr(k, 'name') ?? '', value: textOf(k)}))
        const except = kids.find((k) => k.local === 'except')
        const dt = this.datatype(ctx.dtLib, attr(el, 'type') ?? '', params, el, ctx)
        return b.data(dt, except ? this.fold(rngChildren(except), ctx, except, (x, y) => b.choice(x, y)) : undefined)
      }
      case 'externalRef': {
        const href = attr(el, 'href') ?? ''
        return this.externalRef(resolve(dirname(ctx.file), href), undefined, ctx.ns, undefined)
      }
      case 'grammar': {
        const grammar = new Grammar(ctx.grammar)
        this.grammarContent(el, {...ctx, grammar}, grammar)
        return this.startOf(grammar, el, {...ctx, grammar})
      }
      default:
        return this.fail(`<${el.name}> is not a RELAX NG pattern`, el, ctx)
    }
  }

  private group(kids: XmlElement[], ctx: Context, el: XmlElement): Pattern {
    if (kids.length === 0) return this.fail(`<${el.name}> needs at least one pattern inside`, el, ctx)
    return this.fold(kids, ctx, el, (x, y) => this.builder.group(x, y))
  }

  private fold(kids: XmlElement[], ctx: Context, el: XmlElement, f: (x: Pattern, y: Pattern) => Pattern): Pattern {
    if (kids.length === 0) return this.fail(`<${el.name}> needs at least one pattern inside`, el, ctx)
    let p = this.pattern(kids[0] as XmlElement, ctx)
    for (let i = 1; i < kids.length; i++) p = f(p, this.pattern(kids[i] as XmlElement, ctx))
    return p
  }

  private datatype(lib: string, type: string, params: {name: string; value: string}[], el: XmlElement, ctx: Context) {
    try {
      return makeDatatype(lib, type, params)
    } catch (error) {
      if (error instanceof DatatypeError || error instanceof Error) this.fail(error.message, el, ctx)
      throw error
    }
  }

  /** Collect a grammar's start, defines and includes. */
  private grammarContent(el: XmlElement, ctx: Context, grammar: Grammar, overrides?: Set<string>): void {
    for (const kid of rngChildren(el)) {
      const kctx = this.inherit(kid, ctx)
      if (kid.local === 'start') {
        if (overrides?.has('\u0000start')) continue
        grammar.start.push({body: rngChildren(kid), ctx: kctx, ...(attr(kid, 'combine') ? {combine: attr(kid, 'combine') as string} : {})})
      } else if (kid.local === 'define') {
        const name = attr(kid, 'name') ?? ''
        if (overrides?.has(name)) continue
        const list = grammar.defines.get(name) ?? []
        list.push({body: rngChildren(kid), ctx: kctx, ...(attr(kid, 'combine') ? {combine: attr(kid, 'combine') as string} : {})})
        grammar.defines.set(name, list)
      } else if (kid.local === 'div') this.grammarContent(kid, kctx, grammar, overrides)
      else if (kid.local === 'include') {
        // Components inside <include> replace those of the same name in the included grammar.
        const replaced = new Set<string>()
        const collect = (node: XmlElement) => {
          for (const c of rngChildren(node)) {
            if (c.local === 'start') replaced.add('\u0000start')
            else if (c.local === 'define') replaced.add(attr(c, 'name') ?? '')
            else if (c.local === 'div') collect(c)
          }
        }
        collect(kid)
        const path = resolve(dirname(ctx.file), attr(kid, 'href') ?? '')
        const {root, lines} = this.load(path)
        if (root.uri !== RNG || root.local !== 'grammar') this.fail(`the included file ${path} is not a RELAX NG <grammar>`, kid, ctx)
        const ictx: Context = this.inherit(root, {file: path, lines, ns: kctx.ns, dtLib: '', grammar})
        this.grammarContent(root, ictx, grammar, new Set([...(overrides ?? []), ...replaced]))
        this.grammarContent(kid, kctx, grammar, overrides)
      }
    }
  }

  private startOf(grammar: Grammar, el: XmlElement, ctx: Context): Pattern {
    if (!grammar.startPattern) {
      if (grammar.start.length === 0) this.fail('the grammar has no <start>', el, ctx)
      grammar.startPattern = this.combine(grammar.start, 'start', el, ctx)
    }
    return grammar.startPattern
  }

  private define(grammar: Grammar, name: string, el: XmlElement, ctx: Context): Pattern {
    const done = grammar.compiled.get(name)
    if (done) return done
    const defs = grammar.defines.get(name)
    if (!defs) return this.fail(`the pattern "${name}" is referred to but never defined`, el, ctx)
    if (grammar.compiling.has(name)) return this.fail(`the pattern "${name}" refers to itself without an element in between`, el, ctx)
    grammar.compiling.add(name)
    const p = this.combine(defs, name, el, ctx)
    grammar.compiling.delete(name)
    grammar.compiled.set(name, p)
    return p
  }

  private combine(defs: Definition[], name: string, el: XmlElement, ctx: Context): Pattern {
    const combines = new Set(defs.map((d) => d.combine).filter((c) => c !== undefined))
    if (combines.size > 1) this.fail(`the definitions of "${name}" combine in different ways`, el, ctx)
    if (defs.length - defs.filter((d) => d.combine).length > 1) this.fail(`"${name}" is defined more than once without combine`, el, ctx)
    const how = [...combines][0] ?? 'choice'
    let p: Pattern | undefined
    for (const d of defs) {
      const q = this.group(d.body, d.ctx, el)
      p = p === undefined ? q : how === 'interleave' ? this.builder.interleave(p, q) : this.builder.choice(p, q)
    }
    return p as Pattern
  }

  private nameClass(el: XmlElement, outer: Context): NameClass {
    const ctx = this.inherit(el, outer)
    const kids = rngChildren(el)
    const except = () => {
      const e = kids.find((k) => k.local === 'except')
      return e ? this.choiceOf(rngChildren(e), ctx, e) : undefined
    }
    switch (el.local) {
      case 'name':
        return this.qname(textOf(el).trim(), el, ctx, false)
      case 'anyName': {
        const x = except()
        return x ? {kind: 'anyName', except: x} : {kind: 'anyName'}
      }
      case 'nsName': {
        const x = except()
        return x ? {kind: 'nsName', ns: ctx.ns, except: x} : {kind: 'nsName', ns: ctx.ns}
      }
      case 'choice':
        return this.choiceOf(kids, ctx, el)
      default:
        return this.fail(`<${el.name}> is not a RELAX NG name class`, el, ctx)
    }
  }

  private choiceOf(kids: XmlElement[], ctx: Context, el: XmlElement): NameClass {
    if (kids.length === 0) this.fail(`<${el.name}> needs a name class inside`, el, ctx)
    let nc = this.nameClass(kids[0] as XmlElement, ctx)
    for (let i = 1; i < kids.length; i++) nc = {kind: 'choice', a: nc, b: this.nameClass(kids[i] as XmlElement, ctx)}
    return nc
  }

  /** A QName from the schema: prefixed names through the schema's namespace declarations. */
  private qname(qname: string, el: XmlElement, ctx: Context, attribute: boolean): NameClass {
    const colon = qname.indexOf(':')
    if (colon < 0) return {kind: 'name', ns: attribute ? ctx.ns : ctx.ns, local: qname}
    const prefix = qname.slice(0, colon)
    const ns = prefix === 'xml' ? 'http://www.w3.org/XML/1998/namespace' : lookupPrefix(el, prefix)
    if (ns === undefined) this.fail(`the prefix "${prefix}" of ${qname} is not declared`, el, ctx)
    return {kind: 'name', ns, local: qname.slice(colon + 1)}
  }
}

/** Cache format version: bump when the stored shape changes. */
const TREE_CACHE_VERSION = 2

/** A stored RELAX NG element: [uri, local, name, attributes [uri, local, name, value][], line, children]; text as a string. */
type StoredNode = string | [string, string, string, [string, string, string, string][], number, StoredNode[]]

function treeCachePath(source: string): string | undefined {
  try {
    return join(cacheDirectory('relaxng', 'user'), `${createHash('sha256').update(`${TREE_CACHE_VERSION}\0${source}`).digest('hex').slice(0, 32)}.json`)
  } catch {
    return undefined
  }
}

/** The schema's RELAX NG elements from the cache (positions are lines: `start` holds the line). */
function readCachedTree(source: string): XmlElement | undefined {
  if (source.length < 100_000) return undefined // small schemas parse faster than a cache lookup pays
  const path = treeCachePath(source)
  if (!path || !existsSync(path)) return undefined
  try {
    const build = (node: StoredNode, parent: XmlElement | undefined): XmlNode => {
      if (typeof node === 'string') return {type: 'text', value: node, start: 0, end: 0}
      const [uri, local, name, attributes, line, children] = node
      const element: XmlElement = {type: 'element', uri, local, name, attributes: attributes.map(([u, l, n, v]) => ({uri: u, local: l, name: n, value: v, start: line, end: line})), children: [], parent, start: line, startTagEnd: line, end: line}
      element.children = children.map((c) => build(c, element))
      return element
    }
    return build(JSON.parse(readFileSync(path, 'utf8')) as StoredNode, undefined) as XmlElement
  } catch {
    return undefined // damaged or concurrent entry: parse the schema instead
  }
}

/** Store the RELAX NG elements of a schema (foreign elements such as documentation dropped). */
function writeCachedTree(source: string, root: XmlElement, lines: (o: number) => number): void {
  if (source.length < 100_000) return
  const path = treeCachePath(source)
  if (!path || existsSync(path)) return
  const store = (e: XmlElement): StoredNode => [
    e.uri,
    e.local,
    e.name,
    e.attributes.map((a) => [a.uri, a.local, a.name, a.value]),
    lines(e.start),
    // Whitespace between elements means nothing in RELAX NG; text inside value/param/name is kept as written.
    e.children.flatMap((c): StoredNode[] => (c.type === 'text' ? (c.value.trim() !== '' || !e.children.some((x) => x.type === 'element') ? [c.value] : []) : c.uri === RNG ? [store(c)] : []))
  ]
  writeCacheEntry(path, JSON.stringify(store(root)))
}

function attr(el: XmlElement, name: string): string | undefined {
  for (const a of el.attributes) if (a.name === name && a.uri === '') return a.value
  return undefined
}

function lookupPrefix(el: XmlElement | undefined, prefix: string): string | undefined {
  for (let e = el; e; e = e.parent) for (const a of e.attributes) if (a.uri === XMLNS && a.local === prefix && a.name.startsWith('xmlns:')) return a.value
  return undefined
}

function rngChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = []
  for (const c of el.children) if (c.type === 'element' && c.uri === RNG) out.push(c)
  return out
}

function textOf(el: XmlElement): string {
  let s = ''
  for (const c of el.children) if (c.type === 'text') s += c.value
  return s
}
