/**
 * Bounded rendering of very large documents (issue 9; src/transform/README.md, "Memory"). Above a
 * size threshold the document is cut outside XSLT (chunk-plan.ts) and every run of top-level parts
 * of its text is rendered as a transform of its own (xslt/html/chunked.xsl, xslt/text/chunked.xsl,
 * mode m:chunk) whose running counters start where the previous run's ended; the page is then
 * rendered once from a skeleton of the document, and the runs' parts go in at its markers. Only one
 * run's tree is alive at a time. The result is byte for byte the one-pass page.
 */
import type {TeiFile} from '../core/file.js'
import type {MessageOptions, Point, Severity} from '../core/message.js'
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import {LineIndex} from '../core/position.js'
import {packagePath} from '../core/paths.js'
import {expandInternalEntities} from '../parse/doctype.js'
import {parseXml} from '../parse/parse-xml.js'
import {resolvePath} from '../parse/tree.js'
import {compileStylesheet, loadSef, transformXml, XsltError, type TransformOutput, type XsltMessage} from './saxon.js'
import {prepareXml, readableXsltError, runEdition} from './edition.js'
import {MARK_CLOSE, MARK_OPEN, marker, planChunks, runDocument, skeletonDocument, type ChunkPlan, type Part, type SlicedText} from './chunk-plan.js'
import './rules.js'

/** When and how finely to cut: documents of at least `threshold` characters, runs of about `size`. */
export interface ChunkingOptions {
  threshold: number
  size: number
}

/**
 * The defaults: 4 MB and runs of 2 MB. Measured (bench/render.mjs, generated documents): one
 * saxon-js transform peaks at about 130 MB of RSS per MB of source for the HTML edition, so a
 * 2 MB run stays near 300 MB above the process's base; below 4 MB a one-pass render stays well
 * under 1 GB and pays no page pass.
 */
export const DEFAULT_CHUNKING: ChunkingOptions = {threshold: 4_000_000, size: 1_000_000}

const sefs = new Map<string, string>()

/** The compiled layer for chunked rendering of an edition (compiled once per process). */
function chunkedSef(name: 'html' | 'text'): string {
  let sef = sefs.get(name)
  if (!sef) {
    sef = packagePath('build', 'sef', `${name}-chunked.sef.json`)
    compileStylesheet(packagePath('xslt', name, 'chunked.xsl'), sef, {extraRoots: [packagePath('xslt', 'common')]})
    sefs.set(name, sef)
  }
  return sef
}

/**
 * Render edition `name` of `file` as `runEdition` does (same result, same messages), cutting the
 * document into runs when it is at least `chunking.threshold` characters long and its shape allows
 * it (planChunks); otherwise in one pass. No chunking with a customisation layer (its templates
 * may read anything in the document). Returns the principal result, or undefined with messages.
 */
export function renderEdition(file: TeiFile, name: 'html' | 'text', params: Record<string, unknown>, edition: string, customXslt?: string, chunking: Partial<ChunkingOptions> = {}): string | undefined {
  const options = {...DEFAULT_CHUNKING, ...chunking}
  const source = file.tei ?? file.source
  if (customXslt || source.length < options.threshold) return runEdition(file, name, params, edition, customXslt)
  const xml = prepareXml(file)
  if (xml === undefined) return undefined
  const plan = planChunks(xml, options.size)
  if (typeof plan === 'string') return runEdition(file, name, params, edition)
  const place = placeMapper(file, xml)
  if (!place) return runEdition(file, name, params, edition)
  try {
    return name === 'html' ? chunkedHtml(file, plan, params, place) : chunkedText(file, plan, params, place)
  } catch (error) {
    if (!(error instanceof XsltError)) throw error
    file.error(`The ${edition} could not be made: ${readableXsltError(error)}`, {ruleId: 'render-failed', source: 'xslt'})
    return undefined
  }
}

