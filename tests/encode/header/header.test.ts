import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {typeFromTitle} from '../../../src/encode/doc-type.js'
import {editionTitle} from '../../../src/encode/header.js'
import {readSource, type SourceInfo} from '../../../src/encode/source-info.js'
import {TeiFile} from '../../../src/core/file.js'
import {encodeFile} from '../../../src/encode/index.js'
import {ownRuleErrors} from '../helpers.js'

const table = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8')) as T

interface CitationCase {source: string; expect: Record<string, unknown>; absent?: (keyof SourceInfo)[]}

describe('archival citations (accept/reject table)', () => {
  const {cases} = table<{cases: CitationCase[]}>('./citations.json')
  for (const c of cases) {
    it(c.source.slice(0, 60), () => {
      const info = readSource(c.source) as SourceInfo
      const got: Record<string, unknown> = {...info, idnos: info.idnos.map((i) => [i.type, i.value]), locus: info.locus ? [info.locus.from, info.locus.to] : undefined}
      for (const [k, v] of Object.entries(c.expect)) expect(got[k], k).toEqual(v)
      for (const k of c.absent ?? []) expect(info[k], k).toBeUndefined()
    })
  }
})

describe('document type from the page title (accept/reject table)', () => {
  const {cases} = table<{cases: [string, string | null][]}>('./doc-types.json')
  it('names the type of each title, or none', () => {
    expect(cases.map(([t]) => typeFromTitle(t) ?? null)).toEqual(cases.map(([, type]) => type))
  })
})

describe('edition title', () => {
  it('takes the heading only when the page title quotes it', () => {
    expect(editionTitle("Soviet Embassy in North Korea, 'Concerning Changes in the Views'", 'CONCERNING CHANGES IN THE VIEWS')).toBe('Concerning Changes in the Views')
    expect(editionTitle('Report from A (Ottawa) to B, ‘Poland and Our Policy at U.N.O.’', 'Poland and Our Policy at U.N.O.')).toBe('Poland and Our Policy at U.N.O.')
    expect(editionTitle('Press Release containing a Speech by Frank Aiken', 'Press Release')).toBe('Press Release containing a Speech by Frank Aiken')
    expect(editionTitle('Letter, A to B', undefined)).toBe('Letter, A to B')
  })
})

const page = (source: string | undefined): string => ['Skip to content', 'June 1, 1960', 'Letter, Anna Example to the Committee', 'Dear Sir,', 'The matter is urgent and needs an answer soon, as we said.', 'Summary of the letter.', 'Document Information', ...(source ? ['Source', source] : []), 'Record ID', '1234'].join('\n')
const encode = (text: string): string => {
  const f = new TeiFile('x.txt', text)
  encodeFile(f)
  return f.tei ?? ''
}

describe('header facts are never placeholders', () => {
  it('keeps an unparsed reference verbatim and states no translator when none is named', () => {
    const tei = encode(page('Some Library, Box of letters. Contributed by Ann Donor.'))
    expect(tei).toContain('<msIdentifier><collection>Wilson Center Digital Archive</collection><idno type="source">Some Library, Box of letters</idno></msIdentifier>')
    expect(tei).not.toMatch(/not stated|>unknown</)
    expect(tei).not.toMatch(/<resp>[^<]*translat/)
  })

  it('keeps a parsed archive with its reference verbatim (no collection before it)', () => {
    const tei = encode(page('BArch, B 136/59748, 335-336. Contributed by Ann Donor.'))
    expect(tei).toContain('<msIdentifier><country key="DE">Germany</country><settlement>Koblenz</settlement><repository>BArch</repository><idno type="source">B 136/59748</idno></msIdentifier>')
  })

  it('records a missing Source as an empty idno after the collection (TEI msId_minimal) and an undetermined language', () => {
    const tei = encode(page(undefined))
    expect(tei).toContain('<msIdentifier><collection>Wilson Center Digital Archive</collection><idno type="unknown"/></msIdentifier>')
    expect(tei).toContain('<textLang mainLang="und"/>')
    expect(tei).toContain('<catRef scheme="#type" target="#type-letter"/>')
  })

  it('names a translator only when the Source names one', () => {
    const tei = encode(page('RGANI, fond 5, opis 61, delo 462. Translated by Gary Goldberg.'))
    expect(tei).toContain('<respStmt xml:id="tr"><resp>translated by</resp><persName ref="#pers-gary-goldberg">Gary Goldberg</persName></respStmt>')
  })
})

