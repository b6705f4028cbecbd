import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {TeiFile} from '../../src/core/file.js'
import {packagePath} from '../../src/core/paths.js'
import {shared} from '../support/shared.js'
import {splitBodies} from '../../src/encode/header.js'
import {encodeFile} from '../../src/encode/index.js'
import {findDates} from '../../src/encode/dates.js'
import {findTimes} from '../../src/encode/times.js'
import {readSource} from '../../src/encode/source-info.js'
import {titlePersons} from '../../src/encode/title-names.js'
import {enumerator, listRun} from '../../src/encode/body/lists.js'
import {encodePath, jingErrors} from './helpers.js'

const fixture = (name: string): TeiFile => encodePath(packagePath(join('tests', 'fixtures', 'encode', `${name}.txt`)))
const body = (f: TeiFile): string => (f.tei ?? '').slice((f.tei ?? '').indexOf('<text>'))
const page = (lines: string[]): string => ['Skip to content', 'June 1, 1960', 'A Test Page', ...lines, 'Summary.', 'Document Information', 'Source', 'An archive.'].join('\n')
const encodeText = (text: string): TeiFile => {
  const f = new TeiFile('test.txt', text)
  encodeFile(f)
  return f
}

describe('letters: opener, numbered paragraphs, lists, closer', () => {
  const f = fixture('letter')
  const xml = body(f)

  it('encodes classification, file number, place dateline and salutation as the opener', () => {
    expect(xml).toContain('<opener><seg type="classification" rendition="#right" ana="#cls-secret">Secret.</seg><lb/><seg type="docNumber"><idno type="file">F.N.12.</idno></seg><lb/><dateline><placeName ref="#pl-calcutta">Calcutta</placeName>, <date when="1950-03-03">3rd March, 1950</date>.</dateline><lb/><salute>My dear officer,</salute></opener>')
    // Calcutta is in the gazetteer (historical-places.ts), so its entry says the encoder identified it, as for Havana.
    expect(f.tei).toContain('<place xml:id="pl-calcutta" resp="#teipipe" cert="high"><placeName>Calcutta</placeName></place>')
  })

  it('numbers paragraphs and turns a run of (i), (ii) into a list', () => {
    expect(xml).toContain('<p xml:id="p-0-1">The harvest')
    expect(xml).toContain('<p xml:id="p-0-2" n="2">2. While the rains')
    expect(xml).toContain('<list type="numbered">\n     <item n="i" xml:id="p-0-4">(i) the state of the bridges,</item>\n     <item n="ii" xml:id="p-0-5">(ii) the supply of seed.</item>\n    </list>')
    expect(xml).toContain('<p xml:id="p-0-6" n="4">4. I shall')
  })

  it('closes with salute, a signed block naming the signatory the title names, and the addressee line', () => {
    expect(xml).toContain('<closer>\n     <salute>Yours sincerely,</salute><signed xml:id="sig-1">(Sd).<lb/><persName ref="#pers-arthur-fielding">Arthur .Fielding</persName></signed><seg type="addressee">To all District Officers.</seg>\n    </closer>')
    // The register keeps the header's form of the name, not the printed typo.
    expect(f.tei).toContain('<person xml:id="pers-arthur-fielding"><persName>Arthur Fielding</persName></person>')
  })

  it('signs a typed name under the valediction, registered as printed (archive-conventions.md §3 signature blocks)', () => {
    const other = encodeText(page(['Dear Sir,', 'The text of the letter, which is long enough to be a paragraph.', 'Yours faithfully,', 'John Smith']))
    expect(body(other)).toContain('<closer>\n     <salute>Yours faithfully,</salute><signed xml:id="sig-1"><persName ref="#pers-john-smith">John Smith</persName></signed>\n    </closer>')
    // The encoder's own identification (name recogniser) says so on the entry.
    expect(other.tei).toContain('<person xml:id="pers-john-smith" resp="#teipipe" cert="medium"><persName>John Smith</persName></person>')
  })

  it('does not take a closing sentence under the valediction for a signatory', () => {
    const other = encodeText(page(['Dear Sir,', 'The text of the letter, which is long enough to be a paragraph.', 'Yours faithfully,', 'with all good wishes']))
    expect(body(other)).not.toContain('<signed')
  })

  it('splits the donors line into one funder per body', () => {
    expect(f.tei).toContain('<funder>First Example Foundation</funder>\n     <funder>Second Example Trust</funder>')
    expect(splitBodies('Chun & Jane Chiu Family Foundation')).toEqual(['Chun & Jane Chiu Family Foundation'])
    expect(splitBodies('Kyungnam University\u00a0and Institute for Korean Studies, Ohio State University')).toEqual(['Kyungnam University', 'Institute for Korean Studies, Ohio State University'])
  })
})

