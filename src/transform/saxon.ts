/**
 * The only module that imports saxon-js (and drives xslt3). Stylesheets are compiled to SEF once,
 * cached by a hash of their source files, and loaded once per process.
 */
import {createHash} from 'node:crypto'
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync} from 'node:fs'
import {threadId} from 'node:worker_threads'
import {createRequire, Module} from 'node:module'
import {dirname, join, relative, resolve} from 'node:path'
import {Script} from 'node:vm'
import {writeFileAtomic} from '../core/fs.js'
import {cacheDirectory, writeCacheEntry} from '../core/cache.js'

const require = createRequire(import.meta.url)

/**
 * Changes to saxon-js 2.7.0's code (matched exactly; each must occur once) that keep what it computes from
 * a compiled stylesheet (or from an element's name) with it, instead of recomputing it on every transform call
 * or every evaluation:
 * - `package-walk`: every call walked the whole SEF tree twice to find its `package` and `glob` nodes;
 *   the nodes of each kind are indexed once per SEF (in document order, as the walk found them);
 * - `mode-rules`: every call rebuilt each mode's template-rule table (rules sorted by precedence and
 *   priority, match patterns compiled); the table depends only on the SEF's mode and is kept on it.
 * - `element-name`: the name of an element node (every name test, `local-name()`, `node-name()`) was a new
 *   QName object whose prefix and local name were checked against the NCName regex at every call; the last
 *   QName made for each local name is kept and returned while its namespace and prefix match (QNames are
 *   values, never changed once made).
 * - `namespace-context`: a name given as a string at run time (`accumulator-before('vp:counters')`, `key('v:ids',
 *   …)`, every `xsl:attribute` and `xsl:element`) was resolved against the instruction's namespaces, which were
 *   collected anew at every call by walking up the SEF tree and splitting its `ns` attributes; the collected
 *   namespaces (read only) are kept on the instruction's SEF node.
 * - `attribute-name`: every step on the attribute axis (each `@ref`, `@type`…) wraps every attribute of the
 *   element with a new QName, checked against the NCName regex; the QName made for each qualified attribute
 *   name is kept and reused while its namespace matches (a name's prefix and local part follow from it).
 * None holds anything of a document or a call (global variables, keys, accumulators, output stay per
 * call). Together they cut the fixed cost of a call by half or more (CPU for a tiny document, patched /
 * unpatched: HTML 0.47, text 0.22, Schematron 0.46; bench/saxon-call.mjs). Another saxon-js version, or a
 * change not found, loads saxon-js unchanged (slower, same results); tests/transform/saxon-load.test.ts
 * fails then, so that an upgrade is noticed. TEIPIPE_SAXON_PATCHES=off loads it unchanged on purpose.
 */
const SAXON_PATCHES = {
  version: '2.7.0',
  changes: [
    {
      name: 'package-walk',
      find: 'function L(X,V){H(x,X,V)}',
      replace: 'function L(X,V){let ix=x.__teipipeByKind;if(!ix){ix=new Map;const st=[x];for(;st.length;){const n=st.pop();let l=ix.get(n.N);l||ix.set(n.N,l=[]);l.push(n);if(n.C)for(let i=n.C.length-1;0<=i;i--)st.push(n.C[i])}Object.defineProperty(x,"__teipipeByKind",{value:ix,enumerable:!1})}(ix.get(X)||[]).forEach(V)}'
    },
    {
      name: 'mode-rules',
      find: '"mode"===Y.N&&(y.mode=new Si(Y,ld)',
      replace: '"mode"===Y.N&&(y.mode=Y.__teipipeMode||(Object.defineProperty(Y,"__teipipeMode",{value:new Si(Y,ld),enumerable:!1}),Y.__teipipeMode)'
    },
    {
      name: 'element-name',
      find: 'case 1:return b.QName.fromParts(q.prefix,\nq.namespaceURI,q.localName);',
      replace: 'case 1:{const tc=b.__teipipeNames||Object.defineProperty(b,"__teipipeNames",{value:new Map,enumerable:!1}).__teipipeNames;let tn=tc.get(q.localName);tn!==void 0&&tn.q===(q.namespaceURI||"")&&tn.prefix===(q.prefix||"")||tc.set(q.localName,tn=b.QName.fromParts(q.prefix,q.namespaceURI,q.localName));return tn}'
    },
    {
      name: 'namespace-context',
      find: 'function O(k,F){const T=ma(k);',
      replace: 'function O(k,F){const T=k?k.__teipipeNs||(Object.defineProperty(k,"__teipipeNs",{value:ma(k),enumerable:!1}),k.__teipipeNs):ma(k);'
    },
    {
      name: 'attribute-name',
      find: 'l.push(new ec(b.QName.fromParts(g[z].prefix,g[z].namespaceURI,g[z].localName),g[z].value,q))',
      replace: 'l.push(new ec((b.__teipipeAttributeName||Object.defineProperty(b,"__teipipeAttributeName",{value:(m=>a=>{let n=m.get(a.name);n!==void 0&&n.q===(a.namespaceURI||"")||m.set(a.name,n=b.QName.fromParts(a.prefix,a.namespaceURI,a.localName));return n})(new Map),enumerable:!1}).__teipipeAttributeName)(g[z]),g[z].value,q))'
    }
  ]
} as const

