/** The plain-text edition: TEI → UTF-8 text through xslt/text/text.xsl (compiled to SEF). */
import type {TeiFile} from '../core/file.js'
import {renderEdition, type ChunkingOptions} from './chunked.js'

/** The two text profiles: `reading` (corrected, annotated) and `diplomatic` (the source's readings). */
export type TextProfile = 'reading' | 'diplomatic'

/** Options of {@link renderText}. */
export interface RenderTextOptions {
  profile?: TextProfile
  /** An XSLT customisation layer compiled over xslt/text/text.xsl (see ensureCustomStylesheet). */
  customXslt?: string
  /** When to render a very large document in runs (chunked.ts; the defaults are measured there). */
  chunking?: Partial<ChunkingOptions>
}

/**
 * Render `file.tei ?? file.source` as plain text in `file.outputs.text`. Internal DTD entities
 * are expanded first (saxon-js rejects them), external ones never loaded; the stylesheet's coded
 * messages become file messages (source `xslt`); a failure is an error message, not a throw.
 */
export function renderText(file: TeiFile, options: RenderTextOptions = {}): void {
  const text = renderEdition(file, 'text', {profile: options.profile ?? 'reading'}, 'text edition', options.customXslt, options.chunking)
  if (text !== undefined) file.outputs.text = text
}
