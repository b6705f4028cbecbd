/** What the HTML and text editions share: preparing the XML, running a stylesheet, turning its messages into file messages. */
import type {TeiFile} from '../core/file.js'
import type {Severity} from '../core/message.js'
import {expandInternalEntities} from '../parse/doctype.js'
import {ensureStylesheet} from '../build/stylesheets.js'
import {loadSef, transformXml, XsltError, type XsltMessage} from './saxon.js'
import './rules.js'

/**
 * Run the compiled stylesheet `name` over `file.tei ?? file.source` with `params`; returns its
 * principal result, or undefined when the document was refused or the stylesheet failed (with a
 * `render-failed` message naming the `edition`). Never throws for bad documents.
 */
export function runEdition(file: TeiFile, name: 'html' | 'text', params: Record<string, unknown>, edition: string): string | undefined {
  const xml = prepareXml(file)
  if (xml === undefined) return undefined
  try {
    const result = transformXml(loadSef(ensureStylesheet(name)), xml, {params})
    for (const message of result.messages) addXsltMessage(file, message)
    return result.principal
  } catch (error) {
    if (!(error instanceof XsltError)) throw error
    file.error(`The ${edition} could not be made: ${readableXsltError(error)}`, {ruleId: 'render-failed', source: 'xslt'})
    return undefined
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
