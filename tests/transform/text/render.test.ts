import {readFileSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {shared} from '../../support/shared.js'
import {render, tei, words} from './helpers.js'

const skeleton = shared('docs', 'tei-encoding-skeleton.xml')

describe.runIf(skeleton !== undefined)('text edition of the encoding skeleton', () => {
  // Read in beforeAll, not while collecting: the describe body runs even when the suite is skipped.
  let xml = ''
  let reading = ''
  let diplomatic = ''
  beforeAll(() => {
    xml = readFileSync(skeleton ?? '', 'utf8')
    reading = render(xml, 'reading').text
    diplomatic = render(xml, 'diplomatic').text
  })

  it('opens the reading text with the metadata block', () => {
    const head = reading.split('\n').slice(0, 6).join('\n')
    expect(head).toContain('Soviet Embassy in the DPRK, 9 June 1969')
    expect(reading).toContain('RGANI, fond 5, opis 61, delo 462, listy 79–94')
    expect(reading).toContain('Translated by Gary Goldberg; obtained by Sergey Radchenko.')
  })

  it('restores the translator’s conventions from the markup', () => {
    expect(reading).toContain('[CPSU CC stamp: 19373 / 12 June 1969 / Korea]')
    expect(reading).toContain('[who is]')
    expect(reading).toContain('[signature] (Yu. Fadeyev)')
    expect(reading).toMatch(/\[Translator’s note: the previous paragraph was highlighted/)
    expect(reading).toContain('some\nillegible handwritten signatures]')
  })

  it('marks the project’s corrections with {n} and lists them at the end', () => {
    expect(reading).toContain('9 June 1969{1}')
    expect(reading).toContain('{1} Source reads “9 Junes 1969”.')
    expect(reading).not.toContain('9 Junes 1969{')
    const markers = [...reading.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1]))
    const inText = markers.filter((_, i, all) => all.indexOf(markers[i] ?? 0) === i)
    expect(inText).toEqual(inText.map((_, i) => i + 1))
  })

  it('keeps the distribution list and closing lines on lines of their own', () => {
    expect(reading).toMatch(/^1 – to Cde\. V\. V\. Kuznetsov$/m)
    expect(reading).toMatch(/^x x x$/m)
    expect(reading).toMatch(/^I\.$/m)
    expect(reading).toMatch(/^9 June 1969 Nº 340$/m)
  })

  it('wraps at 78 columns without breaking words', () => {
    for (const line of reading.split('\n')) {
      if (line.length > 78) expect(line.trim()).not.toContain(' ')
    }
  })

  it('gives the diplomatic profile the source readings and nothing of the header', () => {
    expect(diplomatic).toContain('9 Junes 1969')
    expect(diplomatic).toContain('but party off')
    expect(diplomatic).toMatch(/\(“Rodong\s+Sinmun/)
    expect(diplomatic).not.toMatch(/\{\d+\}/)
    expect(diplomatic).not.toContain('RGANI')
    expect(diplomatic.startsWith('Secret\n')).toBe(true)
  })

  it('is deterministic', () => {
    expect(render(xml, 'reading').text).toBe(reading)
  })
})

describe('any TEI', () => {
  it('keeps the loose text between the parts of a dictionary entry', () => {
    const {text} = render(tei('<entryFree><form>Kamyczek</form>, <gram>im. zdrob.</gram> kamienia <def>mały kamień</def></entryFree>' +
      '<entry><form><orth>dom</orth></form> LOOSETEXT <sense n="1"><def>house</def></sense></entry>' +
      '<entry><form><orth>kot</orth></form><sense n="1"><def>cat</def></sense></entry>'))
    expect(text).toContain('Kamyczek, im. zdrob. kamienia mały kamień')
    expect(text).toContain('dom LOOSETEXT\n  1. house')
    // an entry without loose text keeps its layout
    expect(text).toContain('kot\n  1. cat')
  })

  it('keeps a speaker when an element without text follows it (addSpan, anchor)', () => {
    const {text} = render(tei('<sp><speaker>Horatio</speaker>\n<addSpan spanTo="#L4"/> <lb/><l>In what particular thought</l><l>But in the gross.</l></sp>'))
    expect(text).toContain('Horatio: In what particular thought\n         But in the gross.')
  })

  it('keeps the text of elements it has no template for', () => {
    const {text, file} = render(tei('<p>alpha <unknownThing>beta <b2>gamma</b2></unknownThing> delta</p>'))
    expect(words(text).slice(-4)).toEqual(['alpha', 'beta', 'gamma', 'delta'])
    expect(file.messages.some((m) => m.ruleId === 'unhandled-element')).toBe(true)
  })

  it('renders a header-only document (metadata only) and an empty body', () => {
    const headerOnly = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Only a header</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader></TEI>'
    expect(render(headerOnly).text).toContain('Only a header')
    expect(render(headerOnly, 'diplomatic').text).toBe('')
    expect(render(tei('')).file.messages.filter((m) => m.severity === 'error')).toEqual([])
  })

  it('renders every member of a teiCorpus', () => {
    const member = (w: string): string => tei(`<p>${w}</p>`).replace('<TEI xmlns="http://www.tei-c.org/ns/1.0">', '<TEI>')
    const corpus = `<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>C</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>${member('first')}${member('second')}</teiCorpus>`
    const text = render(corpus).text
    expect(text.indexOf('first')).toBeGreaterThan(-1)
    expect(text.indexOf('second')).toBeGreaterThan(text.indexOf('first'))
  })

  it('keeps right-to-left text as it is', () => {
    expect(render(tei('<p xml:lang="ar">مرحبا بالعالم</p>')).text).toContain('مرحبا بالعالم')
  })

  it('expands internal DTD entities and never loads external ones', () => {
    const xml = `<!DOCTYPE TEI [<!ENTITY who "Kim Il Sung"><!ENTITY ext SYSTEM "file:///etc/passwd">]>${tei('<p>&who; spoke.</p>')}`
    const {text} = render(xml)
    expect(text).toContain('Kim Il Sung spoke.')
    expect(text).not.toContain('root:')
  })

  it('gathers the document\'s notes as numbered endnotes under "Notes" in reading, inline in diplomatic', () => {
    const xml = tei('<p>Text<note place="foot">A footnote.</note> goes on.</p>')
    const reading = render(xml).text
    expect(reading).toContain('Text[1] goes on.')
    expect(reading).toMatch(/\nNotes\n-----\n\n\[1\] A footnote\./)
    expect(reading).not.toContain('Editorial notes')
    expect(reading.match(/A footnote/g)?.length).toBe(1)
    expect(render(xml, 'diplomatic').text).toContain('Text [A footnote.] goes on.')
  })

  it('reports a document that is not well-formed as a message, not a throw', () => {
    const {file} = render('<TEI><p></TEI>')
    expect(file.outputs.text).toBeUndefined()
    expect(file.messages.some((m) => m.severity === 'error')).toBe(true)
  })
})