/** Which of {@link SAXON_PATCHES} the loaded saxon-js has (all of them, or none). */
export const saxonPatches: {applied: string[]} = {applied: []}

/**
 * What saxon-js gets for `require('axios')`, its only dependency: saxon-js uses axios only to read
 * `http(s):` resources, which teipipe never does (no network, by design). Loading axios and its
 * dependencies cost about 90 ms in every process and worker; this refuses any such read instead.
 */
const NO_NETWORK = {
  get: (url: unknown): Promise<never> => Promise.reject(new Error(`teipipe reads no resources over the network (asked for ${String(url)})`))
}

/**
 * saxon-js, with {@link SAXON_PATCHES} applied when they fit the installed version exactly, compiled with
 * V8's code cache ({@link compileWithCodeCache}) and without axios ({@link NO_NETWORK}).
 */
function loadSaxonJs(): typeof import('saxon-js').default {
  const path = require.resolve('saxon-js')
  // Already loaded by someone else: that copy is used (two copies in one process interfere with each other).
  // TEIPIPE_SAXON_PATCHES=off loads it unchanged (for A/B measurements, or to rule the changes out).
  if (require.cache[path] !== undefined || process.env['TEIPIPE_SAXON_PATCHES'] === 'off') return require('saxon-js')
  try {
    const version = (JSON.parse(readFileSync(join(dirname(path), 'package.json'), 'utf8')) as {version?: string}).version
    let source = readFileSync(path, 'utf8')
    if (version !== SAXON_PATCHES.version) return require('saxon-js')
    for (const change of SAXON_PATCHES.changes) {
      const at = source.indexOf(change.find)
      if (at < 0 || source.indexOf(change.find, at + 1) >= 0) return require('saxon-js')
      source = source.slice(0, at) + change.replace + source.slice(at + change.find.length)
    }
    // Run as Node runs a CommonJS file (the module wrapper's five arguments), under saxon-js's own path and module paths.
    const internal = Module as unknown as {_nodeModulePaths(dir: string): string[]}
    const loaded = new Module(path) as unknown as {filename: string; paths: string[]; loaded: boolean; exports: unknown}
    loaded.filename = path
    loaded.paths = internal._nodeModulePaths(dirname(path))
    const own = createRequire(path)
    const requireForSaxon = Object.assign((id: string): unknown => (id === 'axios' ? NO_NETWORK : own(id)), own)
    const wrapper = compileWithCodeCache(Module.wrap(source), path)
    ;(wrapper as (...args: unknown[]) => void).call(loaded.exports, loaded.exports, requireForSaxon, loaded, path, dirname(path))
    loaded.loaded = true
    // Registered as saxon-js itself: a later require('saxon-js') or import in this process gets this copy.
    require.cache[path] = loaded as unknown as NodeJS.Module
    saxonPatches.applied = SAXON_PATCHES.changes.map((c) => c.name)
    return loaded.exports as typeof import('saxon-js').default
  } catch {
    saxonPatches.applied = []
    return require('saxon-js')
  }
}

/** Whether the last {@link compileWithCodeCache} used a cached compilation (for tests and benches). */
export const saxonCodeCache: {used: boolean; file: string | undefined} = {used: false, file: undefined}

