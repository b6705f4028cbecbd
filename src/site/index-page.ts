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
<p id="filter-count" class="filter-count" aria-live="polite"></p>
</div>
<table id="documents" class="documents sortable">
<caption class="visually-hidden">Documents, in date order</caption>
<thead><tr><th scope="col" data-sort="date" aria-sort="ascending">Date</th><th scope="col" data-sort="text">Title</th><th scope="col" data-sort="text">Type</th><th scope="col" data-sort="text">Status</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
  return page({page: 'index', siteTitle, heading: 'Documents', main, scripts: ['corpus/table.js']})
}

function row(f: DocumentFacts, order: number): string {
  const title = f.status === 'published'
    ? `<a href="${escapeHtml(documentHref(f.id, 0))}">${escapeHtml(f.title)}</a>`
    : `<span class="title">${escapeHtml(f.title)}</span>`
  const catalogue = f.catalogueTitle ? `<span class="catalogue">${escapeHtml(f.catalogueTitle)}</span>` : ''
  const date = f.date
    ? `<time datetime="${escapeHtml(f.date)}">${escapeHtml(f.dateText ?? f.date)}</time>`
    : f.dateText ? escapeHtml(f.dateText) : '<span class="none">undated</span>'
  const status = f.status === 'published'
    ? 'Published'
    : `<strong>Not published:</strong> ${escapeHtml(f.reason ?? '')}`
  const id = f.status === 'failed' ? ` id="failed-${escapeHtml(f.id)}"` : ''
  return `<tr${id} class="${f.status}" data-order="${order}"><td>${date}</td><td>${title}${catalogue}<span class="id">${escapeHtml(f.id)}</span></td><td>${escapeHtml(f.type ?? '')}</td><td>${status}</td></tr>`
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
