/**
 * Sidecar corrections (src/encode/edits.ts, inline.ts): a correction meets the encoder's own markup ("Cde.", a
 * translator's "[sic]") without nesting; a misspelt section and an ambiguous "find" are errors, not silent.
 */
import {describe, expect, it} from 'vitest'
import {TeiFile} from '../../src/core/file.js'
import {checkEdits, EditsError, type EditsFile} from '../../src/encode/edits.js'
import {encodeFile} from '../../src/encode/index.js'

/** A minimal archive page around body blocks. */
function page(lines: string[]): string {
  return ['Skip to content', 'June 1, 1960', 'A Test Page', ...lines, 'A summary of the document.', 'Document Information', 'Source', 'Invented archive, fond 1.'].join('\n\n')
}

function encode(lines: string[], edits: EditsFile): TeiFile {
  const file = new TeiFile('doc.txt', page(lines))
  encodeFile(file, {edits: checkEdits(edits, 'doc.edits.json')})
  return file
}

const rules = (f: TeiFile): string[] => f.messages.map((m) => m.ruleId ?? '')

describe('sidecar corrections', () => {
  it('a correction of "Cde." reads the printed abbreviation, without the encoder\'s expansion inside its sic', () => {
    const f = encode(['The report went to Cde. Rapacki.'], {corrections: [{find: 'Cde.', corr: 'Comrade'}]})
    expect(f.tei).toContain('<choice><sic>Cde.</sic><corr resp="#ed">Comrade</corr></choice>')
    expect(f.tei).not.toContain('<sic><choice>')
  })

  it('a translator\'s [sic] on the corrected word is one sic (the translator\'s), not a sic around the choice', () => {
    const f = encode(['The situation remains tense [sic] in the province.'], {corrections: [{find: 'remains tense', sic: 'tense', corr: 'calm'}]})
    expect(f.tei).toContain('remains <choice><sic resp="#tr">tense</sic><corr resp="#ed">calm</corr></choice> in the province.')
    expect(f.tei).not.toMatch(/<sic[^>]*>(?:(?!<\/sic>).)*<sic/)
    expect(rules(f).filter((r) => r.startsWith('encode-edit'))).toEqual([])
  })

  it('an unknown section is an error naming it', () => {
    expect(() => checkEdits({corrections: [], correction: []}, 'doc.edits.json')).toThrow(EditsError)
    expect(() => checkEdits({correction: []}, 'doc.edits.json')).toThrow(/"correction" is not a section/)
    expect(() => checkEdits({corrections: [], $schema: 'x'}, 'doc.edits.json')).not.toThrow()
  })

  it('a find that occurs twice is an error asking for a longer find or an occurrence, and is applied to none', () => {
    const f = encode(['1 – Cde. Rapacki', '2 – Cde. Gomułka'], {corrections: [{find: 'Cde.', corr: 'Comrade'}]})
    const m = f.messages.find((x) => x.ruleId === 'encode-edit-ambiguous')
    expect(m?.reason).toMatch(/occurs 2 times.*"occurrence"/)
    expect(f.tei ?? '').not.toContain('<corr ')
  })

  it('"occurrence": N corrects that occurrence only', () => {
    const f = encode(['1 – Cde. Rapacki', '2 – Cde. Gomułka'], {corrections: [{find: 'Cde.', corr: 'Comrade', occurrence: 2}]})
    expect(rules(f)).not.toContain('encode-edit-ambiguous')
    expect(f.tei?.match(/<corr /g)?.length).toBe(1)
    expect(f.tei).toMatch(/<choice><sic>Cde\.<\/sic><corr resp="#ed">Comrade<\/corr><\/choice> <persName[^>]*>Gomułka/)
    expect(() => checkEdits({corrections: [{find: 'Cde.', corr: 'Comrade', occurrence: 0}]}, 'doc.edits.json')).toThrow(/occurrence/)
  })
})