/**
 * Compile `code` (a CommonJS module wrapped by `Module.wrap`, 2.4 MB for saxon-js) to the function it
 * evaluates to, with V8's code cache (`vm.Script` `cachedData`): the first process compiles it (about 230 ms)
 * and leaves the cache in the user's cache folder (`core/cache.ts`, `v8/`); later processes and workers
 * deserialise it (about 70 ms). The entry is made after this process's first transformation
 * ({@link writeCodeCache}), so that it also holds the functions compiled lazily on the way (the first run
 * of a stylesheet then costs about 8 % less CPU). The entry is named by the hash of the code, Node's and V8's versions and the
 * architecture; V8 itself rejects an entry made under other flags, which is then made again. Node 22's
 * `module.enableCompileCache()` does this for every module; Node 20 has no equivalent, and the npm
 * packages that add one (v8-compile-cache) hook every `require` and write their cache unsynchronised at exit,
 * which two workers of one build would do at once. A cache that cannot be read or written is skipped.
 */
function compileWithCodeCache(code: string, filename: string): unknown {
  let file: string | undefined
  let cachedData: Buffer | undefined
  try {
    const key = createHash('sha256').update(code).update(`\0${process.version}\0${process.versions.v8}\0${process.arch}`).digest('hex').slice(0, 24)
    file = join(cacheDirectory('v8', 'user'), `saxon-js-${key}.bin`)
    if (existsSync(file)) cachedData = readFileSync(file)
  } catch {
    // no cache folder: compile without it
  }
  const script = new Script(code, {filename, ...(cachedData === undefined ? {} : {cachedData})})
  saxonCodeCache.used = cachedData !== undefined && script.cachedDataRejected !== true
  saxonCodeCache.file = file
  if (file !== undefined && !saxonCodeCache.used) {
    // Entries for other versions of saxon-js or Node are of no more use.
    try {
      const folder = dirname(file)
      for (const old of readdirSync(folder)) if (/^saxon-js-[0-9a-f]{24}\.bin$/.test(old) && join(folder, old) !== file) rmSync(join(folder, old), {force: true})
    } catch {
      // left for the next time
    }
    const entry = file
    pendingCodeCache = () => writeCacheEntry(entry, script.createCachedData())
  }
  return script.runInThisContext()
}

/** Writes the code cache entry {@link compileWithCodeCache} did not find; called once, after the first transformation. */
let pendingCodeCache: (() => void) | undefined

/** Write the pending code cache entry, if any (see {@link compileWithCodeCache}). */
function writeCodeCache(): void {
  const write = pendingCodeCache
  pendingCodeCache = undefined
  write?.()
}

const SaxonJS = loadSaxonJs()

/** A message an XSLT stylesheet sent with `xsl:message`. */
export interface XsltMessage {
  /** Local name of the `error-code` QName, or `xsl-message` when the stylesheet gave none. */
  code: string
  text: string
  /** Attributes of the first element child of the message body (e.g. `severity`, `xpath`). */
  attributes: Record<string, string>
  terminate: boolean
}

/** Result of one transformation. */
export interface TransformOutput {
  principal: string
  /** Secondary result documents, by href relative to the base output URI. */
  documents: Record<string, string>
  messages: XsltMessage[]
}

/** Raised when a stylesheet fails (static or dynamic error). */
export class XsltError extends Error {
  override name = 'XsltError'
  readonly code: string
  readonly module: string | undefined
  readonly line: number | undefined
  constructor(message: string, code: string, module?: string, line?: number) {
    super(message)
    this.code = code
    this.module = module
    this.line = line
  }
}

const loaded = new Map<string, unknown>()

/** Hash of every `.xsl` file under the stylesheet's folder tree (imports are relative), plus the engine version. */
export function stylesheetHash(xslPath: string, extraRoots: readonly string[] = []): string {
  const hash = createHash('sha256').update('saxon-js 2.7.0\n')
  const roots = [dirname(resolve(xslPath)), ...extraRoots.map((r) => resolve(r))]
  const files = new Set<string>()
  for (const root of roots) for (const f of listFiles(root, '.xsl')) files.add(f)
  // Paths relative to the stylesheet's folder, so the hash does not depend on the working directory.
  for (const file of [...files].sort()) hash.update(`${relative(roots[0] ?? '', file)}\n`).update(readFileSync(file))
  return hash.digest('hex').slice(0, 16)
}

