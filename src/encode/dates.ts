/** Date recognition and normalisation to W3C values (@when, @from/@to, @notBefore/@notAfter). */
import type {Attrs} from './serialize.js'

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const M = '(January|February|March|April|May|June|July|August|September|October|November|December)'
const Y = '(1[89]\\d\\d|20[0-4]\\d)'

/** A recognised date: where it is in the string and its normalised attributes. */
export interface DateMatch {
  start: number
  end: number
  attrs: Attrs
}

const pad = (n: number | string): string => String(n).padStart(2, '0')
const month = (name: string): string => pad(MONTHS.indexOf(name.toLowerCase()) + 1)

/** Check day/month ranges so that "31.02." never becomes a date. */
function ymd(y: string, m: string | number, d: string | number): string | undefined {
  const mi = Number(m)
  const di = Number(d)
  if (mi < 1 || mi > 12 || di < 1 || di > new Date(Date.UTC(Number(y), mi, 0)).getUTCDate()) return undefined
  return `${y}-${pad(mi)}-${pad(di)}`
}

type Rule = [RegExp, (m: RegExpExecArray, order: NumericOrder | undefined) => Attrs | undefined]

/** How a document writes numeric dates: day first (28.11.62) or month first (10.31.1962). */
export type NumericOrder = 'dmy' | 'mdy'

const NUMERIC = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![.]?\d)/g

/** Numeric day.month.year: normalised when a part above 12 decides, or when the document's own order does. */
function numeric(m: RegExpExecArray, order: NumericOrder | undefined): Attrs | undefined {
  const a = Number(m[1]); const b = Number(m[2])
  const y = (m[3] ?? '').length === 2 ? `19${m[3]}` : m[3] ?? ''
  const dmy = a === b || (a > 12 && b <= 12) ? true : b > 12 && a <= 12 ? false : order === undefined ? undefined : order === 'dmy'
  if (dmy === undefined) return undefined
  const w = dmy ? ymd(y, b, a) : ymd(y, a, b)
  return w ? {when: w} : undefined
}

/** The order a text's unambiguous numeric dates show (undefined when none, or when they disagree). */
export function numericOrder(text: string): NumericOrder | undefined {
  const seen = new Set<NumericOrder>()
  NUMERIC.lastIndex = 0
  for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
    const a = Number(m[1]); const b = Number(m[2])
    if (a > 12 && b <= 12) seen.add('dmy')
    else if (b > 12 && a <= 12) seen.add('mdy')
  }
  return seen.size === 1 ? [...seen][0] : undefined
}

/** Numeric dates that stay unnormalised because day and month cannot be told apart ("11.01.1962"). */
export function ambiguousNumericDates(text: string, order: NumericOrder | undefined): string[] {
  if (order) return []
  const out: string[] = []
  NUMERIC.lastIndex = 0
  for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) if (Number(m[1]) <= 12 && Number(m[2]) <= 12 && m[1] !== m[2]) out.push(m[0])
  return out
}

/** Patterns in priority order: longer, more specific forms first; later ones never overlap earlier matches. */
const RULES: Rule[] = [
  [new RegExp(`\\b(\\d{1,2})\\.?\\s?[-–/]\\s?(\\d{1,2})\\.? ${M} ${Y}\\b`, 'g'), (m) => {
    const from = ymd(m[4] ?? '', month(m[3] ?? ''), m[1] ?? '')
    const to = ymd(m[4] ?? '', month(m[3] ?? ''), m[2] ?? '')
    return from && to ? {from, to} : undefined
  }],
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${M},?[ \\u00a0]{0,3}${Y}\\b`, 'g'), (m) => { const w = ymd(m[3] ?? '', month(m[2] ?? ''), m[1] ?? ''); return w ? {when: w} : undefined }],
  [new RegExp(`\\b${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${Y}\\b`, 'g'), (m) => { const w = ymd(m[3] ?? '', month(m[1] ?? ''), m[2] ?? ''); return w ? {when: w} : undefined }],
  [new RegExp(`\\b${M} \\(${Y}\\)`, 'g'), (m) => ({when: `${m[2]}-${month(m[1] ?? '')}`})],
  // "June / July 1997": a span of two months of one year.
  [new RegExp(`\\b${M} ?[/–-] ?${M},? ${Y}\\b`, 'g'), (m) => {
    const from = `${m[3]}-${month(m[1] ?? '')}`; const to = `${m[3]}-${month(m[2] ?? '')}`
    return from < to ? {from, to} : undefined
  }],
  [new RegExp(`\\b${M},? ${Y}\\b`, 'g'), (m) => ({when: `${m[2]}-${month(m[1] ?? '')}`})],
  [new RegExp(`\\b[Bb]etween ${Y} and ${Y}\\b`, 'g'), (m) => ((m[1] ?? '') <= (m[2] ?? '') ? {from: m[1], to: m[2]} : undefined)],
  [new RegExp(`\\b[Bb]y the end of ${Y}\\b`, 'g'), (m) => ({notAfter: `${m[1]}-12-31`})],
  [new RegExp(`(?<![\\d/.])${Y}\\s?[-–]\\s?${Y}(?![\\d/])`, 'g'), (m) => ((m[1] ?? '') <= (m[2] ?? '') ? {from: m[1], to: m[2]} : undefined)],
  [NUMERIC, numeric],
  [new RegExp(`(?<![\\d/.,–-])${Y}(?![\\d/]|[-–]\\d)`, 'g'), (m) => ({when: m[1]})]
]

/** Find the dates in a string; matches never overlap. */
export function findDates(text: string, order?: NumericOrder): DateMatch[] {
  const found: DateMatch[] = []
  const blocked: DateMatch[] = []
  for (const [pattern, normalise] of RULES) {
    pattern.lastIndex = 0
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      if ([...found, ...blocked].some((f) => start < f.end && end > f.start)) continue
      const a = normalise(m, order)
      // An impossible date ("31 February") is left unnormalised, never reduced to a shorter match.
      if (a) found.push({start, end, attrs: a})
      else blocked.push({start, end, attrs: {}})
    }
  }
  return found.sort((x, y) => x.start - y.start)
}

/** Normalise a whole string that is one date ("June 9, 1969"), or undefined. */
export function normaliseDate(text: string): Attrs | undefined {
  const t = text.trim()
  const m = findDates(t)
  return m.length === 1 && m[0]?.start === 0 && m[0].end === t.length ? m[0].attrs : undefined
}