describe('telegrams: header fields, transmission log, times, signature with number', () => {
  const f = fixture('telegram')
  const xml = body(f)

  it('encodes the log as routing lines and the To/From/Date/Classification block as addressee, byline, dateline, classification', () => {
    expect(xml).toContain('<opener><seg type="docNumber">Telegram from Exampleville File <idno type="file"># 4411</idno> P.</seg><lb/><seg type="routing" subtype="arrived">Arrived: <date when="1962-11-29">29.11.62</date> <time when="19:25:00">19:25</time></seg>')
    expect(f.tei).toContain('<correspAction type="received"><orgName ref="#org-ministry-of-foreign-affairs">Ministry of Foreign Affairs</orgName><date when="1962-11-29"/></correspAction>')
    expect(xml).toContain('<seg type="docNumber">TELEGRAM <idno type="telegram">12.345</idno></seg><lb/><seg type="addressee">To: the <orgName ref="#org-ministry-of-foreign-affairs">Ministry of Foreign Affairs</orgName></seg><lb/><byline>From: the Embassy in Exampleville</byline><lb/><dateline>Date: <date when="1962-11-29">November  29th, 1962</date></dateline><lb/><seg type="classification" ana="#cls-secret">Classification: Secret</seg></opener>')
  })

  it('reads an ambiguous numeric date in the order the document uses, and tags clock times', () => {
    expect(xml).toContain('at <time when="09:30:00">9.30 hours</time> and ended at <time when="14:30:00">2.30 p.m.</time> on <date when="1962-12-03">03.12.1962</date>.')
    expect(f.messages).toEqual([])
  })

  it('signs with the name the page title gives, keeping the message number', () => {
    expect(xml).toContain('<closer>\n     <signed xml:id="sig-1"><persName ref="#pers-novak">Novak</persName> <idno type="outgoing">12</idno>.</signed>\n    </closer>')
  })

  it('leaves an undecidable numeric date untagged, with a warning naming its line', () => {
    const f2 = encodeText(page(['The visit took place on 03.12.1962 as planned by both sides.']))
    expect(body(f2)).not.toContain('<date')
    expect(f2.messages.map((m) => [m.ruleId, m.place?.start.line, m.place?.start.column])).toEqual([['encode-date-ambiguous', 4, 25]])
  })
})

describe('memoranda: byline and place dateline, spaced genre heading, subject, signature in parentheses', () => {
  const xml = body(fixture('memorandum'))

  it('splits the author line into byline and dateline and keeps the headings', () => {
    expect(xml).toContain('<opener><byline><persName ref="#pers-schmidt">Schmidt</persName></byline> <dateline><placeName ref="#pl-bonn">Bonn</placeName>, <date when="1997-05-05">5 May 1997</date></dateline></opener>\n    <head type="genre">M e m o r a n d u m</head>\n    <opener><seg type="subject">Subject: The Minister\'s Conversation on <date when="1997-05-02">2 May 1997</date>, <time when="10:00:00">10 a.m.</time><ref type="noteAnchor" n="1" target="#fn-1">1</ref></seg></opener>')
  })

  it('makes short items numbered from 1 a list, with a month span', () => {
    expect(xml).toContain('<item n="3" xml:id="p-0-3">3. the <date from="1997-06" to="1997-07">June / July 1997</date> summit</item>')
  })

  it('signs with the name in parentheses and keeps the footnote after the closer', () => {
    expect(xml).toContain('<closer>\n     <signed xml:id="sig-1">(<persName ref="#pers-schmidt">Schmidt</persName>)</signed>\n    </closer>\n    <note type="footnote" place="foot" n="1" xml:id="fn-1">An archive, B 1/2, 3-4.</note>\n   </div>')
  })
})