/** Compile `xslPath` to SEF at `sefPath` unless the cached SEF was made from the same sources. Returns whether it compiled. */
export function compileStylesheet(xslPath: string, sefPath: string, options: {extraRoots?: readonly string[]} = {}): boolean {
  const hash = stylesheetHash(xslPath, options.extraRoots)
  const stamp = `${sefPath}.hash`
  if (existsSync(sefPath) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return false
  exportSef(xslPath, sefPath)
  writeFileAtomic(stamp, hash)
  return true
}

/**
 * Compile `xslPath` to a relocatable SEF at `sefPath` (xslt3 `-relocate:on`: the SEF names no folder of
 * the machine, so a SEF made from one copy of a stylesheet serves another with the same contents). Exported
 * to a name of this process and thread, then renamed: parallel runs and workers never read half a SEF.
 * Throws XsltError with xslt3's own words.
 */
export function exportSef(xslPath: string, sefPath: string): void {
  const xslt3 = join(dirname(require.resolve('xslt3/package.json')), 'xslt3.js')
  const temporary = `${sefPath}.${process.pid}.${threadId}.tmp`
  mkdirSync(dirname(sefPath), {recursive: true})
  try {
    execFileSync(process.execPath, [xslt3, `-xsl:${resolve(xslPath)}`, `-export:${temporary}`, '-nogo', '-relocate:on'], {stdio: 'pipe'})
    renameSync(temporary, sefPath)
  } catch (error) {
    rmSync(temporary, {force: true})
    const stderr = (error as {stderr?: Buffer}).stderr?.toString() ?? String(error)
    throw new XsltError(`could not compile ${xslPath}: ${stderr.trim()}`, 'compile-error', xslPath)
  }
  loaded.delete(resolve(sefPath))
}

/** Compile XSLT text to SEF in memory (for generated stylesheets such as compiled Schematron), cached in `dir`. */
export function compileStylesheetText(xslText: string, dir = join(process.cwd(), '.teipipe-cache')): unknown {
  const xslt3 = join(dirname(require.resolve('xslt3/package.json')), 'xslt3.js')
  const key = createHash('sha256').update(xslText).digest('hex').slice(0, 16)
  const sefPath = join(dir, `${key}.sef.json`)
  if (!existsSync(sefPath)) {
    const xslPath = join(dir, `${key}.xsl`)
    writeFileAtomic(xslPath, xslText)
    // Exported to a temporary name and renamed: parallel workers (or runs) sharing the cache never read half a SEF.
    const temporary = `${sefPath}.${process.pid}.${threadId}.tmp`
    try {
      execFileSync(process.execPath, [xslt3, `-xsl:${xslPath}`, `-export:${temporary}`, '-nogo', '-relocate:on'], {stdio: 'pipe'})
      renameSync(temporary, sefPath)
    } catch (error) {
      rmSync(temporary, {force: true})
      const stderr = (error as {stderr?: Buffer}).stderr?.toString() ?? String(error)
      throw new XsltError(`could not compile a generated stylesheet: ${stderr.trim()}`, 'compile-error')
    }
  }
  return loadSef(sefPath)
}

/** Load (once per process) a compiled SEF file. */
export function loadSef(sefPath: string): unknown {
  const key = resolve(sefPath)
  let sef = loaded.get(key)
  if (!sef) {
    sef = JSON.parse(readFileSync(key, 'utf8'))
    loaded.set(key, sef)
  }
  return sef
}

/**
 * XML text parsed once by saxon-js, for several transformations of one document (its HTML and text
 * editions): parsing is ~2 ms of a 21 kB document's ~60 ms of rendering. `error` is what the parser threw
 * (a document that is not well-formed); {@link transformXml} raises it as it would for the text.
 */
export interface ParsedSource {
  readonly text: string
  readonly node?: unknown
  readonly error?: unknown
}

/** Parse XML text with saxon-js's own parser (the one `transform` uses for text); never throws. */
export function parseSource(text: string): ParsedSource {
  try {
    return {text, node: SaxonJS.getPlatform().parseXmlFromString(text)}
  } catch (error) {
    return {text, error}
  }
}

/**
 * Run a compiled stylesheet over XML text (or text parsed by {@link parseSource}: the same result);
 * never loads external resources (no DTD, no entities). Throws XsltError.
 */
export function transformXml(sef: unknown, source: string | ParsedSource, options: {params?: Record<string, unknown>; initialMode?: string} = {}): TransformOutput {
  const messages: XsltMessage[] = []
  const params: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(options.params ?? {})) params[k] = v
  try {
    if (typeof source !== 'string' && source.error !== undefined) throw source.error
    const settings: Record<string, unknown> = {
      stylesheetInternal: sef,
      ...(typeof source === 'string' ? {sourceText: source} : {}),
      destination: 'serialized',
      stylesheetParams: params,
      baseOutputURI: 'file:///teipipe-output/',
      ...(options.initialMode ? {initialMode: options.initialMode} : {}),
      // Secondary results stay in memory, serialized (saxon-js on Node would otherwise write them to disk).
      deliverResultDocument: () => ({destination: 'serialized'}),
      deliverMessage: (node: unknown, code: unknown) => messages.push(toMessage(node, code))
    }
    // A parsed source is passed as a property that for…in does not see: saxon-js builds a log line of its
    // options (`toString()` of each, whatever the log level), which serialized the whole document on every call.
    if (typeof source !== 'string') Object.defineProperty(settings, 'sourceNode', {value: source.node, enumerable: false})
    let result: import('saxon-js').TransformResult
    try {
      result = SaxonJS.transform(settings as Parameters<typeof SaxonJS.transform>[0], 'sync')
    } finally {
      if (pendingCodeCache !== undefined) writeCodeCache()
    }
    const documents: Record<string, string> = {}
    for (const [uri, value] of Object.entries(result.resultDocuments ?? {})) {
      documents[uri.replace('file:///teipipe-output/', '')] = typeof value === 'string' ? value : SaxonJS.serialize(value)
    }
    return {principal: String(result.principalResult ?? ''), documents, messages}
  } catch (error) {
    const e = error as {message?: string; code?: string; xsltModule?: string; xsltLineNr?: number}
    throw new XsltError(e.message ?? String(error), localName(e.code) ?? 'xslt-error', e.xsltModule, e.xsltLineNr)
  }
}

