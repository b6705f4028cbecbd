/**
 * The date forms of the archive (archive-conventions.md §4), one row each, in priority order: longer, more specific
 * forms first; a later form never overlaps an earlier match. Each row's accept/reject examples are in
 * tests/encode/dates/forms.json (keyed by `name`), so adding a form touches this table and that file.
 */
import type {Attrs} from '../serialize.js'
import {anyMonth, dayMonth, INFERRED, M, month, monthOnly, OM, pad, RM, romanMonth, Y, year, ymd, type DateContext} from './parts.js'

/** An English month name or one of an original language ("október", "Oktober", "września"). */
const AM = `(?:${M.slice(1, -1)}|${OM.slice(1, -1)})`

/** One date form: its pattern (global) and how a match becomes W3C attributes (undefined: not a date after all). */
export interface DateForm {
  name: string
  pattern: RegExp
  normalise: (m: RegExpExecArray, ctx: DateContext, text: string) => Attrs | undefined
}

const NUMERIC = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![.]?\d)/g
/** Words after which a bare year is a time ("in 1957", "since 1950", "the end of 1962", "1958 and 1964"). */
const YEAR_CONTEXT = /(?:\b(?:in|In|since|Since|until|till|by|from|From|to|after|After|before|Before|during|During|of|between|Between|and|or|than|around|about|circa|early|late|mid|year|years|spring|summer|autumn|fall|winter|beginning|end|middle|half|quarter|target|Year)|[-–(])[\s\u00a0]*$/
/** A word after a number that makes it a quantity, not a year ("1955 tons"). */
const QUANTITY_AFTER = /^[\s\u00a0]+(?:tons?|tonnes?|people|persons|men|copies|km|kilometres|kilometers|metres|meters|miles|dollars|roubles|rubles|yuan|yen|marks|pounds|units|pieces|head|hectares|acres|troops|soldiers|workers|votes|million|billion|thousand)\b/

/** "Berlin, den 10.11.1982": the German dateline's article before a date, which German writes day first. */
const GERMAN_DATELINE = /\bden[ \u00a0]+$/

/** "20/11/67", "11/20/1967", "3/12/62": day, month and year with slashes, in either order (never after a letter or a slash: "PR/11/57"). */
export const NUMERIC_SLASH = /(?<![\p{L}\d./-])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![/-]?\d)/gu

/**
 * Numeric day.month.year (or with slashes): normalised when a part above 12 decides, when the date is the document's
 * own date in one reading only, or when the document's own order does.
 */
function numeric(m: RegExpExecArray, ctx: DateContext, text: string): Attrs | undefined {
  const a = Number(m[1]); const b = Number(m[2])
  const y = year(m[3] ?? '')
  const own = ctx.ref && ymd(y, b, a) === ctx.ref ? true : ctx.ref && ymd(y, a, b) === ctx.ref ? false : undefined
  const dmy = a === b || (a > 12 && b <= 12) ? true : b > 12 && a <= 12 ? false : own !== undefined ? own : GERMAN_DATELINE.test(text.slice(0, m.index)) ? true : ctx.order === undefined ? undefined : ctx.order === 'dmy'
  if (dmy === undefined) return undefined
  const w = dmy ? ymd(y, b, a) : ymd(y, a, b)
  return w ? {when: w} : undefined
}

const when = (w: string | undefined): Attrs | undefined => (w ? {when: w} : undefined)

