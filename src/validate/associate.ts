/**
 * Which schemas a file is validated against, as XML editors decide it: the file's own `<?xml-model?>`
 * processing instructions (W3C "Associating Schemas with XML documents 1.0"), relative paths against the
 * file, URLs through the config's `schemaMap`, then OASIS XML catalogs (OASIS XML Catalogs 1.1: `uri`,
 * `system`, `rewriteURI`, `rewriteSystem`), never the network unless `allowNetwork` is set.
 * `--schema`/`--schematron` override; teipipe's own schema and rules apply only to files naming none.
 */
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, dirname, extname, isAbsolute, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {createMessage, type Message} from '../core/message.js'
import {packagePath} from '../core/paths.js'
import {parseXml} from '../parse/parse-xml.js'
import {pointAt, type XmlElement, type XmlTree} from '../parse/tree.js'

const RNG_NS = 'http://relaxng.org/ns/structure/1.0'
const SCH_NS = 'http://purl.oclc.org/dsdl/schematron'
const XSD_NS = 'http://www.w3.org/2001/XMLSchema'
const CATALOG_NS = 'urn:oasis:names:tc:entity:xmlns:xml:catalog'

/** How schema locations resolve. Paths are absolute (the caller resolves config paths). */
export interface Resolution {
  schemaMap?: Record<string, string>
  catalogs?: string[]
  allowNetwork?: boolean
}

/** One `<?xml-model?>` processing instruction. */
export interface XmlModel {
  href: string
  kind: 'grammar' | 'schematron'
  /** Offset of `<?xml-model` in the parsed text. */
  offset: number
}

/** The schemas of one file. `grammar`/`schematron` undefined means none; messages explain failures. */
export interface Association {
  grammar?: string
  schematron: string[]
  /** RELAX NG schemas a Schematron `<?xml-model?>` names: their embedded rules are meant (see schematron/embedded.ts). */
  embedded: string[]
  messages: Message[]
  /** True when the file named no schema and teipipe's defaults apply. */
  defaulted: boolean
}

