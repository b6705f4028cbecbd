import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {TeiFile} from '../../../src/core/file.js'
import {encodeFile} from '../../../src/encode/index.js'
import {findNames, suppliedNameParts} from '../../../src/encode/names/recognise.js'
import {titlePersons, withoutTitles} from '../../../src/encode/title-names.js'

type Case = [string, [string, string][]]
const table = (name: string): {accept: Case[]; reject: Case[]} => JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8')) as {accept: Case[]; reject: Case[]}
const found = (text: string): [string, string][] => {
  const seen = new Set<string>()
  return findNames(text).map((f): [string, string] => [f.kind, f.form]).filter(([k, f]) => !seen.has(`${k}:${f}`) && seen.add(`${k}:${f}`) !== undefined)
}

for (const kind of ['persons', 'places', 'orgs']) {
  describe(`${kind} recogniser (accept/reject table)`, () => {
    const {accept, reject} = table(`./${kind}.json`)
    for (const [text, want] of accept) it(`finds ${JSON.stringify(want.map((w) => w[1]))} in "${text}"`, () => expect(found(text)).toEqual(want))
    for (const [text, want] of reject) it(`finds only ${JSON.stringify(want.map((w) => w[1]))} in "${text}"`, () => expect(found(text)).toEqual(want))
  })
}

const page = (body: string[], edits?: object): string => {
  const f = new TeiFile('x.txt', ['Skip to content', 'June 1, 1960', 'A Test Page', ...body, 'Summary.', 'Document Information', 'Source', 'An archive.'].join('\n'))
  encodeFile(f, edits ? {edits} : {})
  return f.tei ?? ''
}

describe('names in a document without a sidecar', () => {
  it('tags and registers them as the encoder\'s identifications', () => {
    const tei = page(['Comrade Kim Il Sung told the Soviet Embassy in Pyongyang that Moscow had agreed with the CPSU CC.'])
    expect(tei).toContain('<persName ref="#pers-kim-il-sung">Kim Il Sung</persName>')
    expect(tei).toContain('<orgName ref="#org-soviet-embassy-in-pyongyang">Soviet Embassy in Pyongyang</orgName>')
    expect(tei).toContain('<placeName ref="#pl-moscow">Moscow</placeName>')
    expect(tei).toContain('<person xml:id="pers-kim-il-sung" resp="#teipipe" cert="medium"><persName>Kim Il Sung</persName></person>')
    expect(tei).toContain('<respStmt xml:id="teipipe">')
    // Pyongyang is only printed inside the embassy's name: no entry that nothing points at.
    expect(tei).not.toContain('xml:id="pl-pyongyang"')
  })

  it('lets the sidecar win: its entry for a form, its rejections, and turning the recogniser off', () => {
    const body = ['Comrade Kim Il Sung met the delegation in Moscow, and the talks went on for a long time.']
    const own = page(body, {registers: {persons: [{id: 'pers-kim', name: 'Kim Il Sung', forms: ['Kim Il Sung']}]}, names: {reject: ['Moscow']}})
    expect(own).toContain('<persName ref="#pers-kim">Kim Il Sung</persName>')
    expect(own).not.toContain('resp="#teipipe"')
    expect(own).not.toContain('<placeName')
    expect(page(body, {names: {auto: false}})).not.toMatch(/<persName|<placeName/)
    // A reviewed form is never swallowed by a longer automatic name.
    const sed = page(['The meeting of the SED CC Politburo took a decision that was reported at length afterwards.'], {registers: {orgs: [{id: 'org-sed', name: 'SED', abbr: ['SED']}]}})
    expect(sed).toContain('<orgName ref="#org-sed"><abbr>SED</abbr></orgName> CC Politburo')
  })
})

