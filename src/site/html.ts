/** The frame every corpus page shares: head, navigation, footer; and escaping. */

/** Escape text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The href of a document's HTML edition, relative to a page `depth` folders below the site root. */
export function documentHref(id: string, depth: number): string {
  return `${'../'.repeat(depth)}${encodeURIComponent(id)}.html`
}

/** The site's own pages, for the navigation (path relative to the site root). */
export const PAGES = {
  index: {path: 'index.html', label: 'Documents'},
  search: {path: 'corpus/search.html', label: 'Search'},
  persons: {path: 'corpus/persons.html', label: 'Persons'},
  places: {path: 'corpus/places.html', label: 'Places'},
  orgs: {path: 'corpus/organisations.html', label: 'Organisations'}
} as const

/** One of the site's pages. */
export type PageName = keyof typeof PAGES

/**
 * The pages' Content Security Policy: scripts, styles and images only from the site's own files (no
 * inline script, no other origin), forms only to the site. A second line of defence behind escaping.
 */
export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'"

/** What a page puts into the frame. */
export interface PageContent {
  page: PageName
  siteTitle: string
  /** The page's heading; the <title> is `heading — siteTitle`. */
  heading: string
  /** HTML of the main region, after the heading. */
  main: string
  /** Script files (site-root relative) loaded at the end of the body; our own code, never a document's. */
  scripts?: string[]
  /** Whether the header carries a search box (default true; the search page has its own form). */
  searchForm?: boolean
}

/** A complete HTML page: lang, charset, viewport, skip link, landmarks, navigation marking the current page. */
export function page(content: PageContent): string {
  const here = PAGES[content.page].path
  const depth = here.split('/').length - 1
  const up = '../'.repeat(depth)
  const nav = (Object.keys(PAGES) as PageName[]).map((name) => {
    const target = PAGES[name]
    const current = name === content.page ? ' aria-current="page"' : ''
    return `<li><a href="${escapeHtml(up + target.path)}"${current}>${escapeHtml(target.label)}</a></li>`
  }).join('')
  const scripts = (content.scripts ?? []).map((src) => `<script src="${escapeHtml(up + src)}"></script>\n`).join('')
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${escapeHtml(content.heading)} — ${escapeHtml(content.siteTitle)}</title>
<link rel="stylesheet" href="${escapeHtml(up)}corpus/site.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
<p class="site-title"><a href="${escapeHtml(up)}index.html">${escapeHtml(content.siteTitle)}</a></p>
<nav aria-label="Corpus"><ul>${nav}</ul></nav>
${content.searchForm === false ? '' : `<form class="site-search" role="search" action="${escapeHtml(up)}corpus/search.html" method="get"><label for="site-q" class="visually-hidden">Search the documents</label><input id="site-q" name="q" type="search" placeholder="Search the documents"><button type="submit">Search</button></form>
`}</header>
<main id="main">
<h1>${escapeHtml(content.heading)}</h1>
${content.main}
</main>
<footer class="site-footer"><p>Generated from the TEI encodings by teipipe.</p></footer>
${scripts}</body>
</html>
`
}