/** The `<?xml-model?>` PIs before the root element, in order. */
export function xmlModels(tree: XmlTree): XmlModel[] {
  const prolog = tree.text.slice(0, tree.root.start)
  const out: XmlModel[] = []
  for (const m of prolog.matchAll(/<\?xml-model\s([\s\S]*?)\?>/g)) {
    const pseudo = new Map<string, string>()
    for (const a of (m[1] ?? '').matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) pseudo.set(a[1] as string, decode(a[2] ?? a[3] ?? ''))
    const href = pseudo.get('href')
    if (!href) continue
    const ns = pseudo.get('schematypens')
    const type = pseudo.get('type') ?? ''
    const ext = extname(href.replace(/[?#].*$/, '')).toLowerCase()
    let kind: XmlModel['kind'] | undefined
    if (ns === SCH_NS || (ns === undefined && ext === '.sch')) kind = 'schematron'
    else if (ns === RNG_NS || ns === XSD_NS || (ns === undefined && (ext === '.rng' || ext === '.xsd' || type === 'application/relax-ng-compact-syntax'))) kind = 'grammar'
    if (kind) out.push({href, kind, offset: m.index ?? 0})
  }
  return out
}

function decode(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
}

/**
 * The schemas for one file: overrides first, else its xml-model PIs, else teipipe's defaults.
 * `filePath` is the file's absolute path (relative hrefs resolve against its folder).
 */
export async function associate(tree: XmlTree, filePath: string, displayPath: string, overrides: {schema?: string; schematron?: string | false}, resolution: Resolution): Promise<Association> {
  const models = xmlModels(tree)
  const messages: Message[] = []
  const named = (kind: XmlModel['kind']) => models.filter((m) => m.kind === kind)
  if (overrides.schema === undefined && models.length === 0) {
    return {grammar: packagePath('schemas/teipipe.rng'), schematron: overrides.schematron === false ? [] : [overrides.schematron ?? packagePath('schemas/teipipe.sch')], embedded: [], messages, defaulted: true}
  }
  const find = async (model: XmlModel): Promise<string | undefined> => {
    const found = await locate(model.href, filePath, resolution)
    if (found.path) return found.path
    const start = pointAt(tree, model.offset)
    messages.push(
      createMessage(`The schema ${model.href} named by this file's <?xml-model?> cannot be found${found.why ? ` (${found.why})` : ''}, so the file was not checked against it. Put the schema there, map the address to a local copy in teipipe.config.json ("validate": {"schemaMap": {"${model.href}": "path/to/${basename(model.href.replace(/[?#].*$/, '')) || 'schema.rng'}"}}) or an XML catalog ("validate": {"catalog": "catalog.xml"}), or name a schema with --schema.`, {
        ruleId: 'schema-not-found',
        source: 'relaxng',
        file: displayPath,
        severity: 'error',
        place: {start, end: pointAt(tree, tree.text.indexOf('?>', model.offset) + 2)}
      })
    )
    return undefined
  }
  let grammar: string | undefined
  if (overrides.schema !== undefined) grammar = overrides.schema
  else {
    const first = named('grammar')[0]
    if (first) grammar = await find(first)
  }
  const schematron: string[] = []
  const embedded: string[] = []
  if (overrides.schematron !== undefined) {
    if (overrides.schematron !== false) schematron.push(overrides.schematron)
  } else if (overrides.schema === undefined) {
    for (const model of named('schematron')) {
      const path = await find(model)
      if (!path) continue
      if (extname(path).toLowerCase() === '.rng') {
        // Schematron embedded in a RELAX NG schema (TEI's usual PI pair names tei_all.rng twice): run from there.
        embedded.push(path)
        continue
      }
      if (extname(path).toLowerCase() !== '.sch') {
        messages.push(
          createMessage(`The Schematron rules in ${model.href} were not run: teipipe runs Schematron from .sch files and from RELAX NG schemas (.rng) that embed it. Extract them to a .sch file and name it with --schematron or an <?xml-model?>.`, {
            ruleId: 'schematron-embedded',
            source: 'schematron',
            file: displayPath,
            severity: 'warning',
            place: {start: pointAt(tree, model.offset)}
          })
        )
        continue
      }
      schematron.push(path)
    }
  }
  return {...(grammar ? {grammar} : {}), schematron, embedded, messages, defaulted: false}
}

/** Where an href points on this machine, or why it cannot be found. */
async function locate(href: string, filePath: string, resolution: Resolution): Promise<{path?: string; why?: string}> {
  const isUrl = /^[a-z][a-z0-9+.-]*:/i.test(href) && !/^[a-z]:[\\/]/i.test(href)
  const mapped = schemaMapLookup(resolution.schemaMap, href)
  if (mapped) return existsSync(mapped) ? {path: mapped} : {why: `the config maps it to ${mapped}, which does not exist`}
  if (isUrl && href.startsWith('file:')) {
    const path = fileURLToPath(href)
    return existsSync(path) ? {path} : {why: `${path} does not exist`}
  }
  if (!isUrl) {
    const path = isAbsolute(href) ? href : resolve(dirname(filePath), decodeURI(href))
    if (existsSync(path)) return {path}
    const fromCatalog = catalogLookup(resolve(dirname(filePath), href), resolution.catalogs ?? []) ?? catalogLookup(href, resolution.catalogs ?? [])
    if (fromCatalog && existsSync(fromCatalog)) return {path: fromCatalog}
    // The PIs teipipe writes point to ../schemas/teipipe.{rng,sch}: in a project without that folder, teipipe's own copy is meant.
    const own = basename(path)
    if (own === 'teipipe.rng' || own === 'teipipe.sch') return {path: packagePath(`schemas/${own}`)}
    return {why: `${path} does not exist`}
  }
  const fromCatalog = catalogLookup(href, resolution.catalogs ?? [])
  if (fromCatalog) return existsSync(fromCatalog) ? {path: fromCatalog} : {why: `the catalog maps it to ${fromCatalog}, which does not exist`}
  if (!resolution.allowNetwork) return {why: 'it is a web address, and teipipe never uses the network unless "allowNetwork": true is set in the config'}
  return download(href)
}

/**
 * The form of a schema address under which `validate.schemaMap` compares it: for web addresses, `http` and
 * `https`, a `www.` before the host name, the host's case, a default port and trailing slashes make no
 * difference (`https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng` and
 * `http://tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng` are one key); anything else as written.
 */
export function schemaMapKey(href: string): string {
  const m = /^https?:\/\/([^/?#]*)([^?#]*)(.*)$/i.exec(href.trim())
  if (!m) return href
  const host = (m[1] ?? '').toLowerCase().replace(/^www\./, '').replace(/:(80|443)$/, '')
  return `http://${host}${(m[2] ?? '').replace(/\/+$/, '')}${m[3] ?? ''}`
}

/** The file `schemaMap` maps `href` to: its own key first, else a key naming the same address (`schemaMapKey`). */
export function schemaMapLookup(schemaMap: Record<string, string> | undefined, href: string): string | undefined {
  if (!schemaMap) return undefined
  const exact = schemaMap[href]
  if (exact !== undefined) return exact
  const key = schemaMapKey(href)
  return Object.entries(schemaMap).find(([url]) => schemaMapKey(url) === key)?.[1]
}

/** Fetch a schema once into the user cache (only with allowNetwork). */
async function download(url: string): Promise<{path?: string; why?: string}> {
  const dir = join(process.env['XDG_CACHE_HOME'] ?? join(tmpdir(), 'teipipe-cache'), 'schemas')
  const path = join(dir, `${createHash('sha256').update(url).digest('hex').slice(0, 16)}-${basename(new URL(url).pathname) || 'schema'}`)
  if (existsSync(path)) return {path}
  try {
    const response = await fetch(url)
    if (!response.ok) return {why: `downloading it gave HTTP ${response.status}`}
    const text = await response.text()
    mkdirSync(dir, {recursive: true})
    const temp = `${path}.${process.pid}.tmp`
    writeFileSync(temp, text)
    renameSync(temp, path)
    return {path}
  } catch (error) {
    return {why: `downloading it failed: ${(error as Error).message}`}
  }
}

const catalogCache = new Map<string, XmlElement[]>()

/** Resolve a URI or system id through OASIS XML catalogs (first match wins; rewrite by longest prefix). */
export function catalogLookup(id: string, catalogs: readonly string[]): string | undefined {
  for (const catalog of catalogs) {
    let entries = catalogCache.get(catalog)
    if (!entries) {
      entries = []
      const text = existsSync(catalog) ? readFileSync(catalog, 'utf8') : ''
      const root = parseXml(text, catalog).tree?.root
      const walk = (e: XmlElement) => {
        for (const c of e.children) {
          if (c.type !== 'element' || c.uri !== CATALOG_NS) continue
          entries?.push(c)
          if (c.local === 'group') walk(c)
        }
      }
      if (root) walk(root)
      catalogCache.set(catalog, entries)
    }
    const at = (e: XmlElement, name: string) => e.attributes.find((a) => a.local === name && a.uri === '')?.value
    const base = dirname(catalog)
    const target = (e: XmlElement, value: string) => {
      const xmlBase = at(e, 'base') ?? (e.parent ? at(e.parent, 'base') : undefined)
      const from = xmlBase ? resolve(base, xmlBase) : base
      return value.startsWith('file:') ? fileURLToPath(value) : resolve(from, value)
    }
    for (const e of entries) {
      if ((e.local === 'uri' && at(e, 'name') === id) || (e.local === 'system' && at(e, 'systemId') === id)) return target(e, at(e, 'uri') ?? '')
    }
    let best: {prefix: string; e: XmlElement} | undefined
    for (const e of entries) {
      const prefix = e.local === 'rewriteURI' ? at(e, 'uriStartString') : e.local === 'rewriteSystem' ? at(e, 'systemIdStartString') : undefined
      if (prefix && id.startsWith(prefix) && (!best || prefix.length > best.prefix.length)) best = {prefix, e}
    }
    if (best) return target(best.e, (at(best.e, 'rewritePrefix') ?? '') + id.slice(best.prefix.length))
  }
  return undefined
}
