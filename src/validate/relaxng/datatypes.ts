/**
 * Datatypes for RELAX NG: the built-in library (`string`, `token`; RELAX NG §6.2.10) and XML Schema
 * Part 2 datatypes (https://www.w3.org/TR/xmlschema-2/) with the facets RELAX NG schemas use as
 * `<param>`: pattern, length/minLength/maxLength, min/max Inclusive/Exclusive, totalDigits, fractionDigits.
 */
import {xsdRegex} from './xsd-regex.js'

/** Why a string failed a datatype (collected to say what was expected). */
export type DataFailure =
  | {kind: 'value'; value: string}
  | {kind: 'data'; datatype: string; detail: string}
  | {kind: 'except'; datatype: string}

/** A datatype with its parameters applied. */
export interface Datatype {
  /** Local name, e.g. `token`, `date`. */
  name: string
  /** undefined when the string is a valid lexical value; otherwise why not (plain words). */
  check(s: string): string | undefined
  /** Are two lexical values the same value? (for `<value>`). */
  equal(a: string, b: string): boolean
  /** The whitespace-normalised form, as written in messages. */
  normalize(s: string): string
  /** `ID`, `IDREF`, `IDREFS` for ID checking (RELAX NG DTD Compatibility §4), else undefined. */
  idType?: 'ID' | 'IDREF' | 'IDREFS'
}

/** A datatype library or a datatype was not recognised (a schema error). */
export class DatatypeError extends Error {
  override name = 'DatatypeError'
}

export const XSD_LIBRARY = 'http://www.w3.org/2001/XMLSchema-datatypes'

/** XML Schema whiteSpace="collapse"; most values need no change, so check before replacing. */
const collapse = (s: string) => (/[\t\n\r]|  |^ | $/.test(s) ? s.replace(/[ \t\n\r]+/g, ' ').replace(/^ | $/g, '') : s)
const replaceWs = (s: string) => s.replace(/[\t\n\r]/g, ' ')

