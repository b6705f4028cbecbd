/** Split a scraped archive page into chrome, header lines, body lines and the "Document Information" block. */
import {creditLine, type Credit} from './recognisers/credit-line/pattern.js'

/** One source line with its 1-based line number. */
export interface SourceLine {
  text: string
  line: number
}

/** The labels the archive prints in its "Document Information" block. */
export const INFO_LABELS = ['Source', 'Rights', 'Original Uploaded Date', 'Type', 'Language', 'Record ID', 'Donors', 'Original Classification', 'Original Archive'] as const

/** The page, cut into the parts that go to the header and the part that is the document's text. */
export interface Page {
  layout: 'archive' | 'plain'
  chrome?: SourceLine | undefined
  dateLine?: SourceLine | undefined
  title?: SourceLine | undefined
  sponsor?: SourceLine | undefined
  /** Body lines, without blank and NBSP-only spacer lines. */
  body: SourceLine[]
  summary?: SourceLine | undefined
  /** Line of the "Document Information" heading. */
  infoLine?: number | undefined
  /** Field values by label (lines without a label are filed under a guessed one). */
  info: Map<string, SourceLine[]>
  /** Words that are page labels, not text ("Document Information", "Source", …). */
  labels: SourceLine[]
  /** Widget lines ("Associated Topics" …) and their values: for keywords and registers, never body text. */
  widgets: SourceLine[]
  /** Lines above the page title that are not the date line (a related document's title): header metadata, not body. */
  related: SourceLine[]
  /** Credit lines printed first or last in the body ("Translated by …"): header facts, not text (recognisers/credit-line). */
  credits: {line: SourceLine; credits: Credit[]}[]
}

/** Invisible characters a copy can add to a frame line: format characters, soft hyphen, BOM, and the encoder's mark for a removed control character (U+FDD0, see index.ts). */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufdd0]/g

/**
 * A line as the frame recognisers compare it: trimmed, without invisible characters or stray brackets at its ends (a
 * BOM, a control character or a "[" before "Skip to content" must not turn the page chrome into body text).
 */
export function frameText(text: string): string {
  // A stray bracket at either end ("[Skip to content") is a slip of the copy, not part of the label.
  return text.replace(INVISIBLE, '').replace(/^[\s[\]]+|[\s[\]]+$/g, '')
}

/** True for lines that hold nothing but spaces and no-break spaces (the scrape's spacers). */
export function isBlank(text: string): boolean {
  return text.replace(/[\s\u00a0\ufeff]/g, '') === ''
}

const DATE_LINE = /^(January|February|March|April|May|June|July|August|September|October|November|December)( \d{1,2},)? \d{4}$/
const SPONSOR = /^This document was made possible with support from /
/** Widget lines the archive prints between the summary and "Document Information" (§1): not body, not abstract. */
export const WIDGETS = /^(Author\(s\):?|Associated People & Organizations|Associated Places|Associated Topics|Subjects Discussed|Related Documents|Citation|Associated Themes|Keywords)$/

/** Parts of the page frame a capture can lack; named in the warning `encode-frame-incomplete`. */
export type FramePart = 'Skip to content' | 'date line' | 'page title' | 'archive summary' | 'Document Information'

/**
 * Split the page (archive-conventions.md §1: layouts A, B and C, PDF-link captures, truncated captures, widget
 * lines). Never fails: frame parts it cannot find are listed in `missing`; a capture with none of them is plain text.
 */
