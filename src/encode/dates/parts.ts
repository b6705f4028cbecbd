/** Building blocks of the date forms: month names, years, W3C value builders (xs:date, xs:gYearMonth, xs:gMonthDay). */
import type {Attrs} from '../serialize.js'

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']

/** A month name as printed (capitalised or in capitals), or abbreviated with a full stop ("Sept.", "Mar."). */
export const M = '(January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)'
/**
 * Languages whose month names a translation keeps in the original's date forms ("1956. október 23.", "23. Oktober
 * 1956", "5 września 1958"): the archive's source languages written in Latin script. Croatian is left out: its
 * "listopad" is October, the Czech and Polish one November.
 */
const ORIGINAL_LANGUAGES = ['de', 'hu', 'pl', 'cs', 'sk', 'ro', 'fr', 'es', 'pt', 'it']

/**
 * Month names of the original languages, from the ICU data of the JavaScript runtime (Intl.DateTimeFormat): the
 * standalone form ("październik") and the form used with a day ("października"), lower case. A word two languages
 * give different months is left out.
 */
function originalMonthNames(): Map<string, number> {
  const names = new Map<string, number>()
  const clash = new Set<string>()
  for (const lang of ORIGINAL_LANGUAGES) {
    const alone = new Intl.DateTimeFormat(lang, {month: 'long', timeZone: 'UTC'})
    const withDay = new Intl.DateTimeFormat(lang, {day: 'numeric', month: 'long', timeZone: 'UTC'})
    for (let m = 1; m <= 12; m++) {
      const d = new Date(Date.UTC(2000, m - 1, 15))
      for (const name of [alone.format(d), withDay.formatToParts(d).find((p) => p.type === 'month')?.value ?? '']) {
        const key = name.toLowerCase().replace(/\.$/, '')
        if (!/^\p{L}{3,}$/u.test(key) || MONTHS.includes(key)) continue
        if (names.has(key) && names.get(key) !== m) clash.add(key)
        names.set(key, m)
      }
    }
  }
  for (const key of clash) names.delete(key)
  return names
}

const ORIGINAL_MONTHS = originalMonthNames()
/** A month name of an original language as printed, lower case or capitalised ("október", "Oktober"). */
export const OM = `(${[...ORIGINAL_MONTHS.keys()].sort((a, b) => b.length - a.length).flatMap((n) => [n, n[0]?.toUpperCase() + n.slice(1)]).join('|')})`
/** Month number ("10") of an English or original-language month name. */
export const anyMonth = (name: string): string => {
  const m = ORIGINAL_MONTHS.get(name.toLowerCase())
  return m === undefined ? month(name) : pad(m)
}

/** A year of the archive's range (1800–2049). */
export const Y = '(1[89]\\d\\d|20[0-4]\\d)'
/** A Roman month numeral ("VI", "XII"). */
export const RM = '(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)'

/** How a document writes numeric dates: day first (28.11.62) or month first (10.31.1962). */
export type NumericOrder = 'dmy' | 'mdy'

/** What a date form may use besides its own words: the document's numeric order and its own date (year, month). */
export interface DateContext {
  order?: NumericOrder | undefined
  /** The document's date as W3C ("1969-06-09", "1967-11"): supplies the year of "November 27" and the month of "the 15th inst.". */
  ref?: string | undefined
  /** The string is one date as a whole (a dateline): a bare year counts without a date context. */
  whole?: boolean
}

/**
 * A value completed from the document's own date: the encoder's inference, with the category that explains it
 * (`date-context` in the header's date-analysis taxonomy), as the project's rule date-uncertain-explained asks.
 */
export const INFERRED = {cert: 'medium', resp: '#teipipe', ana: '#date-context'} as const

export const pad = (n: number | string): string => String(n).padStart(2, '0')
/** Month number ("05") of a month name. */
export const month = (name: string): string => pad(MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3))) + 1)
/** Month number ("06") of a Roman numeral. */
export const romanMonth = (r: string): string => pad(ROMAN.indexOf(r) + 1)
/** A two-digit year of the archive's century ("62" → "1962"). */
export const year = (y: string): string => (y.length === 2 ? `19${y}` : y)

/** An xs:date, or undefined for an impossible day ("31 February"). */
export function ymd(y: string, m: string | number, d: string | number): string | undefined {
  const mi = Number(m)
  const di = Number(d)
  if (mi < 1 || mi > 12 || di < 1 || di > new Date(Date.UTC(Number(y), mi, 0)).getUTCDate()) return undefined
  return `${y}-${pad(mi)}-${pad(di)}`
}

/** A day and month without a year: the document's year when it has one (cert medium), else xs:gMonthDay. */
export function dayMonth(m: string, d: string, ctx: DateContext): Attrs | undefined {
  const y = /^\d{4}/.exec(ctx.ref ?? '')?.[0]
  if (y) {
    const w = ymd(y, m, d)
    return w ? {when: w, ...INFERRED} : undefined
  }
  // 29 February is a possible month-day without a year. Without the document's year it is a date with no value:
  // xs:gMonthDay ("--11-27") is valid TEI but not an ISO date the project accepts (teipipe.sch date-iso, guide D1).
  return ymd('2000', m, d) ? {} : undefined
}

/** A month without a year: the document's year when it has one (cert medium), else a date with no value (as dayMonth). */
export function monthOnly(m: string, ctx: DateContext): Attrs {
  const y = /^\d{4}/.exec(ctx.ref ?? '')?.[0]
  return y ? {when: `${y}-${m}`, ...INFERRED} : {}
}
