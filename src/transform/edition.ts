/** What the HTML and text editions share: preparing the XML, running a stylesheet, turning its messages into file messages. */
import type {TeiFile} from '../core/file.js'
import type {Severity} from '../core/message.js'
import {LineIndex} from '../core/position.js'
import {expandInternalEntities} from '../parse/doctype.js'
import {ensureCustomStylesheet, ensureStylesheet} from '../build/stylesheets.js'
import {loadSef, parseSource, transformXml, XsltError, type ParsedSource, type XsltMessage} from './saxon.js'
import {flattenDeepMarkup, MAX_RENDER_DEPTH} from './depth.js'
import {parseXml} from '../parse/parse-xml.js'
import {resolvePath, startTagPosition, type XmlTree} from '../parse/tree.js'
import type {MessageOptions} from '../core/message.js'
import './rules.js'

/**
 * Run the compiled stylesheet `name` (with the customisation layer `customXslt` over it, when
 * given) over `file.tei ?? file.source` with `params`; returns its principal result, or undefined
 * when the document was refused or the stylesheet failed (with a `render-failed` message naming
 * the `edition`). Never throws for bad documents; throws CustomisationError for a bad layer.
 */
export function runEdition(file: TeiFile, name: 'html' | 'text', params: Record<string, unknown>, edition: string, customXslt?: string): string | undefined {
  const sef = customXslt ? ensureCustomStylesheet(name, customXslt) : ensureStylesheet(name)
  const source = parsedSource(file)
  if (source === undefined) return undefined
  try {
    const result = transformXml(loadSef(sef), source, {params})
    // The positioned tree is built only when a message names a node (most documents have none).
    let tree: XmlTree | undefined | null = null
    const locate = (): XmlTree | undefined => (tree === null ? (tree = parseXml(file.tei ?? file.source, file.path).tree) : tree)
    for (const message of result.messages) addXsltMessage(file, message, locate)
    return result.principal
  } catch (error) {
    if (!(error instanceof XsltError)) throw error
    file.error(`The ${edition} could not be made: ${readableXsltError(error)}`, {ruleId: 'render-failed', source: 'xslt'})
    return undefined
  }
}

/** Each file's last parsed text: its HTML and text editions share one parse (dropped with the file). */
const parsed = new WeakMap<TeiFile, ParsedSource>()

/**
 * The file's XML prepared ({@link prepareXml}) and parsed by saxon-js, once per file while the text stays
 * the same: `teipipe render` and `build` render both editions of one TeiFile, so the second edition reuses
 * the first one's parse. Returns undefined (with a message) when the document is refused; a parse error is
 * kept in the result and raised by the transform.
 */
export function parsedSource(file: TeiFile): ParsedSource | undefined {
  const xml = prepareXml(file)
  return xml === undefined ? undefined : parsedOnce(file, xml)
}

/** `xml` parsed by saxon-js, once per file while the text stays the same. */
function parsedOnce(file: TeiFile, xml: string): ParsedSource {
  const known = parsed.get(file)
  if (known !== undefined && known.text === xml) return known
  const source = parseSource(xml)
  parsed.set(file, source)
  return source
}

/**
 * The XML text saxon-js can read: internal DTD entities expanded (it rejects declared entities),
 * external ones never loaded. Returns undefined (with a message) when the document is refused.
 */
export function prepareXml(file: TeiFile): string | undefined {
  const source = file.tei ?? file.source
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  const prepared = expandInternalEntities(text)
  // Placed as validation places them (parse/parse-xml.ts), so that a build reports each once, not twice.
  const lines = prepared.notes.length > 0 ? new LineIndex(text) : undefined
  for (const note of prepared.notes) {
    const severity: Severity = note.ruleId === 'entity-limit-exceeded' || note.ruleId === 'not-well-formed' ? 'error' : 'warning'
    addOnce(file, note.reason, {ruleId: note.ruleId, source: 'xml', severity, ...(lines ? {place: {start: lines.toPoint(note.offset)}} : {})})
  }
  if (prepared.refused) return undefined
  const flat = flattenDeepMarkup(prepared.text)
  if (flat.unwrapped > 0) {
    addOnce(file, `Markup is nested more than ${MAX_RENDER_DEPTH} levels deep here; the editions show the text of the ${flat.unwrapped} deeper element${flat.unwrapped === 1 ? '' : 's'} without their markup.`, {ruleId: 'render-deep-markup', source: 'xslt', severity: 'warning', ...(flat.first ? {place: {start: flat.first}} : {})})
  }
  return flat.text
}

/**
 * Turn a coded xsl:message into a file message (rule id = the error QName's local part), placed
 * at the line and column of the node its `xpath` attribute names (saxon-js `path()`), and added
 * only once per file: the HTML and text editions report the same things about a document.
 */
export function addXsltMessage(file: TeiFile, message: XsltMessage, locate: () => XmlTree | undefined = () => undefined): void {
  const severity = (['error', 'warning', 'info'] as const).find((s) => s === message.attributes['severity']) ?? 'warning'
  const xpath = message.attributes['xpath']
  const tree = xpath ? locate() : undefined
  const node = tree && xpath ? resolvePath(tree, xpath) : undefined
  const place = tree && node ? startTagPosition(tree, node.element) : undefined
  addOnce(file, message.text, {ruleId: message.code, source: 'xslt', severity, ...(xpath ? {xpath} : {}), ...(place ? {place} : {})})
}

/** Add a message unless the file already has the same one (same rule, words and place). */
function addOnce(file: TeiFile, reason: string, options: MessageOptions): void {
  const line = options.place?.start.line
  const column = options.place?.start.column
  if (file.messages.some((m) => m.ruleId === options.ruleId && m.reason === reason && m.place?.start.line === line && m.place?.start.column === column)) return
  file.message(reason, options)
}

/** saxon-js's errors, worded for a reader (parse errors are 0-based: engines.md §4.4). */
export function readableXsltError(error: XsltError): string {
  const text = error.message.replace(/\s+/g, ' ').trim()
  const parse = /line (\d+) column (\d+)/.exec(text)
  if (error.code === 'FODC0002' && parse) {
    return `the document is not well-formed XML (${text.replace(/^.*?:\s*/, '').replace(/line \d+ column \d+/, `line ${Number(parse[1]) + 1} column ${parse[2]}`)}).`
  }
  return `${text}${error.code ? ` [${error.code}]` : ''}`
}
