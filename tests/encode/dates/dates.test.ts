import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {findDates, normaliseDate} from '../../../src/encode/dates.js'
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
