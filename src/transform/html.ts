/** The HTML edition: TEI → one self-contained page through xslt/html/html.xsl (compiled to SEF). */
import type {TeiFile} from '../core/file.js'
import type {Severity} from '../core/message.js'
import {expandInternalEntities} from '../parse/doctype.js'
import {ensureStylesheet} from '../build/stylesheets.js'
import {loadSef, transformXml, XsltError, type XsltMessage} from './saxon.js'
import './rules.js'

/** Options of {@link renderHtml}: links to the other forms of the edition (omitted when absent). */
export interface RenderHtmlOptions {
  textHref?: string
  teiHref?: string
}

/** Render `file.tei ?? file.source` to HTML in `file.outputs.html`; problems become messages. */
export function renderHtml(file: TeiFile, options: RenderHtmlOptions = {}): void {
  const xml = prepareXml(file)
  if (xml === undefined) return
  try {
    const sef = loadSef(ensureStylesheet('html'))
    const result = transformXml(sef, xml, {params: {'text-href': options.textHref ?? '', 'tei-href': options.teiHref ?? ''}})
    for (const message of result.messages) addXsltMessage(file, message)
    file.outputs.html = `<!DOCTYPE html>\n${stripDoctype(result.principal)}\n`
  } catch (error) {
    if (!(error instanceof XsltError)) throw error
    file.error(`The HTML edition could not be made: ${readableXsltError(error)}`, {ruleId: 'render-failed', source: 'xslt'})
  }
}

/**
 * The XML text saxon-js can read: internal DTD entities expanded (it rejects declared entities),
 * external ones never loaded. Returns undefined (with a message) when the document is refused.
 */
export function prepareXml(file: TeiFile): string | undefined {
  const source = file.tei ?? file.source
  const prepared = expandInternalEntities(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source)
  for (const note of prepared.notes) {
    const severity: Severity = note.ruleId === 'entity-limit-exceeded' || note.ruleId === 'not-well-formed' ? 'error' : 'warning'
    file.message(note.reason, {ruleId: note.ruleId, source: 'xml', severity})
  }
  if (prepared.refused) return undefined
  return prepared.text
}

/** Turn a coded xsl:message into a file message (rule id = the error QName's local part). */
export function addXsltMessage(file: TeiFile, message: XsltMessage): void {
  const severity = (['error', 'warning', 'info'] as const).find((s) => s === message.attributes['severity']) ?? 'warning'
  const xpath = message.attributes['xpath']
  file.message(message.text, {ruleId: message.code, source: 'xslt', severity, ...(xpath ? {xpath} : {})})
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

/** saxon-js writes its own `<!DOCTYPE HTML>`; we write one canonical form. */
function stripDoctype(html: string): string {
  return html.replace(/^\s*<!DOCTYPE[^>]*>\s*/i, '')
}
