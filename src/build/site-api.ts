/**
 * The corpus site as the build sees it (CONTRACTS.md "Corpus site <-> build"): per-document facts, the
 * site's pages from all facts, and each document's navigation parameters.
 * INTERIM: src/site/ (the site workstream's) has not landed yet; this module implements the contract
 * minimally and becomes re-exports of src/site/facts.ts and src/site/site.ts when it lands.
 */
import {XMLParser} from 'fast-xml-parser'
import {indexPage} from './index-page.js'

/** A register entry of a document. */
export interface RegisterRef {
  key: string
  name: string
}

/** What the site knows of one document (plain JSON: the build caches it). */
export interface DocumentFacts {
  id: string
  title: string
  catalogueTitle?: string
  date?: string
  dateText?: string
  type?: string
  status: 'published' | 'failed'
  reason?: string
  persons: RegisterRef[]
  places: RegisterRef[]
  orgs: RegisterRef[]
  words: number
}

/** The HTML stylesheet's navigation parameters (empty string = absent). */
export type NavParams = Record<string, string>

const parser = new XMLParser({ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, processEntities: false, textNodeName: '#text', isArray: () => false})

/** The facts of a document from its TEI text; throws when the text is not XML. */
export function documentFacts(id: string, tei: string): DocumentFacts {
  const data = parser.parse(tei) as Record<string, unknown>
  const root = (data['TEI'] ?? data['teiCorpus']) as Record<string, unknown> | undefined
  if (!root) throw new Error('the root element is not <TEI>')
  const text = (node: unknown): string => (typeof node === 'string' || typeof node === 'number' ? String(node) : node && typeof node === 'object' ? Object.entries(node).filter(([k]) => !k.startsWith('@')).map(([, v]) => (Array.isArray(v) ? v.map(text).join(' ') : text(v))).join(' ') : '').replace(/\s+/g, ' ').trim().replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) => ({lt: '<', gt: '>', quot: '"', apos: "'", amp: '&'})[e] ?? String.fromCodePoint(Number(e.startsWith('#x') ? `0x${e.slice(2)}` : e.slice(1))))
  const path = (node: unknown, ...names: string[]): unknown => names.reduce<unknown>((n, name) => (n && typeof n === 'object' ? (Array.isArray(n) ? n[0] : n)[name as never] : undefined), node)
  const fileDesc = path(root, 'teiHeader', 'fileDesc')
  const titleNode = path(fileDesc, 'titleStmt', 'title')
  const dates = path(fileDesc, 'sourceDesc', 'bibl', 'date')
  const dateNode = (Array.isArray(dates) ? (dates.find((d: Record<string, unknown>) => d['@type'] === 'document') ?? dates[0]) : dates) as Record<string, unknown> | undefined
  const date = dateNode && typeof dateNode === 'object' ? String(dateNode['@when'] ?? dateNode['@from'] ?? dateNode['@notBefore'] ?? '') : ''
  const facts: DocumentFacts = {id, title: text(Array.isArray(titleNode) ? titleNode[0] : titleNode) || id, status: 'published', persons: [], places: [], orgs: [], words: text(path(root, 'text')).split(' ').filter(Boolean).length}
  if (date) facts.date = date
  const dateText = text(dateNode)
  if (dateText) facts.dateText = dateText
  return facts
}

/** The facts of a document that could not be published, with the reason (one line). */
export function failedFacts(id: string, reason: string): DocumentFacts {
  return {id, title: id, status: 'failed', reason: reason.replace(/\s+/g, ' ').trim(), persons: [], places: [], orgs: [], words: 0}
}

/** The site's own pages from all documents' facts: relative output path → content. Pure and deterministic. */
export function sitePages(facts: readonly DocumentFacts[], _options: {siteTitle?: string} = {}): Map<string, string> {
  const entries = facts.map((f) => ({id: f.id, title: f.status === 'failed' ? `${f.id} (not published: ${f.reason ?? 'failed'})` : f.title, date: f.date ?? '', dateLabel: f.dateText ?? f.date ?? '', type: f.type ?? '', hasText: f.status === 'published'}))
  return new Map([['index.html', indexPage(entries)]])
}

/** Navigation parameters of a document: the index, and the previous and next published documents by date, then id. */
export function documentNav(facts: readonly DocumentFacts[], id: string): NavParams {
  const order = facts.filter((f) => f.status === 'published').sort((a, b) => ((a.date ?? '') === (b.date ?? '') ? (a.id < b.id ? -1 : 1) : (a.date ?? '') < (b.date ?? '') ? -1 : 1))
  const at = order.findIndex((f) => f.id === id)
  const prev = at > 0 ? order[at - 1] : undefined
  const next = at >= 0 ? order[at + 1] : undefined
  return {'index-href': 'index.html', 'prev-href': prev ? `${prev.id}.html` : '', 'prev-title': prev?.title ?? '', 'next-href': next ? `${next.id}.html` : '', 'next-title': next?.title ?? ''}
}