describe('the recipient in correspDesc (TEI P5 §2.4.6)', () => {
  const letter = (lines: string[]): string => encode(['Skip to content', 'March 14, 1968', 'Cable from the Embassy in Belgrade', ...lines, 'A summary of the cable.', 'Document Information', 'Source', 'AAN, KC PZPR, 237/XXII-1234.'].join('\n'))

  it('takes the names of the opener\'s addressee as the received correspAction', () => {
    const tei = letter(['To: Deputy Minister [Józef] Winiewicz', 'From: Ambassador T. Kowalczyk', 'The talks with the Yugoslav side went on for three hours and ended late in the evening without an agreement.'])
    expect(tei).toMatch(/<correspAction type="received"><persName ref="#pers-jozef-winiewicz">Winiewicz<\/persName><\/correspAction>/)
  })

  it('takes an opening "To …" salutation, and the addressee under a note\'s closer', () => {
    const salute = letter(['To Comrade N. S. Khrushchev', 'Moscow', 'Dear Comrade Khrushchev,', 'We write to you about the talks, which went on for three hours and ended late in the evening.'])
    expect(salute).toMatch(/<correspAction type="received"><persName ref="#pers-nikita-khrushchev">N\. S\. Khrushchev<\/persName><placeName ref="#pl-moscow">Moscow<\/placeName><\/correspAction>/)
    const note = letter(['The Ministry of Foreign Affairs presents its compliments to the Embassy of the USSR and has the honour to inform it of the decision of the government.', 'Belgrade, 5 March 1968', 'To the Embassy of the USSR', 'Belgrade'])
    expect(note).toContain('<correspAction type="received"><orgName ref="#org-embassy-of-the-ussr">Embassy of the USSR</orgName>')
  })

  it('names no recipient from a document without an addressee, nor from a distribution list', () => {
    const tei = letter(['The talks with the Yugoslav side went on for three hours and ended late in the evening without an agreement.', 'Copies: Comrade Gomułka, Comrade Rapacki'])
    expect(tei).not.toContain('<correspAction type="received">')
  })
})

describe('the recorder of a conversation or of minutes', () => {
  it('names the person of a "Recorded by:" line in the text and as the original\'s msItem/respStmt', () => {
    const tei = encode(['Skip to content', 'May 14, 1966', 'Record of Conversation with the Ambassador', 'The Ambassador said that the talks had gone on for three hours and had ended without an agreement.', 'Recorded by: Third Secretary of the Embassy V. Sorokin', 'A summary of the record.', 'Document Information', 'Source', 'AVPRF, fond 0111, opis 47, delo 12.'].join('\n'))
    expect(tei).toContain('Recorded by: Third Secretary of the Embassy <persName ref="#pers-v-sorokin">V. Sorokin</persName>')
    expect(tei).toContain('<respStmt><resp>recorded by</resp><persName ref="#pers-v-sorokin">V. Sorokin</persName></respStmt></msItem>')
    const none = encode(['Skip to content', 'May 14, 1966', 'Record of Conversation with the Ambassador', 'The Ambassador said that the talks had gone on for three hours and had ended without an agreement.', 'Recorded by: [signature]', 'A summary.', 'Document Information', 'Source', 'AVPRF, fond 0111, opis 47, delo 12.'].join('\n'))
    expect(none).not.toContain('<resp>recorded by</resp>')
  })
})

describe('archival references in forms other than the Russian one (src/encode/citations/forms.ts)', () => {
  const encodeFile_ = (source: string): {path: string; tei: string} => ({path: 'x.txt', tei: encode(page(source))})

  it('reads a Romanian "fond … dosar …, f. …" reference into its parts and passes the project rules', async () => {
    const doc = encodeFile_('Arhiva Ministerului Afacerilor Externe (AMAE), Bucharest, fond Budapesta, dosar 219/1956, f. 12-15. Translated by Ann Donor.')
    expect(doc.tei).toContain('<msIdentifier><country key="RO">Romania</country><settlement>Bucharest</settlement><repository>AMAE</repository><idno type="fond">Budapesta</idno><idno type="dosar">219/1956</idno></msIdentifier>')
    expect(doc.tei).toContain('<locus from="12" to="15">f. 12-15</locus>')
    expect(await ownRuleErrors([doc])).toEqual([])
  }, 60_000)

  it('keeps a reference in a form it cannot read consistently as text, and the document is not refused', async () => {
    // A Romanian-form reference to a Russian archive would be a fond without opis and delo there.
    const doc = encodeFile_('RGANI, fond 5, dosar 219, f. 12. Translated by Ann Donor.')
    expect(doc.tei).toContain('<repository>RGANI</repository><idno type="source">fond 5, dosar 219, f. 12</idno></msIdentifier>')
    expect(await ownRuleErrors([doc])).toEqual([])
  }, 60_000)
})
