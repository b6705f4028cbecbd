/**
 * The one module that wraps MiniSearch (static full-text search): the index is built here in Node from
 * the documents' facts and serialised; the browser loads it with MiniSearch's own browser bundle,
 * copied into the site, and the same options. No server is needed: both are plain script files, so
 * the search works from a web server and from `file:` alike.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import MiniSearch from 'minisearch'
import {sortableDate} from './dates.js'
import type {DocumentFacts} from './facts.js'

/** What the browser shows of a hit without loading the document (MiniSearch stored fields). */
export interface SearchDocument {
  id: string
  title: string
  catalogueTitle: string
  dateText: string
  /** {@link sortableDate} of the date, for ordering hits by date in the browser. */
  sortDate: string
  type: string
  /** The summary, else the text's first words. */
  excerpt: string
  names: string
  text: string
  /** Words in the text: the browser loads `text/<id>.js` for a passage only when there is text. */
  words: number
}

/**
 * The index options; `corpus/search.js` passes the same ones to `MiniSearch.loadJS` (fields and stored
 * fields must match, and {@link foldTerm} is repeated there verbatim).
 */
export const SEARCH_FIELDS = ['title', 'catalogueTitle', 'names', 'type', 'excerpt', 'text'] as const
/** Fields kept in the index for showing a hit. */
export const STORED_FIELDS = ['title', 'catalogueTitle', 'dateText', 'sortDate', 'type', 'excerpt', 'words'] as const

const EXCERPT_WORDS = 40

/**
 * A search term as indexed and as searched: lower case, diacritics removed (`Émile` finds `emile`).
 * The browser script holds the same function.
 */
export function foldTerm(term: string): string {
  // ASCII needs no decomposition (the same result, several times faster on English text).
  return /^[\x00-\x7f]*$/.test(term) ? term.toLowerCase() : term.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

/**
 * The serialised search index of the published documents (MiniSearch `toJSON`, as a JSON string).
 * Documents are added in id order, so the same facts give a byte-identical index. Size and time are
 * linear in the total text.
 */
export function searchIndexJson(facts: readonly DocumentFacts[]): string {
  const search = new MiniSearch<SearchDocument>({fields: [...SEARCH_FIELDS], storeFields: [...STORED_FIELDS], processTerm: foldTerm})
  const published = facts.filter((f) => f.status === 'published').sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  search.addAll(published.map(searchDocument))
  return JSON.stringify(search)
}

function searchDocument(f: DocumentFacts): SearchDocument {
  const words = (f.text ?? '').split(' ')
  const excerpt = f.summary ?? (words.length > EXCERPT_WORDS ? `${words.slice(0, EXCERPT_WORDS).join(' ')} …` : words.join(' '))
  const names = [...f.persons, ...f.places, ...f.orgs].map((r) => r.name).join(' · ')
  return {id: f.id, title: f.title, catalogueTitle: f.catalogueTitle ?? '', dateText: f.dateText ?? '', sortDate: sortableDate(f.date), type: f.type ?? '', excerpt, names, text: f.text ?? '', words: f.text ? f.words : 0}
}

/**
 * MiniSearch's browser bundle (UMD, defines `MiniSearch`), read from the installed package, with its
 * licence line and without its source-map comment (the map is not copied).
 */
export function miniSearchBrowserBundle(): string {
  const require = createRequire(import.meta.url)
  const main = require.resolve('minisearch')
  const root = join(dirname(main), '..', '..')
  const {version, license} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string; license: string}
  const bundle = readFileSync(join(root, 'dist', 'umd', 'index.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n')
  return `/*! MiniSearch ${version} (c) Luca Ongaro, ${license} licence: https://github.com/lucaong/minisearch */\n${bundle}`
}