describe('an unnamed signature and an addressee block', () => {
  const xml = body(fixture('unsigned'))

  it('keeps the addressee lines together in the opener', () => {
    expect(xml).toContain('<seg type="addressee">Secretary,<lb/><orgName ref="#org-department-of-examples">Department of Examples</orgName>,<lb/><placeName ref="#pl-dublin">Dublin</placeName>, <placeName ref="#pl-ireland">Ireland</placeName>.</seg></opener>')
  })

  it('keeps long numbered paragraphs as paragraphs', () => {
    expect(xml).toContain('<p xml:id="p-0-1" n="1">1. At a meeting')
    expect(xml).toContain('<p xml:id="p-0-2" n="2">2. He said')
  })

  it('puts a bare [signature] in the closer as a gap, not as a signed block without a name', () => {
    expect(xml).toContain('<closer>\n     <gap reason="signature" resp="#tr"><desc>signature</desc></gap>\n    </closer>')
    expect(xml).not.toContain('<signed')
  })

  it('points the signed block at the person the page title says the document is from', () => {
    const lines = ['Skip to content', 'June 1, 1960', 'Report from John Q. Public (Ottawa) to the Minister', 'The report, long enough to be read as one paragraph of the document.', '[signature]', 'Summary.', 'Document Information', 'Source', 'An archive.']
    const f = encodeText(lines.join('\n'))
    expect(body(f)).toContain('<closer>\n     <signed xml:id="sig-1" corresp="#pers-john-q-public" cert="medium" resp="#ed"><gap reason="signature" resp="#tr"><desc>signature</desc></gap></signed>\n    </closer>')
    expect(f.tei).toContain('<person xml:id="pers-john-q-public"><persName>John Q. Public</persName></person>')
  })
})

describe('names from the page\'s own header fields', () => {
  it('reads persons from the archive\'s title forms, never bodies', () => {
    expect(titlePersons("The Chancellor's [Helmut Kohl's] Meeting with President Yeltsin")).toEqual(['Helmut Kohl'])
    expect(titlePersons('Letter, Jawaharlal Nehru to All Provincial Premiers')).toEqual(['Jawaharlal Nehru'])
    expect(titlePersons('Confidential Report from Thomas J. Kieran (Ottawa) to Con Cremin (Dublin), ‘Poland’')).toEqual(['Thomas J. Kieran', 'Con Cremin'])
    expect(titlePersons('TELEGRAM 066.621 from the Romanian Embassy in Pyongyang to the Romanian Ministry of Foreign Affairs')).toEqual([])
  })

  it('tags a title person where the text prints the same form', () => {
    const lines = ['Skip to content', 'June 1, 1960', 'Letter, Anna Example to the Committee', 'Dear Sir,', 'As Anna Example wrote before, the matter is urgent and needs an answer soon.', 'Summary.', 'Document Information', 'Source', 'An archive.']
    const f = encodeText(lines.join('\n'))
    expect(body(f)).toContain('As <persName ref="#pers-anna-example">Anna Example</persName> wrote before')
  })

  it('reads translators and donors whose names hold initials', () => {
    expect(readSource('An archive, file 3. Translated from Portuguese by James G. Hershberg.')?.translatedBy).toBe('James G. Hershberg')
    expect(readSource('AMAE, Folder 1. Obtained and translated for NKIDP by Eliza Gheorghe.')?.translatedBy).toBe('Eliza Gheorghe')
    expect(readSource('RGANI, fond 5. Obtained by Sergey Radchenko and translated by Gary Goldberg.')).toMatchObject({obtainedBy: 'Sergey Radchenko', translatedBy: 'Gary Goldberg'})
  })
})

