/**
 * Golden files: small TEI documents of other kinds (letters, drama, verse, dictionary entries,
 * manuscript descriptions, lists, tables) and their reviewed reading-profile text. A change in the
 * output must be reviewed and the output.txt updated by hand.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {packagePath} from '../../../src/core/paths.js'
import {render, words} from './helpers.js'

const root = packagePath('tests', 'fixtures', 'transform', 'text')
const cases = readdirSync(root).filter((name) => /^[a-z]+-\d{3}$/.test(name)).sort()

describe('text edition goldens', () => {
  it('has a golden for each kind of document', () => {
    for (const kind of ['letter', 'drama', 'verse', 'entry', 'msdesc', 'list', 'table']) {
      expect(cases.some((c) => c.startsWith(`${kind}-`)), kind).toBe(true)
    }
  })

  it.each(cases)('%s', (name) => {
    const input = readFileSync(join(root, name, 'input.xml'), 'utf8')
    const expected = readFileSync(join(root, name, 'output.txt'), 'utf8')
    const {text, file} = render(input)
    expect(file.messages.filter((m) => m.severity === 'error')).toEqual([])
    expect(text).toBe(expected)
  })

  it.each(cases)('%s keeps every word of its text in the diplomatic profile', (name) => {
    const input = readFileSync(join(root, name, 'input.xml'), 'utf8')
    const body = input.slice(input.indexOf('<text>')).replace(/<[^>]+>/g, ' ')
    const wordsOf = (s: string): string[] => (s.match(/[\p{L}\p{N}]+/gu) ?? [])
    const have = wordsOf(render(input, 'diplomatic').text)
    for (const word of wordsOf(body)) expect(have, word).toContain(word)
    expect(words(render(input, 'diplomatic').text).length).toBeGreaterThan(0)
  })
})