/** Evaluate an XPath 3.1 expression (used for small checks and parsing helpers). */
export function evaluateXPath(xpath: string, context: unknown, options: Record<string, unknown> = {}): unknown {
  return SaxonJS.XPath.evaluate(xpath, context, options)
}

/** Turn saxon-js's message callback arguments into an {@link XsltMessage}. */
function toMessage(node: unknown, code: unknown): XsltMessage {
  const text = (SaxonJS.XPath.evaluate('string(.)', node) as string) ?? ''
  const attrs = SaxonJS.XPath.evaluate('map:merge((*[1]/@*) ! map{local-name(.): string(.)})', node) as Record<string, string> | Map<string, string> | null
  const attributes: Record<string, string> = {}
  if (attrs instanceof Map) for (const [k, v] of attrs) attributes[k] = String(v)
  else if (attrs) Object.assign(attributes, attrs)
  const c = code as {local?: string; toString?: () => string} | undefined
  const name = c?.local ?? localName(c?.toString?.()) ?? 'xsl-message'
  return {code: name === 'XTMM9000' ? 'xsl-message' : name, text: text.trim(), attributes, terminate: false}
}

/** Local part of a Q{uri}local or prefix:local name. */
function localName(code: string | undefined): string | undefined {
  if (!code) return undefined
  return code.replace(/^Q\{[^}]*\}/, '').replace(/^[^:]*:/, '')
}

/** Files under `root` with a given extension, recursively. */
function listFiles(root: string, extension: string): string[] {
  if (!existsSync(root)) return []
  const out: string[] = []
  for (const entry of readdirSync(root)) {
    const path = join(root, entry)
    if (statSync(path).isDirectory()) out.push(...listFiles(path, extension))
    else if (path.endsWith(extension)) out.push(path)
  }
  return out
}
