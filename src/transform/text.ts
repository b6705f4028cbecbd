/** The plain-text edition: TEI → UTF-8 text through xslt/text/text.xsl (compiled to SEF). */
import type {TeiFile} from '../core/file.js'
import {ensureStylesheet} from '../build/stylesheets.js'
import {addXsltMessage, prepareXml, readableXsltError} from './html.js'
import {loadSef, transformXml, XsltError} from './saxon.js'
import './rules.js'

/** The two text profiles: `reading` (corrected, annotated) and `diplomatic` (the source's readings). */
export type TextProfile = 'reading' | 'diplomatic'

/** Options of {@link renderText}. */
export interface RenderTextOptions {
  profile?: TextProfile
}

/**
 * Render `file.tei ?? file.source` as plain text in `file.outputs.text`. Internal DTD entities
 * are expanded first (saxon-js rejects them), external ones never loaded; the stylesheet's coded
 * messages become file messages (source `xslt`); a failure is an error message, not a throw.
 */
export function renderText(file: TeiFile, options: RenderTextOptions = {}): void {
  const xml = prepareXml(file)
  if (xml === undefined) return
  try {
    const sef = loadSef(ensureStylesheet('text'))
    const result = transformXml(sef, xml, {params: {profile: options.profile ?? 'reading'}})
    for (const message of result.messages) addXsltMessage(file, message)
    file.outputs.text = result.principal
  } catch (error) {
    if (!(error instanceof XsltError)) throw error
    file.error(`The text edition could not be made: ${readableXsltError(error)}`, {ruleId: 'render-failed', source: 'xslt'})
  }
}
