// Facts read from TEI: each fixture folder holds input.xml and the expected.json documentFacts gives
// for it (reviewed by hand; regenerate with UPDATE_FIXTURES=1 and review the diff).
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {documentFacts, failedFacts} from '../../src/site/facts.js'
import {normaliseName} from '../../src/site/registers.js'
import {packagePath} from '../../src/core/paths.js'
import {parseXml} from '../../src/parse/parse-xml.js'
import type {XmlTree} from '../../src/parse/tree.js'
import {fromParsedTree, MAX_TREE_DEPTH, parseXmlTree, TreeDepthError, type XmlElement} from '../../src/site/xml-tree.js'

const fixtures = packagePath('tests', 'fixtures', 'site', 'facts')
const cases = readdirSync(fixtures).sort()

describe('documentFacts', () => {
  it.each(cases)('%s', (name) => {
    const facts = documentFacts(name, readFileSync(join(fixtures, name, 'input.xml'), 'utf8'))
    const expectedPath = join(fixtures, name, 'expected.json')
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expectedPath, `${JSON.stringify(facts, null, 2)}\n`)
    expect(facts).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
  })

  it('is plain JSON: a round trip through JSON changes nothing', () => {
    const facts = documentFacts('x', readFileSync(join(fixtures, 'archive-report', 'input.xml'), 'utf8'))
    expect(JSON.parse(JSON.stringify(facts))).toEqual(facts)
  })

  it('states no fact the TEI does not: no date, type or catalogue title keys for a bare document', () => {
    const facts = documentFacts('bare', readFileSync(join(fixtures, 'bare-minimum', 'input.xml'), 'utf8'))
    expect(Object.keys(facts).sort()).toEqual(['id', 'orgs', 'persons', 'places', 'status', 'title', 'words'])
    expect(facts.title).toBe('bare')
  })

  it('reads the memo: catalogue title, document date, archive type, registers', () => {
    const memo = packagePath('tei', '134242.xml')
    const facts = documentFacts('134242', readFileSync(memo, 'utf8'))
    expect(facts.catalogueTitle).toMatch(/^Soviet Embassy in North Korea, 'Concerning Changes/)
    expect(facts).toMatchObject({date: '1969-06-09', dateText: 'June 9, 1969', type: 'Report', status: 'published'})
    expect(facts.persons.map((p) => p.name)).toContain('Brezhnev, Leonid Ilyich')
    expect(facts.orgs.map((o) => o.name)).toContain("Workers' Party of Korea")
    expect(facts.places.map((p) => p.name)).toContain('Pyongyang')
    // The reading text has the correction, not the source's error (choice/sic/corr).
    expect(facts.text).toContain('9 June 1969')
    expect(facts.text).not.toContain('9 Junes 1969')
    expect(facts.words).toBeGreaterThan(4000)
  })

  it('keeps descriptions of what happens (incident, vocal, kinesic, pause, gap with desc) apart from the words', () => {
    const tei = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><u>so i</u><u><incident><desc>passing truck</desc></incident>you what<vocal><desc>laughs</desc></vocal>ok<pause/>then<gap reason="lost"><desc>two words</desc></gap>end</u><p>Mün<gap/>ch and <hi>bold</hi>ly</p></body></text></TEI>'
    const text = documentFacts('s', tei).text
    expect(text).toContain('passing truck you what laughs ok then two words end')
    // inline elements and a gap without description inside a word still join their neighbours
    expect(text).toContain('Münch and boldly')
  })

  it('takes text/@type as the type only when it is a word', () => {
    expect(documentFacts('a', '<TEI><text type="letter"><body><p>x</p></body></text></TEI>').type).toBe('letter')
    expect(documentFacts('b', '<TEI><text type="T2MSH"><body><p>x</p></body></text></TEI>').type).toBeUndefined()
  })

  it('rejects text that is not XML with an error', () => {
    expect(() => documentFacts('x', 'not xml at all')).toThrow(/root element/)
  })
})

describe('failedFacts', () => {
  it('keeps the id and a one-line reason, and claims nothing else', () => {
    expect(failedFacts('42', 'The TEI is not valid:\n  line 3,  column 4')).toEqual({
      id: '42', title: '42', status: 'failed', reason: 'The TEI is not valid: line 3, column 4', persons: [], places: [], orgs: [], words: 0
    })
  })
  it('gives a reason even when none was given', () => {
    expect(failedFacts('42', '  ').reason).toBe('The document could not be published.')
  })
})

describe('normaliseName', () => {
  it('folds case, diacritics and punctuation', () => {
    expect(normaliseName('Émile  ZOLA')).toBe('emile zola')
    expect(normaliseName("Kim Il-sung")).toBe(normaliseName('kim il sung'))
    expect(normaliseName('—')).toBe('')
  })
})

describe('documentFacts from the tree validation built (parse/parse-xml.ts): the same facts without a second parse', () => {
  it.each(cases)('%s', (name) => {
    const text = readFileSync(join(fixtures, name, 'input.xml'), 'utf8')
    const tree = parseXml(text, name).tree
    expect(tree).toBeDefined()
    expect(documentFacts(name, text, tree)).toEqual(JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8')))
  })

  it('reads namespaced names by local name, drops namespace declarations, joins text around CDATA and comments', () => {
    const xml = '<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:x="urn:x" xml:id="a" x:n="q"><p>a &amp; <![CDATA[<c>]]><!-- c --> z</p><x:q/></TEI>'
    const root = fromParsedTree((parseXml(xml, 'a.xml').tree as XmlTree).root)
    expect(root).toEqual({name: 'TEI', attrs: {id: 'a', n: 'q'}, children: [{name: 'p', attrs: {}, children: ['a & <c> z']}, {name: 'q', attrs: {}, children: []}]})
  })

  it(`refuses elements more than ${MAX_TREE_DEPTH} levels below the root, as fast-xml-parser does`, () => {
    const nested = (levels: number): string => `<TEI xmlns="http://www.tei-c.org/ns/1.0">${'<hi>'.repeat(levels)}x${'</hi>'.repeat(levels)}</TEI>`
    const read = (xml: string): XmlElement => fromParsedTree((parseXml(xml, 'a.xml').tree as XmlTree).root)
    expect(() => read(nested(MAX_TREE_DEPTH))).not.toThrow()
    expect(() => parseXmlTree(nested(MAX_TREE_DEPTH))).not.toThrow()
    expect(() => read(nested(MAX_TREE_DEPTH + 1))).toThrow(TreeDepthError)
    expect(() => parseXmlTree(nested(MAX_TREE_DEPTH + 1))).toThrow(TreeDepthError)
  })

  it('reads a document that is not well-formed leniently, so that its index entry keeps its title', () => {
    const broken = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Broken letter</title></titleStmt></fileDesc></teiHeader><text><body><p>a<b></p></body></text></TEI>'
    expect(parseXml(broken, 'b.xml').tree).toBeUndefined()
    expect(documentFacts('b', broken).title).toBe('Broken letter')
  })
})
