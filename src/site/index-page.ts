/** The corpus index: every document with date, title, type and status, failed ones with the reason. */
import {compareByDate} from './dates.js'
import type {DocumentFacts} from './facts.js'
import {documentHref, escapeHtml, page} from './html.js'

/**
 * The index page (`index.html`). A plain table in date order (undated last, ties by id) that works
 * without script; `corpus/table.js` adds sorting by any column and a filter.
 */
export function indexPage(facts: readonly DocumentFacts[], siteTitle: string): string {
  const sorted = [...facts].sort(compareByDate)
  const failed = sorted.filter((f) => f.status === 'failed')
  const published = sorted.length - failed.length
  const rows = sorted.map((f, i) => row(f, i)).join('\n')
  const summary = `<p class="summary">${count(published, 'document')} published${failed.length > 0 ? `; <a href="#failed-${escapeHtml(failed[0]?.id ?? '')}">${count(failed.length, 'document')} could not be published</a> (listed with the reason)` : ''}.</p>`
  const main = `${summary}
<div class="filter" data-filter-for="documents" hidden>
<label for="filter">Filter documents</label>
<input id="filter" type="search" autocomplete="off" aria-describedby="filter-count">
${typeSelect(sorted)}
<p id="filter-count" class="filter-count" aria-live="polite"></p>
</div>
<div class="table-scroll" role="region" aria-labelledby="documents-caption" tabindex="0">
<table id="documents" class="documents sortable">
<caption id="documents-caption" class="visually-hidden">Documents, in date order</caption>
<thead><tr><th scope="col" data-sort="date" aria-sort="ascending">Date</th><th scope="col" data-sort="text">Title</th><th scope="col" data-sort="text">Type</th><th scope="col" data-sort="text">Status</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>`
  return page({page: 'index', siteTitle, heading: 'Documents', main, scripts: ['corpus/table.js']})
}

function row(f: DocumentFacts, order: number): string {
  const id = ` id="${f.status === 'failed' ? 'failed-' : 'doc-'}${escapeHtml(f.id)}"`
  if (f.status === 'failed') {
    // A failed document has no page and no facts beyond its name: the reason takes the title's place.
    // (The build may keep what it knew of a document that failed later, e.g. in rendering: its title.)
    const known = f.title && f.title !== f.id ? `<span class="title">${escapeHtml(f.title)}</span><span class="id">${escapeHtml(f.id)}</span>` : `<span class="title">${escapeHtml(f.id)}</span>`
    return `<tr${id} class="failed" data-order="${order}"><td></td><td>${known}<span class="reason">${escapeHtml(f.reason ?? '')}</span></td><td></td><td><strong>Not published</strong></td></tr>`
  }
  const title = `<a href="${escapeHtml(documentHref(f.id, 0))}">${escapeHtml(f.title)}</a>`
  const catalogue = f.catalogueTitle ? `<span class="catalogue">${escapeHtml(f.catalogueTitle)}</span>` : ''
  const date = f.date
    ? `<time datetime="${escapeHtml(f.date)}">${escapeHtml(f.dateText ?? f.date)}</time>`
    : f.dateText ? escapeHtml(f.dateText) : '<span class="none">no date</span>'
  const words = f.words > 0 ? ` · ${thousands(f.words)} word${f.words === 1 ? '' : 's'}` : ''
  const type = f.type ? ` data-type="${escapeHtml(f.type)}"` : ''
  return `<tr${id} class="published" data-order="${order}"${type}><td>${date}</td><td>${title}${catalogue}<span class="id">${escapeHtml(f.id)}${words}</span></td><td>${escapeHtml(f.type ?? '')}</td><td>Published</td></tr>`
}

/** The type filter: every type with its number of documents, by name (none when no document has a type). */
function typeSelect(facts: readonly DocumentFacts[]): string {
  const counts = new Map<string, number>()
  for (const f of facts) if (f.status === 'published' && f.type) counts.set(f.type, (counts.get(f.type) ?? 0) + 1)
  if (counts.size < 2) return ''
  const options = [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([type, n]) => `<option value="${escapeHtml(type)}">${escapeHtml(type)} (${n})</option>`).join('')
  return `<label for="filter-type">Type</label>
<select id="filter-type"><option value="">All types</option>${options}</select>`
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** 4833 → `4,833` (fixed separator, not the machine's locale: pages must be byte-identical everywhere). */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
