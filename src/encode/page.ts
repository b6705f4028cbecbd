/** Split a scraped archive page into chrome, header lines, body lines and the "Document Information" block. */

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
}

/** True for lines that hold nothing but spaces and no-break spaces (the scrape's spacers). */
export function isBlank(text: string): boolean {
  return text.replace(/[\s\u00a0\ufeff]/g, '') === ''
}

const DATE_LINE = /^(January|February|March|April|May|June|July|August|September|October|November|December)( \d{1,2},)? \d{4}$/
const SPONSOR = /^This document was made possible with support from /

/** Split the page; `undefined` info block means the archive layout is incomplete (see `missingInfo`). */
export function splitPage(source: string): Page & {missingInfo: boolean} {
  const all = source.split(/\r?\n/).map((text, i) => ({text: text.replace(/\s+$/, ''), line: i + 1}))
  const lines = all.filter((l) => !isBlank(l.text))
  const page: Page & {missingInfo: boolean} = {layout: 'plain', body: lines, info: new Map(), labels: [], missingInfo: false}
  const first = lines[0]
  const chrome = first !== undefined && first.text.trim() === 'Skip to content'
  let infoIndex = -1
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]?.text.trim() === 'Document Information') { infoIndex = i; break }
  if (!chrome && infoIndex < 0) return page
  if (infoIndex < 0) {
    page.missingInfo = true
    return page
  }
  page.layout = 'archive'
  let i = 0
  if (chrome) page.chrome = lines[i++]
  const at = (k: number): SourceLine | undefined => (k < infoIndex ? lines[k] : undefined)
  if (DATE_LINE.test(at(i)?.text.trim() ?? '')) page.dateLine = lines[i++]
  if (at(i) && chrome) page.title = lines[i++]
  if (SPONSOR.test(at(i)?.text ?? '')) page.sponsor = lines[i++]
  let end = infoIndex
  if (end - 1 >= i) page.summary = lines[--end]
  page.body = lines.slice(i, end)
  page.infoLine = lines[infoIndex]?.line
  const infoHeading = lines[infoIndex]
  if (infoHeading) page.labels.push(infoHeading)
  readInfo(lines.slice(infoIndex + 1), page)
  return page
}

/** File the lines after "Document Information" under their labels. */
function readInfo(lines: SourceLine[], page: Page): void {
  let label: string | undefined
  for (const l of lines) {
    const t = l.text.trim()
    if ((INFO_LABELS as readonly string[]).includes(t)) {
      label = t
      page.labels.push(l)
      if (!page.info.has(t)) page.info.set(t, [])
      continue
    }
    // Unlabelled captures keep the values but drop the labels: guess the field from the words.
    const key = label ?? (/welcomes reuse|rights status/.test(t) ? 'Rights' : 'Source')
    const values = page.info.get(key) ?? []
    values.push(l)
    page.info.set(key, values)
  }
}