const NAME_START = 'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}'
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`
const NCNAME = `[${NAME_START}][${NAME_CHAR}]*`
const TZ = '(Z|[+-](?:(?:0\\d|1[0-3]):[0-5]\\d|14:00))?'
const YEAR = '-?(?:[1-9]\\d{3,}|0\\d{3})'
const MD = '(\\d{2})-(\\d{2})'
const TIME = '(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?|24:00:00(?:\\.0+)?)'

interface Base {
  ws: 'preserve' | 'replace' | 'collapse'
  lexical?: RegExp
  /** Extra value-space check, after the lexical one: undefined when valid, else why not (plain words). */
  valid?: (s: string) => string | undefined
  numeric?: boolean
  /** Bounds of derived integer types. */
  min?: bigint
  max?: bigint
  list?: boolean
  idType?: 'ID' | 'IDREF' | 'IDREFS'
  say: string
}

const anchored = (re: string) => new RegExp(`^(?:${re})$`, 'u')
const INTEGER = anchored('[+-]?\\d+')
const DECIMAL = anchored('[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)')
const FLOAT = anchored('[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?|INF|-INF|NaN')

/**
 * Why a date written in the right form is no day of the calendar (XML Schema Part 2 §3.2.9: the day must
 * exist in its month, February 29 only in leap years of the proleptic Gregorian calendar, and there is no
 * year 0000), or undefined when it is one. The words begin with {@link NO_SUCH_DAY}.
 */
function calendarProblem(year: string, month: string, day: string): string | undefined {
  const y = Number(year)
  const m = Number(month)
  const d = Number(day)
  if (/^-?0+$/.test(year)) return `${NO_SUCH_DAY} (there is no year 0000; 1 BC is -0001)`
  if (m < 1 || m > 12) return `${NO_SUCH_DAY} (there is no month ${month}; months are 01 to 12)`
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 31
  if (d < 1) return `${NO_SUCH_DAY} (there is no day 00)`
  if (d > days) return `${NO_SUCH_DAY} (${MONTHS[m - 1]}${/^\d{4}$/.test(year) ? ` ${year}` : ''} has ${days} days)`
  return undefined
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/**
 * The start of every datatype problem that is a date of the right form naming a day that does not exist
 * (1962-04-31): such a value is a slip of the calendar, not of the form, so messages say only that.
 */
export const NO_SUCH_DAY = 'names a day that does not exist'

const int = (say: string, min?: bigint, max?: bigint): Base => ({ws: 'collapse', lexical: INTEGER, numeric: true, say, ...(min !== undefined ? {min} : {}), ...(max !== undefined ? {max} : {})})

const XSD: Record<string, Base> = {
  string: {ws: 'preserve', say: 'a string'},
  normalizedString: {ws: 'replace', say: 'a string'},
  token: {ws: 'collapse', say: 'a token'},
  language: {ws: 'collapse', lexical: anchored('[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*'), say: 'a language tag such as "en" or "de-AT"'},
  Name: {ws: 'collapse', lexical: anchored(`[${NAME_START}:][${NAME_CHAR}:]*`), say: 'an XML name'},
  NCName: {ws: 'collapse', lexical: anchored(NCNAME), say: 'an XML name without a colon'},
  NMTOKEN: {ws: 'collapse', lexical: anchored(`[${NAME_CHAR}:]+`), say: 'a name token (letters, digits, ".", "-", "_", ":")'},
  NMTOKENS: {ws: 'collapse', lexical: anchored(`[${NAME_CHAR}:]+(?: [${NAME_CHAR}:]+)*`), say: 'a list of name tokens', list: true},
  ID: {ws: 'collapse', lexical: anchored(NCNAME), idType: 'ID', say: 'an identifier (an XML name without a colon, not starting with a digit)'},
  IDREF: {ws: 'collapse', lexical: anchored(NCNAME), idType: 'IDREF', say: 'a reference to an identifier'},
  IDREFS: {ws: 'collapse', lexical: anchored(`${NCNAME}(?: ${NCNAME})*`), idType: 'IDREFS', say: 'references to identifiers', list: true},
  ENTITY: {ws: 'collapse', lexical: anchored(NCNAME), say: 'an entity name'},
  ENTITIES: {ws: 'collapse', lexical: anchored(`${NCNAME}(?: ${NCNAME})*`), say: 'entity names', list: true},
  QName: {ws: 'collapse', lexical: anchored(`(?:${NCNAME}:)?${NCNAME}`), say: 'a qualified name'},
  NOTATION: {ws: 'collapse', lexical: anchored(`(?:${NCNAME}:)?${NCNAME}`), say: 'a notation name'},
  anyURI: {ws: 'collapse', valid: (s) => (validUri(s) ? undefined : 'must be a URI'), say: 'a URI'},
  boolean: {ws: 'collapse', lexical: anchored('true|false|1|0'), say: 'true or false'},
  decimal: {ws: 'collapse', lexical: DECIMAL, numeric: true, say: 'a decimal number'},
  float: {ws: 'collapse', lexical: FLOAT, numeric: true, say: 'a number'},
  double: {ws: 'collapse', lexical: FLOAT, numeric: true, say: 'a number'},
  integer: int('a whole number'),
  nonNegativeInteger: int('a whole number of 0 or more', 0n),
  positiveInteger: int('a whole number of 1 or more', 1n),
  nonPositiveInteger: int('a whole number of 0 or less', undefined, 0n),
  negativeInteger: int('a whole number below 0', undefined, -1n),
  long: int('a whole number', -(2n ** 63n), 2n ** 63n - 1n),
  int: int('a whole number', -(2n ** 31n), 2n ** 31n - 1n),
  short: int('a whole number', -32768n, 32767n),
  byte: int('a whole number', -128n, 127n),
  unsignedLong: int('a whole number of 0 or more', 0n, 2n ** 64n - 1n),
  unsignedInt: int('a whole number of 0 or more', 0n, 2n ** 32n - 1n),
  unsignedShort: int('a whole number of 0 or more', 0n, 65535n),
  unsignedByte: int('a whole number of 0 or more', 0n, 255n),
  date: {ws: 'collapse', lexical: anchored(`(${YEAR})-${MD}${TZ}`), valid: (s) => dateParts(s, new RegExp(`^(${YEAR})-${MD}`, 'u')), say: 'a date written YYYY-MM-DD'},
  dateTime: {ws: 'collapse', lexical: anchored(`(${YEAR})-${MD}T${TIME}${TZ}`), valid: (s) => dateParts(s, new RegExp(`^(${YEAR})-${MD}`, 'u')), say: 'a date and time written YYYY-MM-DDThh:mm:ss'},
  time: {ws: 'collapse', lexical: anchored(`${TIME}${TZ}`), say: 'a time written hh:mm:ss'},
  gYear: {ws: 'collapse', lexical: anchored(`${YEAR}${TZ}`), valid: (s) => (/^-?0+(?:Z|[+-]|$)/.test(s) ? `${NO_SUCH_DAY} (there is no year 0000; 1 BC is -0001)` : undefined), say: 'a year written YYYY'},
  gYearMonth: {ws: 'collapse', lexical: anchored(`${YEAR}-(?:0[1-9]|1[0-2])${TZ}`), valid: (s) => (/^-?0+-/.test(s) ? `${NO_SUCH_DAY} (there is no year 0000; 1 BC is -0001)` : undefined), say: 'a year and month written YYYY-MM'},
  gMonth: {ws: 'collapse', lexical: anchored(`--(?:0[1-9]|1[0-2])${TZ}`), say: 'a month written --MM'},
  gDay: {ws: 'collapse', lexical: anchored(`---(?:0[1-9]|[12]\\d|3[01])${TZ}`), say: 'a day written ---DD'},
  gMonthDay: {ws: 'collapse', lexical: anchored(`--${MD}${TZ}`), valid: (s) => dateParts(`2000-${s.slice(2)}`, /^(2000)-(\d{2})-(\d{2})/u)?.replace(' 2000 has', ' has'), say: 'a month and day written --MM-DD'},
  duration: {ws: 'collapse', lexical: anchored('-?P(?=\\d|T\\d)(?:\\d+Y)?(?:\\d+M)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d+)?S)?)?'), say: 'a duration such as P3D or PT2H'},
  hexBinary: {ws: 'collapse', lexical: anchored('(?:[0-9a-fA-F]{2})*'), say: 'hexadecimal bytes'},
  base64Binary: {ws: 'collapse', lexical: anchored('[A-Za-z0-9+/= ]*'), say: 'base64 data'}
}

function dateParts(s: string, re: RegExp): string | undefined {
  const m = re.exec(s)
  return m ? calendarProblem(m[1] ?? '', m[2] ?? '', m[3] ?? '') : `${NO_SUCH_DAY}`
}

/** Jing's lenient anyURI check: no characters URIs cannot carry even escaped, and %-escapes well formed. */
function validUri(s: string): boolean {
  return !/%(?![0-9A-Fa-f]{2})/.test(s) && !/[\u0000-\u001F\u007F]/.test(s) && (s.match(/#/g)?.length ?? 0) <= 1
}

const BUILTIN: Record<string, Base> = {
  string: {ws: 'preserve', say: 'a string'},
  token: {ws: 'collapse', say: 'a token'}
}

/** Build a datatype from its library, name and `<param>`s; throws {@link DatatypeError} when unknown. */
export function makeDatatype(library: string, name: string, params: readonly {name: string; value: string}[]): Datatype {
  const base = library === '' ? BUILTIN[name] : library === XSD_LIBRARY ? XSD[name] : undefined
  if (library !== '' && library !== XSD_LIBRARY) throw new DatatypeError(`the datatype library ${library} is not supported (only XML Schema datatypes and RELAX NG's built-in ones)`)
  if (!base) throw new DatatypeError(`there is no datatype "${name}" in ${library === '' ? "RELAX NG's built-in library (string, token)" : 'XML Schema'}`)
  if (library === '' && params.length > 0) throw new DatatypeError('built-in datatypes take no parameters')
  const norm = base.ws === 'preserve' ? (s: string) => s : base.ws === 'replace' ? replaceWs : collapse
  const checks: ((v: string) => string | undefined)[] = []
  for (const param of params) checks.push(facet(param.name, param.value, base, name))
  const check = (s: string): string | undefined => {
    const v = norm(s)
    if (base.lexical && !base.lexical.test(v)) return `must be ${base.say}`
    const problem = base.valid?.(v)
    if (problem !== undefined) return problem
    if (base.min !== undefined || base.max !== undefined) {
      const n = BigInt(v.replace(/^\+/, ''))
      if ((base.min !== undefined && n < base.min) || (base.max !== undefined && n > base.max)) return `must be ${base.say}`
    }
    for (const c of checks) {
      const problem = c(v)
      if (problem) return problem
    }
    return undefined
  }
  const equal = (a: string, b: string): boolean => {
    if (check(b) !== undefined) return false
    const x = norm(a)
    const y = norm(b)
    if (base.numeric) return Number(x) === Number(y)
    if (name === 'boolean') return (x === 'true' || x === '1') === (y === 'true' || y === '1')
    return x === y
  }
  return {name, check, equal, normalize: norm, ...(base.idType ? {idType: base.idType} : {})}
}

