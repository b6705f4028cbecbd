/**
 * "Did you mean" for an unknown element: only a name allowed at that point, only when it is close for the
 * name's length (case, or Damerau-Levenshtein distance at most a quarter of the longer name), never a tie.
 */
import {beforeAll, describe, expect, it} from 'vitest'
import {TeiFile} from '../../src/core/file.js'
import {packagePath} from '../../src/core/paths.js'
import {validateFiles} from '../../src/validate/index.js'
import {suggestElement} from '../../src/validate/relaxng/messages.js'

const INLINE = ['persName', 'placeName', 'orgName', 'date', 'title', 'note', 'add', 'reg', 'l', 'lb', 'pb', 'p', 'hi', 'seg', 'list']

describe('suggestElement', () => {
  it.each([
    ['persname', 'persName'], // case only
    ['Note', 'note'],
    ['pesrName', 'persName'], // two letters swapped: one edit
    ['titel', 'title'],
    ['placeNam', 'placeName'],
    ['dte', 'date']
  ])('suggests %s → %s', (word, expected) => {
    expect(suggestElement(word, INLINE)).toBe(expected)
  })

  it.each([
    ['rdg'], // reg is one edit from rdg, a third of the name: far-fetched
    ['app'], // add
    ['w'], // l, p
    ['pc'], // pb
    ['listWit'], // list
    ['sportsCar'],
    ['lem'] // l
  ])('suggests nothing for %s', (word) => {
    expect(suggestElement(word, INLINE)).toBeUndefined()
  })

  it('suggests only among the names given (those allowed there), and nothing on a tie', () => {
    expect(suggestElement('hed', INLINE)).toBeUndefined()
    expect(suggestElement('hed', [...INLINE, 'head'])).toBe('head')
    expect(suggestElement('dat', ['data', 'date'])).toBeUndefined()
  })
})

describe('messages for unknown elements (teipipe.rng)', () => {
  const doc = (body: string, ns = ''): string =>
    `<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"${ns}><teiHeader><fileDesc><titleStmt><title>x</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader><text><body>${body}</body></text></TEI>\n`
  const cases = {
    misspelt: doc('<p>a <persname>b</persname> c</p>'),
    otherProject: doc('<p>a <rdg>b</rdg> and <w>c</w></p>'),
    notHere: doc('<p>a <hed>b</hed></p>'),
    here: doc('<div><hed>b</hed><p>c</p></div>'),
    otherNamespace: doc('<p>a <my:persname>b</my:persname></p>', ' xmlns:my="http://example.org/my-project"')
  }
  const files = Object.fromEntries(Object.entries(cases).map(([k, v]) => [k, new TeiFile(`${k}.xml`, v)]))
  const reasons = (k: keyof typeof cases): string[] => (files[k] as TeiFile).messages.filter((m) => m.ruleId === 'element-unknown').map((m) => m.reason)

  beforeAll(async () => {
    await validateFiles(Object.values(files), {schema: packagePath('schemas', 'teipipe.rng'), schematron: false})
  })

  it('suggests a close name allowed there', () => {
    expect(reasons('misspelt')).toEqual([expect.stringMatching(/^<persname> is not an element this schema allows anywhere \(did you mean <persName>\?\)\./)])
    expect(reasons('here')).toEqual([expect.stringContaining('(did you mean <head>?)')])
  })

  it("suggests nothing far-fetched: other projects' elements, a close name not allowed there, another namespace", () => {
    for (const k of ['otherProject', 'notHere', 'otherNamespace'] as const) {
      expect(reasons(k).length, k).toBeGreaterThan(0)
      for (const r of reasons(k)) expect(r, k).not.toContain('did you mean')
    }
  })
})
