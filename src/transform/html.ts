/** The HTML edition: TEI → one self-contained page through xslt/html/html.xsl (compiled to SEF). */
import type {TeiFile} from '../core/file.js'
import {runEdition} from './edition.js'

/** Options of {@link renderHtml}: links to the other forms of the edition (omitted when absent). */
export interface RenderHtmlOptions {
  textHref?: string
  teiHref?: string
}

/** Render `file.tei ?? file.source` to HTML in `file.outputs.html`; problems become messages. */
export function renderHtml(file: TeiFile, options: RenderHtmlOptions = {}): void {
  const html = runEdition(file, 'html', {'text-href': options.textHref ?? '', 'tei-href': options.teiHref ?? ''}, 'HTML edition')
  if (html !== undefined) file.outputs.html = `<!DOCTYPE html>\n${stripDoctype(html)}\n`
}

/** saxon-js writes its own `<!DOCTYPE HTML>`; we write one canonical form. */
function stripDoctype(html: string): string {
  return html.replace(/^\s*<!DOCTYPE[^>]*>\s*/i, '')
}
