/**
 * The handed cases (../shared/cases/encode, copied to tests/fixtures/encode/cases): each one's right behaviour.
 * Every output must also pass teipipe's own validation (schema and Schematron), as the encode command requires.
 */
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {TeiFile} from '../../src/core/file.js'
import {packagePath} from '../../src/core/paths.js'
import {validateFiles} from '../../src/validate/index.js'
import {byName, encodePath, parseTree, text} from './helpers.js'

const encodeCase = (name: string): TeiFile => encodePath(packagePath(join('tests', 'fixtures', 'encode', 'cases', `${name}.txt`)))
const body = (f: TeiFile): string => (f.tei ?? '').slice((f.tei ?? '').indexOf('<text>'))

/** Errors teipipe's validation finds in the encoded TEI. */
async function validationErrors(f: TeiFile): Promise<string[]> {
  const copy = encodePath(f.path)
  copy.messages.splice(0)
  copy.source = copy.tei ?? ''
  await validateFiles([copy])
  return copy.messages.filter((m) => m.severity === 'error').map((m) => `${m.ruleId}: ${m.reason}`)
}

describe('handed case: brackets of every kind (archive-conventions.md §2)', () => {
  it('gives each bracket its own TEI, not supplied', () => {
    const f = encodeCase('brackets-of-every-kind')
    const xml = body(f)
    expect(xml).toContain('The delegation <gap reason="illegible" resp="#tr"><desc>illegible</desc></gap> arrived')
    expect(xml).toContain('<gap reason="illegible" resp="#tr"><desc>illegible name</desc></gap>.')
    expect(xml).toContain('the <unclear cert="low" resp="#tr"><persName ref="#pers-kovalev">Kovalev</persName></unclear> proposal')
    expect(xml).toContain('agreed <gap reason="lost" resp="#tr"><desc>text missing</desc></gap> but')
    expect(xml).toContain('present <sic resp="#tr">form</sic>”')
    // Only the completion "[not]" is a supplied word.
    expect(byName(parseTree(f.tei ?? ''), 'supplied').map(text)).toEqual(['not'])
    expect(xml).toContain('<note type="translator" place="inline" resp="#tr" xml:id="tn-01">two words in the last line of the page are illegible.</note>')
    expect(xml).toContain('<salute>With comradely greetings,</salute><signed xml:id="sig-1"><gap reason="signature" resp="#tr"><desc>signature</desc></gap> (<persName ref="#pers-a-example">A. Example</persName>)</signed>')
    expect(f.messages.filter((m) => m.severity === 'error')).toEqual([])
  })

  it('passes teipipe validation', async () => {
    expect(await validationErrors(encodeCase('brackets-of-every-kind'))).toEqual([])
  })
})

describe('handed case: control characters', () => {
  it('never copies a character XML forbids: a gap stands in its place, with a warning at its line and column', () => {
    const f = encodeCase('control-characters')
    expect(f.tei).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
    expect(() => parseTree(f.tei ?? '')).not.toThrow()
    expect(body(f)).toContain('Hello<gap reason="control-character" resp="#ed"/>world.')
    expect(f.messages).toContainEqual(expect.objectContaining({ruleId: 'encode-control-character', severity: 'warning', place: {start: {line: 1, column: 6}}}))
  })

  it('passes teipipe validation', async () => {
    expect(await validationErrors(encodeCase('control-characters'))).toEqual([])
  })
})

describe('handed case: repeated heading numbers', () => {
  it('keeps every xml:id unique', () => {
    const f = encodeCase('repeated-heading-numbers')
    const ids = (f.tei ?? '').match(/xml:id="[^"]+"/g) ?? []
    expect(ids.length).toBeGreaterThan(50)
    expect(new Set(ids).size).toBe(ids.length)
    expect(f.tei).toContain('<div type="section" n="2" xml:id="sec-2">')
    expect(f.tei).toContain('<div type="section" n="2" xml:id="sec-2-2">')
  })

  it('passes teipipe validation', async () => {
    expect(await validationErrors(encodeCase('repeated-heading-numbers'))).toEqual([])
  })
})