export function splitPage(source: string): Page & {missing: FramePart[]; truncated: boolean} {
  const all = source.split(/\r?\n/).map((text, i) => ({text: text.replace(/\s+$/, ''), line: i + 1}))
  const lines = all.filter((l) => !isBlank(l.text))
  const page: Page & {missing: FramePart[]; truncated: boolean} = {layout: 'plain', body: lines, info: new Map(), labels: [], widgets: [], related: [], credits: [], missing: [], truncated: false}
  const first = lines[0]
  const chrome = first !== undefined && frameText(first.text) === 'Skip to content'
  let i = chrome ? 1 : 0
  const dated = DATE_LINE.test(frameText(lines[i]?.text ?? ''))
  const infoIndex = findInfo(lines, i)
  if (!chrome && !dated && infoIndex < 0) return page
  page.layout = 'archive'
  if (chrome) page.chrome = lines[0]
  const stop = infoIndex < 0 ? lines.length : infoIndex
  if (dated) page.dateLine = lines[i++]
  // The page title is the line before the sponsor line (a related document's title may stand above it).
  const sponsorAt = lines.slice(i, Math.min(stop, i + 4)).findIndex((l) => SPONSOR.test(l.text))
  if (sponsorAt > 0) {
    page.title = lines[i + sponsorAt - 1]
    page.related.push(...lines.slice(i, i + sponsorAt - 1))
    page.sponsor = lines[i + sponsorAt]
    i += sponsorAt + 1
  } else if (i < stop && (chrome || dated) && !isBodyLine(lines[i]?.text.trim() ?? '')) page.title = lines[i++]
  let end = stop
  const widgetAt = lines.slice(i, stop).findIndex((l) => WIDGETS.test(frameText(l.text)))
  if (widgetAt >= 0) {
    end = i + widgetAt
    page.widgets = lines.slice(end, stop)
  }
  if (infoIndex >= 0 && end - 1 >= i) page.summary = lines[--end]
  page.body = takeCredits(lines.slice(i, end), page)
  if (!chrome) page.missing.push('Skip to content')
  if (!page.dateLine) page.missing.push('date line')
  if (!page.title) page.missing.push('page title')
  if (!page.summary) page.missing.push('archive summary')
  if (infoIndex < 0) {
    page.missing.push('Document Information')
    // A capture that stops before its Document Information and mid-sentence was cut off.
    const last = page.body[page.body.length - 1]?.text.trim() ?? ''
    page.truncated = last !== '' && !/[.!?:;”"’)\]…]$/.test(last)
    return page
  }
  page.infoLine = lines[infoIndex]?.line
  const infoHeading = lines[infoIndex]
  if (infoHeading && frameText(infoHeading.text) === 'Document Information') {
    page.labels.push(infoHeading)
    readInfo(lines.slice(infoIndex + 1), page)
  } else readInfo(lines.slice(infoIndex), page)
  return page
}

/** The body without a credit line at its start or end (kept in `page.credits` for the header). */
function takeCredits(body: SourceLine[], page: Page): SourceLine[] {
  if (body.length < 2) return body
  for (const at of [body.length - 1, 0]) {
    const line = body[at]
    const credits = line ? creditLine(line.text) : undefined
    if (line && credits) {
      page.credits.unshift({line, credits})
      body = body.filter((l) => l !== line)
      if (body.length < 2) break
    }
  }
  return body
}

/** Index of the "Document Information" line; without it, of the first field label followed by another (layout C). */
function findInfo(lines: SourceLine[], from: number): number {
  for (let k = lines.length - 1; k >= from; k--) if (frameText(lines[k]?.text ?? '') === 'Document Information') return k
  const isLabel = (l: SourceLine | undefined): boolean => (INFO_LABELS as readonly string[]).includes(frameText(l?.text ?? ''))
  for (let k = from + 1; k < lines.length; k++) {
    if (isLabel(lines[k]) && lines.slice(k + 1).some(isLabel)) return k
  }
  return -1
}

/** File the lines after "Document Information" under their labels. */
function readInfo(lines: SourceLine[], page: Page): void {
  let label: string | undefined
  for (const l of lines) {
    const t = l.text.trim()
    if ((INFO_LABELS as readonly string[]).includes(frameText(t))) {
      label = frameText(t)
      page.labels.push(l)
      if (!page.info.has(t)) page.info.set(t, [])
      continue
    }
    // Unlabelled captures keep the values but drop the labels: guess the field from the words.
    const key = label ?? unlabelledField(t, page)
    const values = page.info.get(key) ?? []
    values.push(l)
    page.info.set(key, values)
  }
}

/** Layout B: a value without its label is filed by its form (rights boilerplate, upload date, record id, language). */
function unlabelledField(t: string, page: Page): string {
  if (/welcomes reuse|rights status|permission|copyright/i.test(t)) return 'Rights'
  if (/^\d{4}-\d\d-\d\d$/.test(t) || /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}$/.test(t)) return page.info.has('Original Uploaded Date') ? 'Source' : 'Original Uploaded Date'
  if (/^\d{3,7}$/.test(t)) return 'Record ID'
  if (/^(English|Russian|Chinese|German|French|Korean|Japanese|Polish|Czech|Hungarian|Romanian|Portuguese|Spanish|Italian|Vietnamese|Mongolian|Bulgarian|Serbo-Croatian|Albanian|Arabic|Hebrew|Persian|Hindi)( .{0,30})?$/.test(t)) return 'Language'
  return 'Source'
}

/** Plain text of a Document Information field (its lines joined), or undefined when the page lacks it. */
export function field(page: Page, label: string): string | undefined {
  const lines = page.info.get(label)
  return lines && lines.length > 0 ? lines.map((l) => l.text.trim()).join('\n') : undefined
}

/** Lines that open a document's text and are never the page title: a bracket alone ("[Stamp: …]"), a classification. */
function isBodyLine(t: string): boolean {
  return /^\[.*\]$/.test(t) || /^(top secret|strictly secret|secret|confidential)[.!]?$/i.test(t)
}