describe('one register entry per person (archive-conventions.md §4)', () => {
  const persons = (tei: string): string[] => [...tei.matchAll(/<person xml:id="([^"]+)"/g)].map((m) => m[1] ?? '')

  it('joins a bare surname to the one fuller name of the document that holds it, in either order', () => {
    const tei = page(['Vice Premier Chiang Ching-kuo met the delegation in Taipei. Later President Chiang said that the talks went well.'])
    expect(persons(tei)).toEqual(['pers-chiang-ching-kuo'])
    expect(tei).toContain('President <persName ref="#pers-chiang-ching-kuo">Chiang</persName> said')
    const west = page(['President Yeltsin spoke first. Later, Boris Yeltsin asked about the budget and the talks went on.'])
    expect(persons(west)).toHaveLength(1)
    expect(west).toContain('<persName>Boris Yeltsin</persName></person>')
  })

  it('names a Cold War figure printed by surname alone with the full name of the gazetteer (figures.ts), one entry', () => {
    const tei = page(['NASSER said that Egypt would fight. Later Gamal Abdel Nasser received the ambassador again.'])
    expect(persons(tei)).toEqual(['pers-gamal-abdel-nasser'])
    expect(tei).toContain('<person xml:id="pers-gamal-abdel-nasser" resp="#teipipe" cert="medium"><persName>Gamal Abdel Nasser</persName></person>')
    expect(tei).toContain('<persName ref="#pers-gamal-abdel-nasser">NASSER</persName> said')
  })

  it('gives a surname to the document’s own full name before the gazetteer’s figure', () => {
    // Rusk alone would be Dean Rusk; here the document names its own Rusk.
    const tei = page(['The consul, Mr. Thomas Rusk, arrived on Monday. Rusk said that the harbour was closed to the ships of the line.'])
    expect(persons(tei)).toEqual(['pers-thomas-rusk'])
    expect(tei).toContain('<persName ref="#pers-thomas-rusk">Rusk</persName> said')
    const dean = page(['The consul arrived on Monday. Rusk said that the harbour was closed to the ships of the line.'])
    expect(persons(dean)).toEqual(['pers-dean-rusk'])
  })

  it('leaves a surname alone when two fuller names hold it, and never merges two full names', () => {
    const kim = page(['Comrade Kim agreed. Comrade Kim Il Sung was present, but Comrade Kim Jong Il was absent from the meeting.'])
    expect(persons(kim)).toEqual(['pers-kim', 'pers-kim-il-sung', 'pers-kim-jong-il'])
    const two = page(['The report went to V. V. Kuznetsov and to Comrade Kuznetsov and to A. A. Kuznetsov, who read it at once.'])
    expect(persons(two)).toEqual(['pers-v-v-kuznetsov', 'pers-a-a-kuznetsov'])
    // The bare surname could be either: it is not tagged.
    expect(two).toContain('Comrade Kuznetsov and')
  })

  it('keeps titles and forms of address out of the names the page title gives', () => {
    expect(withoutTitles('Ambassador Dumitru Popa')).toBe('Dumitru Popa')
    expect(withoutTitles('Comrade Prime Minister Ion Gheorghe Maurer')).toBe('Ion Gheorghe Maurer')
    expect(withoutTitles('Mr.')).toBe('Mr.')
    expect(titlePersons('Letter, Ambassador Dumitru Popa to Comrade Ion Gheorghe')).toEqual(['Dumitru Popa'])
    const f = new TeiFile('x.txt', ['Skip to content', 'June 1, 1960', 'Letter, Ambassador Dumitru Popa to the Ministry', 'Ambassador Dumitru Popa wrote this letter to the ministry about the visit.', 'Summary.', 'Document Information', 'Source', 'An archive.'].join('\n'))
    encodeFile(f, {})
    expect(f.tei).toContain('Ambassador <persName ref="#pers-dumitru-popa">Dumitru Popa</persName> wrote')
    expect(f.tei).not.toContain('pers-ambassador')
  })
})

describe('name parts the translator supplied before the printed surname', () => {
  it('gives one person with the full name, both printed parts tagged', () => {
    expect(suppliedNameParts('The appointment of [Carlos] Lechuga as permanent representative.').map((f) => [f.form, f.short, f.name])).toEqual([['Carlos', 'Lechuga', 'Carlos Lechuga']])
    expect(suppliedNameParts('From: [Ambassador Boleslaw] JELEN').map((f) => f.name)).toEqual(['Boleslaw Jelen'])
    expect(suppliedNameParts('[Cuba’s Foreign Minister Raúl Garcia] Roa is expected.').map((f) => f.name)).toEqual(['Raúl Garcia Roa'])
    // A title printed before the bracket: "Deputy Minister [Józef] Winiewicz" (the given name is unknown to the lexicon).
    expect(suppliedNameParts('To: Deputy Minister [Józef] Winiewicz').map((f) => [f.form, f.short, f.name])).toEqual([['Józef', 'Winiewicz', 'Józef Winiewicz']])
    expect(suppliedNameParts('the Deputy [Foreign] Minister Rapacki')).toEqual([])
    const tei = page(['The appointment of [Carlos] Lechuga as the permanent representative is generally understood as a tendency.'])
    expect(tei).toContain('<supplied reason="explanation" resp="#tr"><persName ref="#pers-carlos-lechuga">Carlos</persName></supplied> <persName ref="#pers-carlos-lechuga">Lechuga</persName>')
  })

  it('takes no gloss, place or title-only bracket for a name part', () => {
    expect(suppliedNameParts('[North] Korea and the [Soviet] Ambassador and [Comrade] Kim')).toEqual([])
  })
})

describe('an abbreviation the text defines after a name', () => {
  it('names the closing part of the name whose initials it spells, else the whole name', () => {
    const tei = page(['The Political Bureau of the CC of the Party of Labour of Albania (PLA) informs you of the talks held in Moscow.', 'The Polish United Workers’ Party (PZPR) will publish the speech in full next week.'])
    expect(tei).toContain('(<orgName ref="#org-party-of-labour-of-albania">PLA</orgName>)')
    expect(tei).toContain('<org xml:id="org-party-of-labour-of-albania" resp="#teipipe" cert="medium"><orgName>Party of Labour of Albania</orgName></org>')
    expect(tei).toMatch(/<orgName ref="(#org-polish-united-workers-party)">Polish United Workers’ Party<\/orgName> \(<orgName ref="\1">PZPR<\/orgName>\)/)
  })
})