/** Heap use (bytes) below which no collection is forced between runs. */
const GC_FLOOR = 300 * 1024 * 1024

let collector: (() => void) | undefined | null = null

/**
 * A full garbage collection between runs. V8 lets garbage pile up to several times the live heap
 * before collecting (measured: 2 MB runs of a 20 MB document floated to 950 MB of RSS without it,
 * under 500 MB with it); one run's tree is garbage once the next starts, so collecting then keeps
 * the peak at one run. The collector is V8's own `gc`, exposed at run time when the process was not
 * started with --expose-gc. A forced collection is not free (measured on 30,000 footnoted paragraphs,
 * 9.6 MB, text edition: 37 s CPU collecting after every run, 30 s never), so it is done only while the
 * heap holds more than GC_FLOOR bytes: 20 MB documents then peak at 610 MB (HTML) and 535 MB (text),
 * against 924 MB for HTML when never collecting.
 */
function collectGarbage(): void {
  if (process.memoryUsage().heapUsed < GC_FLOOR) return
  if (collector === null) {
    const exposed = (globalThis as {gc?: () => void}).gc
    if (exposed) collector = exposed
    else {
      try {
        setFlagsFromString('--expose-gc')
        collector = runInNewContext('gc') as () => void
      } catch {
        collector = undefined
      }
    }
  }
  collector?.()
}

/** Offsets of the prepared text → points of the file as written; undefined when they do not correspond (markup flattened). */
type PlaceMapper = (offset: number) => Point
function placeMapper(file: TeiFile, prepared: string): PlaceMapper | undefined {
  const raw = file.tei ?? file.source
  const source = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  const expanded = expandInternalEntities(source)
  if (expanded.text !== prepared) return undefined
  const lines = new LineIndex(source)
  return (offset) => lines.toPoint(expanded.toOriginal(offset))
}

/** One transform of a run or of the skeleton, with its messages turned into the file's. */
function pass(file: TeiFile, plan: ChunkPlan, sef: string, doc: SlicedText, params: Record<string, unknown>, place: PlaceMapper, options: {run?: number; initialMode?: string}): TransformOutput {
  collectGarbage()
  const text = doc.toString()
  const result = transformXml(loadSef(sef), text, {params, ...(options.initialMode ? {initialMode: options.initialMode} : {})})
  if (result.messages.length > 0) addMessages(file, plan, doc, text, result.messages, place, options.run)
  return result
}

/**
 * Messages of one pass: the node a message names is found in the pass's own document and its place
 * mapped back to the file (the chunk's offsets added back); its path is rewritten to the document's.
 * The skeleton's messages about the text are dropped (the runs report them), and "unhandled element"
 * is kept only for the document's first element of that name, as in one pass.
 */
function addMessages(file: TeiFile, plan: ChunkPlan, doc: SlicedText, text: string, messages: XsltMessage[], place: PlaceMapper, run: number | undefined): void {
  let tree: ReturnType<typeof parseXml>['tree'] | null = null
  for (const message of messages) {
    const severity: Severity = (['error', 'warning', 'info'] as const).find((s) => s === message.attributes['severity']) ?? 'warning'
    const xpath = message.attributes['xpath']
    let options: MessageOptions = {ruleId: message.code, source: 'xslt', severity}
    if (xpath) {
      if (tree === null) tree = parseXml(text, file.path).tree
      const node = tree ? resolvePath(tree, xpath)?.element : undefined
      const start = node ? doc.toSource(node.start) : undefined
      if (start === undefined) continue
      if (run === undefined && start > plan.text.startTagEnd && start < plan.text.end) continue
      const element = message.attributes['element']
      if (message.code === 'unhandled-element' && element && plan.firstOfName.get(element) !== start) continue
      const end = doc.toSource((node?.startTagEnd ?? 1) - 1)
      options = {...options, xpath: run === undefined ? xpath : documentPath(plan, run, xpath), place: {start: place(start), ...(end === undefined ? {} : {end: place(end + 1)})}}
    }
    addOnce(file, message.text, options)
  }
}