/** Plain words for patterns common in TEI schemas (teidata.word, teidata.text, teidata.probCert …). */
const PATTERN_WORDS: Record<string, string> = {
  '\\S+': 'one word, without spaces',
  '[^\\p{C}\\p{Z}]+': 'one word, without spaces or control characters',
  '(\\-?[\\d]+/\\-?[\\d]+)': 'a ratio written like 3/4',
  '[\\d]+(\\.[\\d]+){0,2}': 'a version number such as 1.2.3'
}

function facet(param: string, value: string, base: Base, name: string): (v: string) => string | undefined {
  const length = (v: string) => (base.list ? v.split(' ').filter(Boolean).length : [...v].length)
  switch (param) {
    case 'pattern': {
      const re = xsdRegex(value)
      // The patterns TEI uses most, in words; others are quoted.
      const words = PATTERN_WORDS[value]
      return (v) => (re.test(v) ? undefined : v === '' ? 'must not be empty' : words ? `must be ${words}` : `must match the pattern ${value}`)
    }
    case 'length':
      return (v) => (length(v) === Number(value) ? undefined : `must be exactly ${value} characters long`)
    case 'minLength':
      return (v) => (length(v) >= Number(value) ? undefined : `must be at least ${value} characters long`)
    case 'maxLength':
      return (v) => (length(v) <= Number(value) ? undefined : `must be at most ${value} characters long`)
    case 'minInclusive':
      return (v) => (Number(v) >= Number(value) ? undefined : `must be ${value} or more`)
    case 'maxInclusive':
      return (v) => (Number(v) <= Number(value) ? undefined : `must be ${value} or less`)
    case 'minExclusive':
      return (v) => (Number(v) > Number(value) ? undefined : `must be more than ${value}`)
    case 'maxExclusive':
      return (v) => (Number(v) < Number(value) ? undefined : `must be less than ${value}`)
    case 'totalDigits':
      return (v) => (v.replace(/^[+-]/, '').replace(/\.?0*$/, '').replace(/^0+/, '').replace('.', '').length <= Number(value) ? undefined : `must have at most ${value} digits`)
    case 'fractionDigits':
      return (v) => ((/\.(\d*?)0*$/.exec(v)?.[1] ?? '').length <= Number(value) ? undefined : `must have at most ${value} digits after the decimal point`)
    default:
      throw new DatatypeError(`the parameter "${param}" is not supported for the datatype ${name}`)
  }
}
