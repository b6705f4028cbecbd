import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {ambiguousNumericDates, findDates, normaliseDate, numericOrder} from '../../../src/encode/dates.js'
import {FORMS} from '../../../src/encode/dates/forms.js'

interface Table {ref: string; forms: Record<string, {accept: [string, string, Record<string, string>][]; reject: string[]}>}
const table = JSON.parse(readFileSync(new URL('./forms.json', import.meta.url), 'utf8')) as Table

describe('date forms (accept/reject table per form)', () => {
  it('has accept and reject examples for every form, and no examples for a form that does not exist', () => {
    expect(Object.keys(table.forms).sort()).toEqual(FORMS.map((f) => f.name).sort())
    for (const [name, f] of Object.entries(table.forms)) expect(f.accept.length * f.reject.length, name).toBeGreaterThan(0)
  })

  for (const [name, f] of Object.entries(table.forms)) {
    for (const [text, printed, attrs] of f.accept) {
      it(`${name} reads "${printed}" in "${text}"`, () => {
        const got = findDates(text, {ref: table.ref}).filter((d) => d.form === name).map((d) => [text.slice(d.start, d.end), d.attrs])
        expect(got).toEqual([[printed, attrs]])
      })
    }
    for (const text of f.reject) {
      it(`${name} finds no date in "${text}"`, () => {
        expect(findDates(text, {ref: table.ref}).filter((d) => d.form === name)).toEqual([])
      })
    }
  }
})

describe('dates without the document\'s date', () => {
  it('keeps a month and day without a year as a date with no value (the project accepts ISO dates only), and never guesses a month for "May"', () => {
    expect(findDates('on November 27 he left').map((d) => d.attrs)).toEqual([{}])
    expect(findDates('in May the rain').map((d) => d.attrs)).toEqual([])
  })

  it('takes a bare year as a date when it is the whole string (a dateline)', () => {
    expect(normaliseDate('1962')).toEqual({when: '1962'})
    expect(findDates('1962')).toEqual([])
  })
})

describe('the order of numeric dates, settled by the document', () => {
  it('takes the order its unambiguous dates show, else the one in which a date is the document\'s own date', () => {
    expect(numericOrder('Arrived 25.10.1956; sent 3.4.1956.')).toBe('dmy')
    expect(numericOrder('Cable of 9.2.1965, answer by 10.2.1965.', '1965-02-09')).toBe('dmy')
    expect(numericOrder('Cable of 9.2.1965, answer by 10.2.1965.', '1965-09-02')).toBe('mdy')
    expect(numericOrder('Cable of 9.2.1965, answer by 10.2.1965.', '1965-03-01')).toBeUndefined()
    expect(numericOrder('Cable of 9.2.1965, answer by 10.2.1965.')).toBeUndefined()
    // Unambiguous evidence wins over the document's date.
    expect(numericOrder('On 10.25.1965 and 9.2.1965.', '1965-02-09')).toBe('mdy')
  })

  it('warns about dotted and slashed dates nothing decides, and not about the document\'s own date', () => {
    expect(ambiguousNumericDates('On 3.12.62 and 3/12/62 and 12/3/1962.', undefined)).toEqual(['3.12.62', '3/12/62', '12/3/1962'])
    expect(ambiguousNumericDates('On 3.12.62 and 3/12/62.', 'dmy')).toEqual(['3/12/62'])
    expect(ambiguousNumericDates('On 3.12.62 and 12/3/62.', undefined, '1962-12-03')).toEqual([])
    expect(findDates('On 3/12/62 the talks began.', {ref: '1962-12-03'}).map((d) => d.attrs)).toEqual([{when: '1962-12-03'}])
    expect(findDates('On 3/12/62 the talks began.', {ref: '1962-03-12'}).map((d) => d.attrs)).toEqual([{when: '1962-03-12'}])
  })
})