/**
 * A run's path → the document's: in the body and the divisions opened for the run, a child's index
 * counts the same-named children of the earlier runs too (deeper steps are inside a copied part).
 */
function documentPath(plan: ChunkPlan, run: number, xpath: string): string {
  const prefix = /^\/Q\{[^}]*\}TEI\[1\]\/Q\{[^}]*\}text\[1\]\/Q\{[^}]*\}body\[1\]/.exec(xpath)
  if (!prefix) return xpath
  const present = new Map<Part, Part[]>()
  for (const unit of plan.runs[run] ?? []) {
    if (!unit.part) continue
    const chain = [plan.bodyPart, ...unit.open, unit.part]
    for (let k = 0; k + 1 < chain.length; k++) {
      const list = present.get(chain[k] as Part) ?? []
      if (list.at(-1) !== chain[k + 1]) list.push(chain[k + 1] as Part)
      present.set(chain[k] as Part, list)
    }
  }
  let out = prefix[0]
  let rest = xpath.slice(prefix[0].length)
  let container: Part | undefined = plan.bodyPart
  while (container) {
    const step = /^\/Q\{([^}]*)\}([^[/]+)\[(\d+)\]/.exec(rest)
    if (!step) break
    const [whole, uri, local, index] = step
    const part: Part | undefined = (present.get(container) ?? []).filter((p) => p.span.uri === uri && p.span.local === local)[Number(index) - 1]
    if (!part) break
    out += `/Q{${uri}}${local}[${part.index}]`
    rest = rest.slice(whole.length)
    container = plan.opened.has(part.span.start) ? part : undefined
  }
  return out + rest
}

/** Add a message unless the file already has the same one (same rule, words and place). */
function addOnce(file: TeiFile, reason: string, options: MessageOptions): void {
  const line = options.place?.start.line
  const column = options.place?.start.column
  if (file.messages.some((m) => m.ruleId === options.ruleId && m.reason === reason && m.place?.start.line === line && m.place?.start.column === column)) return
  file.message(reason, options)
}

/**
 * A flat copy of a string. saxon-js serializes into a rope of small pieces: measured, a run's results of
 * 3 M characters held 25 MB until copied flat (8 MB); held over the twenty runs of a 20 MB document,
 * the ropes alone took 500 MB.
 */
const flat = (text: string): string => Buffer.from(text, 'utf8').toString('utf8')

/** The text between (and with) markers `name-start` and `name-end`, or at marker `name`, replaced. */
function fill(page: string, replace: (name: string) => string): string {
  // Concatenated, not joined: V8 keeps the pieces as a rope (no second copy of a page of tens of MB
  // while the runs' parts are still alive); it is flattened once, when written.
  let out = ''
  const parts = {push: (text: string) => void (out += text)}
  let at = 0
  const pattern = new RegExp(`${MARK_OPEN}([^${MARK_CLOSE}]*)${MARK_CLOSE}`, 'g')
  for (let match = pattern.exec(page); match; match = pattern.exec(page)) {
    const name = match[1] ?? ''
    parts.push(page.slice(at, match.index))
    if (name.endsWith('-start')) {
      const region = name.slice(0, -'-start'.length)
      const end = page.indexOf(marker(`${region}-end`), pattern.lastIndex)
      parts.push(replace(region))
      at = end + marker(`${region}-end`).length
      pattern.lastIndex = at
    } else {
      parts.push(replace(name))
      at = pattern.lastIndex
    }
  }
  parts.push(page.slice(at))
  return out
}