export const FORMS: DateForm[] = [
  // "1953-03-05": an ISO date as printed.
  {name: 'iso-date', pattern: new RegExp(`(?<![\\d/.-])${Y}-(\\d\\d)-(\\d\\d)(?![\\d-])`, 'g'), normalise: (m) => when(ymd(m[1] ?? '', m[2] ?? '', m[3] ?? ''))},
  {name: 'day-range-month-year', pattern: new RegExp(`\\b(\\d{1,2})\\.?\\s?[-–/]\\s?(\\d{1,2})\\.? ${M} ${Y}\\b`, 'g'), normalise: (m) => {
    const from = ymd(m[4] ?? '', month(m[3] ?? ''), m[1] ?? '')
    const to = ymd(m[4] ?? '', month(m[3] ?? ''), m[2] ?? '')
    return from && to ? {from, to} : undefined
  }},
  // "1980 October 31" (the Hungarian and Chinese order).
  {name: 'year-month-day', pattern: new RegExp(`\\b${Y},? ${M} (\\d{1,2})(?:st|nd|rd|th)?\\b(?![.:]?\\d)`, 'g'), normalise: (m) => when(ymd(m[1] ?? '', month(m[2] ?? ''), m[3] ?? ''))},
  // "1956. október 23.", "1968. augusztus 20.", "1956. X. 23.", "1956. 10. 23.": the Hungarian order, a full stop
  // after the year and after the day (an ordinal: part of the date); the month a name, a Roman or an Arabic numeral.
  {name: 'year-dot-month-day', pattern: new RegExp(`(?<![\\d.])${Y}\\. ?(?:(${AM})|${RM}\\.|(\\d{1,2})\\.) ?(\\d{1,2})\\.(?!\\d)`, 'g'), normalise: (m) => {
    const mo = m[2] ? anyMonth(m[2]) : m[3] ? romanMonth(m[3]) : m[4] ?? ''
    return when(ymd(m[1] ?? '', mo, m[5] ?? ''))
  }},
  // "9 June 1969", "1st April, 1949", "“15” October 1956", "9 February1968".
  // "the 3rd of March 1953" too.
  // "23. Oktober 1956", "5. November 1956", "5 września 1958": the German, Czech and Polish forms (the day an ordinal
  // with a full stop, the month in the original language or translated).
  {name: 'day-month-year', pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?[”"]? (?:of )?(${AM}),?[ \\u00a0]{0,3}${Y}\\b`, 'g'), normalise: (m) => when(ymd(m[3] ?? '', anyMonth(m[2] ?? ''), m[1] ?? ''))},
  {name: 'month-day-year', pattern: new RegExp(`\\b${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${Y}\\b`, 'g'), normalise: (m) => when(ymd(m[3] ?? '', month(m[1] ?? ''), m[2] ?? ''))},
  {name: 'month-parenthesised-year', pattern: new RegExp(`\\b${M} \\(${Y}\\)`, 'g'), normalise: (m) => ({when: `${m[2]}-${month(m[1] ?? '')}`})},
  // "June / July 1997": a span of two months of one year.
  {name: 'month-span-year', pattern: new RegExp(`\\b${M} ?[/–-] ?${M},? ${Y}\\b`, 'g'), normalise: (m) => {
    const from = `${m[3]}-${month(m[1] ?? '')}`; const to = `${m[3]}-${month(m[2] ?? '')}`
    return from < to ? {from, to} : undefined
  }},
  {name: 'month-year', pattern: new RegExp(`\\b${M},? ${Y}\\b`, 'g'), normalise: (m) => ({when: `${m[2]}-${month(m[1] ?? '')}`})},
  // "16.XII.1947", "9.VI.69": the month in Roman numerals.
  // "28/IX/62", "28-IX-1962": the same with slashes or hyphens (Brazilian, Polish and Yugoslav telegrams).
  {name: 'roman-month', pattern: new RegExp(`(?<![\\d.])(\\d{1,2})(?:\\.? ?|/|-)${RM}(?:\\.? ?|/|-)(\\d{4}|\\d{2})\\b`, 'g'), normalise: (m) => when(ymd(year(m[3] ?? ''), romanMonth(m[2] ?? ''), m[1] ?? ''))},
  // "3.IX.", "on 21.VIII. the delegation": day and Roman month with their full stops, the year the document's.
  {name: 'roman-day-month', pattern: new RegExp(`(?<=\\b(?:[Oo]n|[Oo]f|[Ff]rom|[Uu]ntil|[Ss]ince|till|to|by|dated|[Bb]efore|[Aa]fter)[ \\u00a0])(\\d{1,2})\\.${RM}\\.(?![\\d\\p{L}]| ?\\d)`, 'gu'), normalise: (m, ctx) => dayMonth(romanMonth(m[2] ?? ''), m[1] ?? '', ctx)},
  // "13/5-50" (day/month-year of Soviet signatures and datelines).
  {name: 'slash-dash', pattern: /(?<![\d/.])(\d{1,2})\/(\d{1,2})-(\d{2})(?![\d/-])/g, normalise: (m) => when(ymd(year(m[3] ?? ''), m[2] ?? '', m[1] ?? ''))},
  {name: 'between-years', pattern: new RegExp(`\\b[Bb]etween ${Y} and ${Y}\\b`, 'g'), normalise: (m) => ((m[1] ?? '') <= (m[2] ?? '') ? {from: m[1], to: m[2]} : undefined)},
  {name: 'by-end-of-year', pattern: new RegExp(`\\b[Bb]y the end of ${Y}\\b`, 'g'), normalise: (m) => ({notAfter: `${m[1]}-12-31`})},
  {name: 'year-range', pattern: new RegExp(`(?<![\\d/.])${Y}\\s?[-–]\\s?${Y}(?![\\d/])`, 'g'), normalise: (m) => ((m[1] ?? '') <= (m[2] ?? '') ? {from: m[1], to: m[2]} : undefined)},
  // "2001/2002", "1998/99": a span of two consecutive years.
  {name: 'year-slash-year', pattern: new RegExp(`(?<![\\d/.])${Y}/(\\d{4}|\\d{2})(?![\\d/])`, 'g'), normalise: (m) => {
    const a = m[1] ?? ''
    const b = (m[2] ?? '').length === 2 ? `${a.slice(0, 2)}${m[2]}` : m[2] ?? ''
    return Number(b) === Number(a) + 1 ? {from: a, to: b} : undefined
  }},
  {name: 'numeric', pattern: NUMERIC, normalise: numeric},
  {name: 'numeric-slash', pattern: NUMERIC_SLASH, normalise: (m, ctx, text) => numeric(m, {...ctx, order: undefined}, text)},
  // "November 27", "December 4th" and "31 October", "9th March": the year is the document's.
  {name: 'month-day', pattern: new RegExp(`\\b${M} (\\d{1,2})(?:st|nd|rd|th)?\\b(?![.:,]?\\d)`, 'g'), normalise: (m, ctx) => dayMonth(month(m[1] ?? ''), m[2] ?? '', ctx)},
  // "on 7 and 8 February", "7, 8 and 9 May 1965", "the 3rd or 4th of March": a day that shares the month (and year)
  // printed after the last day of the series; the last day is a date of its own (day-month, day-month-year).
  {name: 'day-of-series', pattern: new RegExp(`(?<![\\d.,/-])(\\d{1,2})(?:st|nd|rd|th)?(?=(?:, ?\\d{1,2}(?:st|nd|rd|th)?)*,? (?:and|or|&) \\d{1,2}(?:st|nd|rd|th)? (?:of )?${M}(?:,? ${Y})?\\b)`, 'g'), normalise: (m, ctx, text) => {
    const rest = new RegExp(`^(?:, ?\\d{1,2}(?:st|nd|rd|th)?)*,? (?:and|or|&) \\d{1,2}(?:st|nd|rd|th)? (?:of )?${M}(?:,? ${Y})?`).exec(text.slice(m.index + m[0].length))
    if (!rest?.[1]) return undefined
    return rest[2] ? when(ymd(rest[2], month(rest[1]), m[1] ?? '')) : dayMonth(month(rest[1]), m[1] ?? '', ctx)
  }},
  {name: 'day-month', pattern: new RegExp(`(?<![\\d.,])(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${M}\\b(?!,? \\d)`, 'g'), normalise: (m, ctx) => dayMonth(month(m[2] ?? ''), m[1] ?? '', ctx)},
  // "319 – FRIDAY – 17hs45": a weekday standing as a field of a telegram's number line is the document's own day, when
  // the page's date falls on that weekday (otherwise it stays text: the day is not certain).
  {name: 'weekday-field', pattern: /(?<=(?:^|\n|[–—-])[ \u00a0]?)(MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=[ \u00a0]?[–—-][ \u00a0])/g, normalise: (m, ctx) => {
    const ref = /^\d{4}-\d\d-\d\d$/.exec(ctx.ref ?? '')?.[0]
    if (!ref) return undefined
    const days = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
    return days[new Date(`${ref}T00:00:00Z`).getUTCDay()] === (m[1] ?? '').toLowerCase() ? {when: ref, ...INFERRED} : undefined
  }},
  // "the 15th inst." (this month), "the 3rd ult." (last month): day of the document's month.
  {name: 'instant', pattern: /\bthe (\d{1,2})(?:st|nd|rd|th)? (inst|ult)(?:\.|\b)(?!\p{L})/gu, normalise: (m, ctx) => {
    const ym = /^(\d{4})-(\d\d)/.exec(ctx.ref ?? '')
    if (!ym) return undefined
    let y = Number(ym[1]); let mo = Number(ym[2])
    if (m[2] === 'ult') [y, mo] = mo === 1 ? [y - 1, 12] : [y, mo - 1]
    const w = ymd(String(y), mo, m[1] ?? '')
    return w ? {when: w, ...INFERRED} : undefined
  }},
  // "September this year", "December last year": the document's year, or the one before or after it.
  {name: 'month-relative-year', pattern: new RegExp(`\\b${M} (this|last|next) year\\b`, 'g'), normalise: (m, ctx) => {
    const y = /^\d{4}/.exec(ctx.ref ?? '')?.[0]
    if (!y) return undefined
    const shift = m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0
    return {when: `${Number(y) + shift}-${month(m[1] ?? '')}`, ...INFERRED}
  }},
  // "in November", "since September", "the end of June": a month in a date context, of the document's year.
  {name: 'month-in-context', pattern: new RegExp(`(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|till|by|[Ff]rom|during|of|early|late|mid-|[Ee]nd of|[Bb]eginning of|[Mm]iddle of|[Nn]ext|[Ll]ast)[ \\u00a0])${M}\\b(?![ \\u00a0](?:\\d|last|next|this))`, 'g'), normalise: (m, ctx) => (m[1] === 'May' || m[1] === 'MAY') && !ctx.ref ? undefined : monthOnly(month(m[1] ?? ''), ctx)},
  // A bare year only where the words before it make it a time ("in 1957", "the 1960 Conference"), never "1955 tons".
  {name: 'year', pattern: new RegExp(`(?<![\\d/.,–-])${Y}(?![\\d/]|[-–]\\d)`, 'g'), normalise: (m, ctx, text) => {
    if (ctx.whole) return {when: m[1]}
    const before = text.slice(Math.max(0, m.index - 24), m.index)
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24)
    if (QUANTITY_AFTER.test(after)) return undefined
    const attributive = /\b[Tt]he[\s\u00a0]$/.test(before) && /^[\s\u00a0]+(?:\p{Lu}|and [12]\d{3}\b)/u.test(after)
    return YEAR_CONTEXT.test(before) || attributive ? {when: m[1]} : undefined
  }}
]

export {NUMERIC, pad}
