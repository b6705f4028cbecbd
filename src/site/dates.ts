/** W3C dates (XML Schema Part 2 date, gYearMonth, gYear, dateTime) as the site sorts and shows them. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** True for a W3C date value TEI's `att.datable.w3c` allows (year, year-month, date, date-time). */
export function isW3cDate(value: string): boolean {
  return /^-?\d{4,}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/.test(value)
}

/**
 * A W3C date in words, as the HTML edition writes it: `1969-06-09` → `9 June 1969`, `1969-06` →
 * `June 1969`; anything else is returned unchanged.
 */
export function humanDate(value: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value)
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined
  if (!match || month === undefined) return value
  return match[3] === undefined ? `${month} ${match[1]}` : `${Number(match[3])} ${month} ${match[1]}`
}

/**
 * Order two documents by date (W3C values compare as strings once the year is padded; undated last),
 * then by id. Deterministic for any input.
 */
export function compareByDate(a: {id: string; date?: string}, b: {id: string; date?: string}): number {
  const da = sortableDate(a.date)
  const db = sortableDate(b.date)
  if (da !== db) return da < db ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * A string that sorts documents by date with plain string comparison: years padded, years before 0
 * first, undated (or not a W3C value) last as `\uffff`.
 */
export function sortableDate(date: string | undefined): string {
  if (date === undefined || !isW3cDate(date)) return '\uffff'
  if (date.startsWith('-')) return `-${String(100000 - Number(date.slice(1, date.indexOf('-', 1) > 0 ? date.indexOf('-', 1) : undefined))).padStart(6, '0')}`
  return date.replace(/^(\d+)/, (y) => y.padStart(6, '0'))
}