function chunkedHtml(file: TeiFile, plan: ChunkPlan, params: Record<string, unknown>, place: PlaceMapper): string {
  const sef = chunkedSef('html')
  const regions: Record<string, string[]> = {}
  const occurrences = new Map<string, string[]>()
  let counters = ''
  for (let i = 0; i < plan.runs.length; i++) {
    const result = pass(file, plan, sef, runDocument(plan, i), {...params, 'chunk-counters': reopen(plan, i, counters)}, place, {run: i, initialMode: 'Q{https://teipipe.org/ns/mode}chunk'})
    for (const [key, part] of Object.entries(result.documents)) {
      if (key === 'occurrences' || key === 'counters' || !part) continue
      ;(regions[key] ??= []).push(flat(part))
    }
    for (const line of (result.documents['occurrences'] ?? '').split('\n')) {
      const [id, n, label] = line.split('\t')
      if (!id || n === undefined || label === undefined) continue
      const links = occurrences.get(id) ?? []
      links.push(`<a href="#occ-${n}">${label}</a>`)
      occurrences.set(id, links)
    }
    counters = (result.documents['counters'] ?? '').trim()
  }
  const page = pass(file, plan, sef, skeletonDocument(plan, 'html'), {...params, 'chunk-totals': counters, 'chunk-occurring': [...occurrences.keys()].join(' ')}, place, {}).principal
  collectGarbage()
  return fill(page.replace(/^\s*<!DOCTYPE[^>]*>\s*/i, ''), (name) => (name.startsWith('occ ') ? (occurrences.get(name.slice(4)) ?? []).join(', ') : (regions[name] ?? []).join('')))
}

/**
 * The HTML counters a run starts with: the previous run's, less one division for every opened
 * division the run re-enters (its start tag is in the run's document again, and counted again).
 */
function reopen(plan: ChunkPlan, run: number, counters: string): string {
  const first = plan.runs[run]?.[0]
  const before = plan.runs[run - 1]?.at(-1)
  if (!counters || !first || !before) return counters
  const again = first.open.filter((division) => before.open.includes(division)).length
  if (again === 0) return counters
  const values = counters.split(' ').map(Number)
  values[4] = (values[4] ?? 0) - again
  return values.join(' ')
}

function chunkedText(file: TeiFile, plan: ChunkPlan, params: Record<string, unknown>, place: PlaceMapper): string {
  const sef = chunkedSef('text')
  const regions: Record<string, {text: string; tight: boolean}[]> = {text: [], 'notes-source': [], 'notes-editorial': []}
  let counters = ''
  for (let i = 0; i < plan.runs.length; i++) {
    const result = pass(file, plan, sef, runDocument(plan, i), {...params, 'chunk-counters': counters}, place, {run: i, initialMode: 'Q{https://teipipe.org/ns/mode}chunk'})
    for (const [key, list] of Object.entries(regions)) {
      const text = result.documents[key]
      if (text) list.push({text: flat(text), tight: result.documents[`${key}-tight`] === 'true'})
    }
    counters = (result.documents['counters'] ?? '').trim()
  }
  let page = pass(file, plan, sef, skeletonDocument(plan, 'text'), {...params, 'chunk-totals': counters}, place, {}).principal
  // Each marker is a block of its own (not tight): "\n\n" before it unless it comes first.
  for (const [name, parts] of Object.entries(regions)) {
    const mark = marker(name)
    const at = page.indexOf(mark)
    if (at < 0) continue
    let joined = ''
    for (const part of parts) joined += joined === '' ? part.text : `${part.tight ? '\n' : '\n\n'}${part.text}`
    const tight = parts[0]?.tight ?? false
    if (joined === '') {
      page = at === 0 ? page.slice(mark.length).replace(/^\n\n?/, '') : page.slice(0, at - 2) + page.slice(at + mark.length)
    } else {
      page = at === 0 ? joined + page.slice(mark.length) : page.slice(0, at - 2) + (tight ? '\n' : '\n\n') + joined + page.slice(at + mark.length)
    }
  }
  return page === '\n' ? '' : page
}

