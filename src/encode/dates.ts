/**
 * Date recognition and normalisation to W3C values (@when, @from/@to, @notBefore/@notAfter), TEI Guidelines
 * 13.3.6 (att.datable.w3c). The forms are a table (dates/forms.ts); this module runs them and keeps the API.
 */
import type {Attrs} from './serialize.js'
import {FORMS, NUMERIC, NUMERIC_SLASH} from './dates/forms.js'
import {year, ymd, type DateContext, type NumericOrder} from './dates/parts.js'

export type {NumericOrder, DateContext} from './dates/parts.js'

/** A recognised date: where it is in the string, its normalised attributes and the form that found it. */
export interface DateMatch {
  start: number
  end: number
  attrs: Attrs
  form?: string
}

/**
 * The order a text's numeric dates show (undefined when nothing decides, or when the evidence disagrees): first its
 * unambiguous dates ("25.10.1956" is day-first); without one, the document's own date (`ref`, xs:date, from the
 * page's date line): a date that can be read both ways and is the document's date in one reading only
 * ("9.2.1965" in a telegram of February 9, 1965) shows the order the document writes.
 */
export function numericOrder(text: string, ref?: string): NumericOrder | undefined {
  const seen = new Set<NumericOrder>()
  const byRef = new Set<NumericOrder>()
  NUMERIC.lastIndex = 0
  for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
    const a = Number(m[1]); const b = Number(m[2])
    if (a > 12 && b <= 12) seen.add('dmy')
    else if (b > 12 && a <= 12) seen.add('mdy')
    else if (a !== b && ref) {
      const y = year(m[3] ?? '')
      if (ymd(y, b, a) === ref) byRef.add('dmy')
      else if (ymd(y, a, b) === ref) byRef.add('mdy')
    }
  }
  if (seen.size > 0) return seen.size === 1 ? [...seen][0] : undefined
  return byRef.size === 1 ? [...byRef][0] : undefined
}

/**
 * Numeric dates that stay unnormalised because day and month cannot be told apart ("11.01.1962", "3/12/62"): the
 * document's order decides dotted dates, the document's own date (`ref`) any date it equals in one reading.
 */
export function ambiguousNumericDates(text: string, order: NumericOrder | undefined, ref?: string): string[] {
  const out: string[] = []
  for (const re of order ? [NUMERIC_SLASH] : [NUMERIC, NUMERIC_SLASH]) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const a = Number(m[1]); const b = Number(m[2]); const y = year(m[3] ?? '')
      if (a <= 12 && b <= 12 && a !== b && !(ref && (ymd(y, b, a) === ref || ymd(y, a, b) === ref))) out.push(m[0])
    }
  }
  return out
}

/**
 * Find the dates in a string; matches never overlap. The second argument is the document's numeric order or a
 * DateContext (order, the document's own date for dates printed without a year, whole-string mode).
 */
export function findDates(text: string, context?: NumericOrder | DateContext): DateMatch[] {
  const ctx: DateContext = typeof context === 'string' ? {order: context} : context ?? {}
  const found: DateMatch[] = []
  const blocked: {start: number; end: number}[] = []
  for (const form of FORMS) {
    const pattern = form.pattern
    pattern.lastIndex = 0
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      if (found.some((f) => start < f.end && end > f.start) || blocked.some((f) => start < f.end && end > f.start)) continue
      const a = form.normalise(m, ctx, text)
      // An impossible date ("31 February") is left unnormalised, never reduced to a shorter match.
      if (a) found.push({start, end, attrs: a, form: form.name})
      else if (form.name !== 'year' && form.name !== 'month-in-context') blocked.push({start, end})
    }
  }
  return found.sort((x, y) => x.start - y.start)
}

/** Normalise a whole string that is one date ("June 9, 1969", "1962"): its W3C attributes, or undefined (also for a date with no value). */
export function normaliseDate(text: string, context: DateContext = {}): Attrs | undefined {
  const t = text.trim()
  const m = findDates(t, {...context, whole: true})
  // A date with no value (day and month without the document's year) normalises to nothing.
  return m.length === 1 && m[0]?.start === 0 && m[0].end === t.length && Object.keys(m[0].attrs).length > 0 ? m[0].attrs : undefined
}
