/**
 * Date recognition and normalisation to W3C values (@when, @from/@to, @notBefore/@notAfter), TEI Guidelines
 * 13.3.6 (att.datable.w3c). The forms are a table (dates/forms.ts); this module runs them and keeps the API.
 */
import type {Attrs} from './serialize.js'
import {FORMS, NUMERIC} from './dates/forms.js'
import type {DateContext, NumericOrder} from './dates/parts.js'

export type {NumericOrder, DateContext} from './dates/parts.js'

/** A recognised date: where it is in the string, its normalised attributes and the form that found it. */
export interface DateMatch {
  start: number
  end: number
  attrs: Attrs
  form?: string
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
