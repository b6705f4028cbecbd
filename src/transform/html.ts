/** The HTML edition: TEI → one self-contained page through xslt/html/html.xsl (compiled to SEF). */
import {readFileSync} from 'node:fs'
import {TeiFile} from '../core/file.js'
import {CustomisationError} from '../build/stylesheets.js'
import {renderEdition, type ChunkingOptions} from './chunked.js'

/** The stylesheet parameters a site may set (xslt/common/params.xsl); all strings, empty = absent. */
export const HTML_PARAMS = ['site-title', 'base-url', 'citation', 'index-href', 'prev-href', 'prev-title', 'next-href', 'next-title', 'css-href'] as const

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /** Link to the plain-text edition (omitted when absent). */
  textHref?: string
  /** Link to the published TEI (omitted when absent). */
  teiHref?: string
  /** Stylesheet parameters by name (HTML_PARAMS, or any xsl:param a customisation layer declares). */
  params?: Record<string, string>
  /** A CSS file whose rules are added after teipipe's own, inside the page (no external resources). */
  css?: string
  /** An XSLT customisation layer compiled over xslt/html/html.xsl (see ensureCustomStylesheet). */
  customXslt?: string
  /** When to render a very large document in runs (chunked.ts; the defaults are measured there). */
  chunking?: Partial<ChunkingOptions>
}

const cssFiles = new Map<string, string>()

/**
 * Render `file.tei ?? file.source` to HTML in `file.outputs.html`; problems with the document become
 * messages. A missing CSS file or a bad customisation layer throws CustomisationError (a
 * configuration problem, the same for every document).
 */
export function renderHtml(file: TeiFile, options: RenderHtmlOptions = {}): void {
  const params: Record<string, string> = {...options.params, 'text-href': options.textHref ?? '', 'tei-href': options.teiHref ?? ''}
  if (options.css) params['extra-css'] = readCss(options.css)
  const html = renderEdition(file, 'html', params, 'HTML edition', options.customXslt, options.chunking)
  if (html !== undefined) file.outputs.html = `<!DOCTYPE html>\n${stripDoctype(html)}\n`
}

/**
 * The pages' CSS (the stock styles, then the `css` file's rules) as one stylesheet, for a site
 * that writes it once and links it from every page with the `css-href` parameter (smaller pages).
 */
export function editionStylesheet(options: Pick<RenderHtmlOptions, 'css' | 'customXslt'> = {}): string {
  const file = new TeiFile('stylesheet.xml', '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><p/></body></text></TEI>')
  renderHtml(file, options)
  const style = /<style>([\s\S]*?)<\/style>/.exec(file.outputs.html ?? '')
  return `${(style?.[1] ?? '').trim()}\n`
}

/** The text of a CSS file, once per process; `</style` is escaped so that it stays inside the style element. */
function readCss(path: string): string {
  let css = cssFiles.get(path)
  if (css === undefined) {
    try {
      css = readFileSync(path, 'utf8').replace(/<\/(style)/gi, '<\\/$1')
    } catch {
      throw new CustomisationError(`The CSS file ${path} could not be read.`)
    }
    cssFiles.set(path, css)
  }
  return css
}

/** saxon-js writes its own `<!DOCTYPE HTML>`; we write one canonical form. */
function stripDoctype(html: string): string {
  // Tested first: a page rendered in runs is a rope of tens of MB that a replace would flatten.
  return /^\s*<!DOCTYPE/i.test(html.slice(0, 64)) ? html.replace(/^\s*<!DOCTYPE[^>]*>\s*/i, '') : html
}
