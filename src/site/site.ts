/**
 * The corpus site around the editions: index, registers (and search), plus each document's navigation
 * parameters for the HTML edition. Pure functions of the documents' facts: the same facts give
 * byte-identical pages in any order.
 */
import {SITE_CSS, TABLE_JS} from './assets.js'
import {compareByDate} from './dates.js'
import type {DocumentFacts} from './facts.js'
import {PAGES} from './html.js'
import {indexPage} from './index-page.js'
import {registerPage} from './register-pages.js'
import {miniSearchBrowserBundle, searchIndexJson} from './search-index.js'
import {documentTextScript, searchIndexScript, searchPage, searchScript} from './search-page.js'

/** Options of the corpus site. */
export interface SiteOptions {
  /** The site's name in every page title and header (default `TEI editions`). */
  siteTitle?: string
}

/** The HTML edition stylesheet's navigation parameters (all strings; empty means absent). */
export interface NavParams {
  'index-href': string
  'prev-href': string
  'prev-title': string
  'next-href': string
  'next-title': string
  /** The how-to-cite text. */
  citation: string
  [name: string]: string
}

/** Options of {@link documentNav}. */
export interface NavOptions {
  siteTitle?: string
  /** The site's public address (ending in `/`); the citation gives the page's full URL when known. */
  baseUrl?: string
}

const DEFAULT_TITLE = 'TEI editions'

/**
 * Every page of the corpus site. Input: the facts of all documents (published and failed, any order).
 * Output: output path relative to the site root → file content (`index.html`, `corpus/*.html`,
 * `corpus/site.css`, `corpus/*.js`, `corpus/text/<id>.js` for each published document with text). Deterministic: documents are ordered by date then id, entries
 * by name then key.
 */
export function sitePages(facts: readonly DocumentFacts[], options: SiteOptions = {}): Map<string, string> {
  const siteTitle = options.siteTitle?.trim() || DEFAULT_TITLE
  const ordered = [...facts].sort(compareByDate)
  const pages = new Map<string, string>()
  pages.set(PAGES.index.path, indexPage(ordered, siteTitle))
  pages.set(PAGES.search.path, searchPage(siteTitle, ordered.filter((f) => f.status === 'published').length))
  pages.set(PAGES.persons.path, registerPage(ordered, 'persons', siteTitle))
  pages.set(PAGES.places.path, registerPage(ordered, 'places', siteTitle))
  pages.set(PAGES.orgs.path, registerPage(ordered, 'orgs', siteTitle))
  pages.set('corpus/site.css', SITE_CSS)
  pages.set('corpus/table.js', TABLE_JS)
  pages.set('corpus/search.js', searchScript())
  pages.set('corpus/search-index.js', searchIndexScript(searchIndexJson(ordered)))
  pages.set('corpus/minisearch.js', miniSearchBrowserBundle())
  for (const f of ordered) if (f.status === 'published' && f.text) pages.set(`corpus/text/${f.id}.js`, documentTextScript(f.id, f.text))
  return pages
}

/**
 * The navigation parameters of one document's HTML edition: the index link, the previous and next
 * published documents in date order (ties by id; undated last), and the how-to-cite text. Hrefs are
 * relative to the document's page (which sits beside `index.html`). An id that is not a published
 * document gets the index link and an empty citation. Sorts `facts` (O(n log n)): for every document
 * of a large corpus, pass each one only its neighbours in date order (as the build does).
 */
export function documentNav(facts: readonly DocumentFacts[], id: string, options: NavOptions = {}): NavParams {
  const published = facts.filter((f) => f.status === 'published').sort(compareByDate)
  const at = published.findIndex((f) => f.id === id)
  const here = published[at]
  const prev = at > 0 ? published[at - 1] : undefined
  const next = at >= 0 ? published[at + 1] : undefined
  return {
    'index-href': PAGES.index.path,
    'prev-href': prev ? `${encodeURIComponent(prev.id)}.html` : '',
    'prev-title': prev?.title ?? '',
    'next-href': next ? `${encodeURIComponent(next.id)}.html` : '',
    'next-title': next?.title ?? '',
    citation: here ? citation(here, options) : ''
  }
}

/**
 * How to cite an edition: the catalogue title (which names the author, as archives catalogue), else
 * the authors and the title in quotation marks; the date; the source and its identifier; then the
 * edition (publisher, site) and its address when the base URL is known.
 */
export function citation(f: DocumentFacts, options: NavOptions = {}): string {
  const first = [f.catalogueTitle ?? [f.authors, `“${f.title}”`].filter(Boolean).join(', '), f.dateText].filter(Boolean).join(', ')
  const source = f.sourceTitle ? `${f.sourceTitle}${f.sourceId ? `, ${/^\d+$/.test(f.sourceId) ? 'record ' : ''}${f.sourceId}` : ''}` : ''
  const by = [f.publisher, options.siteTitle?.trim()].filter((p): p is string => Boolean(p)).filter((p, i, all) => all.indexOf(p) === i)
  const edition = `TEI edition${by.length > 0 ? `, ${by.join(', ')}` : ''}`
  const url = options.baseUrl ? ` ${options.baseUrl.replace(/\/?$/, '/')}${encodeURIComponent(f.id)}.html` : ''
  return `${[first, source, edition].filter(Boolean).join('. ')}.${url}`
}