describe('closing words and the units behind them', () => {
  it('makes "End" and "(End)" a trailer, never a signatory', () => {
    expect(body(encodeText(page(['The petition text, long enough to be read as a paragraph of the document.', 'End'])))).toContain('</p>\n    <trailer>End</trailer>\n   </div>')
    const ended = encodeText(page(['The petition text, long enough to be read as a paragraph of the document.', '(End)']))
    expect(body(ended)).toContain('</p>\n    <trailer>(End)</trailer>\n   </div>')
    expect(ended.tei).not.toContain('<persName')
  })

  it('keeps the printed form of an editorial ellipsis', () => {
    const xml = body(encodeText(page(['[…]', 'A paragraph of the speech, long enough to be read as one paragraph here.', '[...]'])))
    expect(xml).toContain('<opener><gap reason="omitted" resp="#tr" rend="…"/></opener>')
    expect(xml).toContain('<gap reason="omitted" resp="#tr" rend="..."/>')
  })

  it('normalises clock times', () => {
    const times = (s: string): [string, string | undefined][] => findTimes(s).map((t) => [s.slice(t.start, t.end), t.attrs.when])
    expect(times('at 9.30 hours, 4:10 am, 12 p.m., 17hs45 and 19:25; not 3.5% or 25:70')).toEqual([['9.30 hours', '09:30:00'], ['4:10 am', '04:10:00'], ['12 p.m.', '12:00:00'], ['17hs45', '17:45:00'], ['19:25', '19:25:00']])
  })

  it('normalises more date forms and numeric dates by the document\'s order', () => {
    const dates = (s: string, o?: 'dmy' | 'mdy'): [string, Record<string, string | undefined>][] => findDates(s, o).map((d) => [s.slice(d.start, d.end), d.attrs])
    expect(dates('1st April, 1949; 12 September 1996; 10 May  1997; June / July 1997')).toEqual([['1st April, 1949', {when: '1949-04-01'}], ['12 September 1996', {when: '1996-09-12'}], ['10 May  1997', {when: '1997-05-10'}], ['June / July 1997', {from: '1997-06', to: '1997-07'}]])
    expect(dates('11.01.1962', 'mdy')).toEqual([['11.01.1962', {when: '1962-11-01'}]])
    expect(dates('11.01.1962', 'dmy')).toEqual([['11.01.1962', {when: '1962-01-11'}]])
    expect(dates('11.01.1962')).toEqual([])
  })

  it('recognises enumerators and list runs', () => {
    expect(['(iv) x', '(B) x', '(3) x', '12. x', '1．x', '2.5 million', '7th x'].map((t) => enumerator(t)?.n)).toEqual(['iv', 'B', '3', '12', '1', undefined, undefined])
    const blocks = ['(1) a', '(2) b', '(4) c'].map((text, line) => ({text, line}))
    expect(listRun(blocks, 0)).toBe(2)
    expect(listRun(blocks, 1)).toBe(0)
  })
})

const rng = shared('reference', 'tei_all.rng')

describe.runIf(rng !== undefined && existsSync('/usr/bin/jing'))('the fixtures encode to TEI valid against tei_all', () => {
  it('passes jing for every fixture, without errors or lost words', () => {
    const documents = ['letter', 'telegram', 'memorandum', 'unsigned'].map((name) => {
      const f = fixture(name)
      expect(f.messages.filter((m) => m.severity === 'error'), name).toEqual([])
      return {name, tei: f.tei ?? ''}
    })
    expect(jingErrors(rng ?? '', documents)).toBe('')
  })
})
