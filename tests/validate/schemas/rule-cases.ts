/**
 * Accept/reject cases for every rule of schemas/teipipe.sch, as edits of the base fixture
 * (tests/fixtures/schemas/base.xml). A reject case names the place of the message: the start tag of
 * the rule's context element (line, column of its `<`).
 */
import type {Edit} from './helpers.js'

/** One Schematron rule's table: accepted variants (no message with this id) and rejected ones. */
export interface RuleCase {
  id: string
  accept: Edit[][]
  reject: {edits: Edit[]; line: number; column: number}[]
}

const SEG_NOTE = '<note type="translator" place="inline" resp="#tr" target="#seg-1-1" xml:id="tn-01">'
const METAMARK = '<metamark function="flag" place="margin-left" rend="line-double" target="#seg-1-1"/>'
const YEAR = '<date when="1961">1961</date>'
/** A routing line of the opener ("Received: …") with a date. */
const ROUTING = (subtype: string, when: string): string => `<seg type="routing" subtype="${subtype}">${subtype[0]?.toUpperCase()}${subtype.slice(1)}: <date when="${when}">${when}</date></seg>`
const TYPO_DATE = '<date when="1962-09" cert="medium" resp="#ed" ana="#date-typo">'

export const ruleCases: RuleCase[] = [
  // Pointers and registers
  {id: 'pointer-resolves', accept: [[], [['<title level="j" xml:lang="ru-Latn">', '<title level="j" xml:lang="ru-Latn" ref="https://example.org/pravda">']]], reject: [{edits: [['resp="#tr">that</supplied>', 'resp="#translator">that</supplied>']], line: 76, column: 82}]},
  {id: 'name-in-register', accept: [[]], reject: [{edits: [['<orgName ref="#org-embassy">Embassy</orgName> reports', '<orgName ref="#pers-envoy">Embassy</orgName> reports']], line: 76, column: 28}]},
  {id: 'name-has-ref', accept: [[], [['<orgName ref="#org-project">the fixture project</orgName>', '<orgName>the fixture project</orgName>']]], reject: [{edits: [['<placeName ref="#pl-capital">Capital</placeName>,', '<placeName>Capital</placeName>,']], line: 71, column: 16}]},
  {id: 'register-entry-used', accept: [[]], reject: [{edits: [['<person xml:id="pers-envoy">', '<person xml:id="pers-nobody"><persName>Nobody</persName></person>\n   <person xml:id="pers-envoy">']], line: 54, column: 4}]},
  {id: 'language-declared', accept: [[], [['<catDesc>Printed date', '<catDesc xml:lang="fr">Printed date']]], reject: [{edits: [['xml:lang="ru-Latn">Pravda', 'xml:lang="de">Pravda']], line: 77, column: 110}]},
  // Dates
  {id: 'date-iso', accept: [[], [[YEAR, '<date when="1961-09-01T10:00:00">1961</date>']], [['<locus from="10" to="12">', '<locus from="10r" to="12v">']]], reject: [{edits: [[YEAR, '<date when="Sept. 1961">1961</date>']], line: 76, column: 163}]},
  {id: 'date-order', accept: [[], [[YEAR, '<date notBefore="1961" notAfter="1961-06">1961</date>']]], reject: [{edits: [[YEAR, '<date notBefore="1962" notAfter="1961">1961</date>']], line: 76, column: 163}, {edits: [[YEAR, '<date from="1961-05" to="1961-04">1961</date>']], line: 76, column: 163}]},
  // date-in-period: only a date recording what happened to the document on arrival (a receipt or registration
  // date in a routing line or stamp) can contradict its period; a date it mentions may lie in the past or future.
  {id: 'date-in-period', accept: [
    [],
    [[YEAR, '<date when="1972">the meeting planned for 1972</date>']],
    [[YEAR, '<date when="1961">1961</date> <note type="editorial" resp="#ed">An earlier letter bears the stamp <stamp type="registration" resp="#tr"><date when="1950-01-01">1 January 1950</date></stamp>.</note>']],
    [['<seg type="classification">Secret</seg>', `<seg type="classification">Secret</seg><lb/>${ROUTING('processed', '1962-10-04')}<lb/>${ROUTING('dispatched', '1962-10-05')}`]],
    [['<seg type="classification">Secret</seg>', `<seg type="classification">Secret</seg><lb/>${ROUTING('received', '1962-10-01')}`]],
    [['<seg type="classification">Secret</seg>', '<stamp type="declassification" resp="#ed"><date when="1995-01-01">1995</date></stamp>']],
    [['<seg type="classification">Secret</seg>', '<stamp type="archive" resp="#ed"><date when="1950">1950</date></stamp>']]
  ], reject: [
    {edits: [['<date when="1962-10-04">4 October 1962', '<date when="1926-10-04">4 October 1926']], line: 70, column: 62},
    {edits: [['<seg type="classification">Secret</seg>', `<seg type="classification">Secret</seg><lb/>${ROUTING('received', '1962-09-30')}`]], line: 69, column: 99},
    {edits: [['2 October 1962</date></dateline>', '2 October 1962</date></dateline><dateline><date when="1962-10-20">20 October 1962</date></dateline>']], line: 70, column: 62}
  ]},
  {id: 'date-printed', accept: [[]], reject: [{edits: [[YEAR, '<date when="1961"/>']], line: 76, column: 163}]},
  {id: 'date-uncertain-explained', accept: [[], [[YEAR, '<date when="1961" cert="low" resp="#ed">1961</date><note type="editorial" resp="#ed">The year is inferred.</note>']]], reject: [{edits: [[TYPO_DATE, '<date when="1962-09" cert="medium" ana="#date-typo">']], line: 76, column: 338}, {edits: [[YEAR, '<date when="1961" cert="low" resp="#ed">1961</date>']], line: 76, column: 163}]},
  {id: 'sent-date-matches', accept: [[]], reject: [{edits: [['Embassy</orgName><date when="1962-10-02"/>', 'Embassy</orgName><date when="1962-10-01"/>']], line: 43, column: 5}]},
  // Marginalia
  {id: 'metamark-one-target', accept: [[], [[METAMARK, '<metamark function="flag" place="margin-left" rend="line-double" spanTo="#p-1-2"/>']]], reject: [{edits: [[METAMARK, '<metamark function="flag" place="margin-left" rend="line-double"/>']], line: 76, column: 203}, {edits: [[METAMARK, '<metamark function="flag" place="margin-left" rend="line-double" target="#seg-1-1" spanTo="#p-1-2"/>']], line: 76, column: 203}]},
  {id: 'metamark-described', accept: [[]], reject: [{edits: [[METAMARK, '<metamark function="flag" rend="line-double" target="#seg-1-1"/>']], line: 76, column: 203}]},
  {id: 'metamark-form', accept: [[], [[METAMARK, '<metamark function="query" place="margin-left" target="#seg-1-1">?</metamark>']]], reject: [{edits: [[METAMARK, '<metamark function="flag" place="margin-left" target="#seg-1-1"/>']], line: 76, column: 203}]},
  {id: 'metamark-target-kind', accept: [[]], reject: [{edits: [[METAMARK, '<metamark function="flag" place="margin-left" rend="line-double" target="#sec-1"/>']], line: 76, column: 203}]},
  {id: 'marked-seg-has-metamark', accept: [[]], reject: [{edits: [[METAMARK, '<metamark function="flag" place="margin-left" rend="line-double" target="#p-1-1"/>']], line: 76, column: 285}]},
  {id: 'translator-note-resp', accept: [[]], reject: [{edits: [[SEG_NOTE, '<note type="translator" place="inline" resp="#ed" target="#seg-1-1" xml:id="tn-01">']], line: 76, column: 507}]},
  {id: 'translator-note-has-target', accept: [[], [[`${SEG_NOTE}the previous sentence was highlighted in the left margin with two vertical lines`, '<note type="translator" place="inline" resp="#tr" xml:id="tn-01">the word is unclear in the original']]], reject: [{edits: [[SEG_NOTE, '<note type="translator" place="inline" resp="#tr" xml:id="tn-01">']], line: 76, column: 507}]},
  {id: 'translator-note-marks-agree', accept: [[]], reject: [{edits: [[SEG_NOTE, '<note type="translator" place="inline" resp="#tr" target="#p-1-1" xml:id="tn-01">']], line: 76, column: 507}]},
  // Leftovers
  {id: 'no-leftover-brackets', accept: [[], [['<sic>September 1926</sic>', '<sic>September [1926]</sic>']], [['1961</date> was poor.', '1961</date> was <orig>]]</orig> poor.']]], reject: [{edits: [['1961</date> was poor.', '1961</date> [was] poor.']], line: 76, column: 6}]},
  {id: 'no-translator-note-label', accept: [[]], reject: [{edits: [[`${SEG_NOTE}the previous`, `${SEG_NOTE}Translator’s note: the previous`]], line: 76, column: 507}]},
  {id: 'no-web-chrome', accept: [[]], reject: [{edits: [['<item>to file</item>', '<item>to file Skip to content</item>']], line: 87, column: 22}]},
  {id: 'no-empty-block', accept: [[], [['<item>to file</item>', '<item><gap reason="illegible" resp="#tr"/></item>']]], reject: [{edits: [['<item>to file</item>', '<item>&#160; </item>']], line: 87, column: 22}]},
  // Editorial interventions
  {id: 'sic-in-choice', accept: [[], [['1961</date> was poor.', '1961</date> <sic resp="#tr">was</sic> poor.']]], reject: [{edits: [['<corr resp="#ed">September 1962</corr>', '']], line: 76, column: 409}, {edits: [['1961</date> was poor.', '1961</date> <sic>was</sic> poor.']], line: 76, column: 193}]},
  {id: 'corr-has-resp', accept: [[]], reject: [{edits: [['<corr resp="#ed">September 1962</corr>', '<corr>September 1962</corr>']], line: 76, column: 434}]},
  {id: 'supplied-attributed', accept: [[]], reject: [{edits: [['<supplied reason="omitted-in-original" resp="#tr">', '<supplied reason="omitted-in-original">']], line: 76, column: 82}]},
  {id: 'stamp-attributed', accept: [[]], reject: [{edits: [['<stamp type="registration" resp="#tr">', '<stamp type="registration">']], line: 70, column: 6}]},
  {id: 'gap-has-reason', accept: [[]], reject: [{edits: [['<gap reason="signature" resp="#tr">', '<gap resp="#tr">']], line: 80, column: 14}]},
  {id: 'signature-gap-in-signed', accept: [[]], reject: [{edits: [['30 September 1962</date>)</bibl>.', '30 September 1962</date>)</bibl>. <gap reason="signature" resp="#tr"/>']], line: 77, column: 220}]},
  {id: 'signed-has-name', accept: [[], [['<signed><gap reason="signature" resp="#tr"><desc>signature</desc></gap> (<persName ref="#pers-envoy">B. Envoy</persName>)</signed>', '<signed corresp="#pers-envoy"><gap reason="signature" resp="#tr"><desc>signature</desc></gap></signed>']]], reject: [{edits: [['(<persName ref="#pers-envoy">B. Envoy</persName>)', '(B. Envoy)']], line: 80, column: 6}]},
  {id: 'quote-source-linked', accept: [[], [['<p xml:id="p-1-2"><quote source="#b-1">', '<p xml:id="p-1-2"><cit><quote>'], ['</date>)</bibl>.</p>', '</date>)</bibl></cit>.</p>']]], reject: [{edits: [['<quote source="#b-1">', '<quote>']], line: 77, column: 24}]},
  // Header and structure
  {id: 'msidentifier-complete', accept: [[]], reject: [{edits: [['<settlement>Moscow</settlement>', '']], line: 17, column: 6}]},
  // Scoped to Russian repositories (country RU, or no country and an opis or delo): a Romanian "fond … dosar …"
  // or a Bulgarian "fond, opis, a.e." reference is another tradition's form, not an incomplete Russian one.
  {id: 'russian-archival-reference', accept: [
    [],
    [['<idno type="fond">1</idno>', '<idno type="file">1/2/3</idno>'], ['<idno type="opis">2</idno>', ''], ['<idno type="delo">3</idno>', '']],
    [['<settlement>Moscow</settlement>', '<country key="RO">Romania</country><settlement>Bucharest</settlement>'], ['<idno type="opis">2</idno>', ''], ['<idno type="delo">3</idno>', '<idno type="dosar">219/1956</idno>']],
    [['<settlement>Moscow</settlement>', '<country key="BG">Bulgaria</country><settlement>Sofia</settlement>'], ['<idno type="delo">3</idno>', '<idno type="ae">123</idno>']]
  ], reject: [
    {edits: [['<idno type="delo">3</idno>', '']], line: 17, column: 6},
    {edits: [['<settlement>Moscow</settlement>', '<country key="RU">Russia</country><settlement>Moscow</settlement>'], ['<idno type="opis">2</idno>', ''], ['<idno type="delo">3</idno>', '<idno type="dosar">219/1956</idno>']], line: 17, column: 6}
  ]},
  {id: 'locus-order', accept: [[]], reject: [{edits: [['<locus from="10" to="12">', '<locus from="12" to="10">']], line: 26, column: 15}]},
  {id: 'header-rights', accept: [[]], reject: [{edits: [['<licence>For testing only.</licence>', '<p>For testing only.</p>']], line: 3, column: 2}]},
  {id: 'edition-language-declared', accept: [[]], reject: [{edits: [['<language ident="en">', '<language ident="en-GB">']], line: 3, column: 2}, {edits: [[' xml:id="fixture-telegram" xml:lang="en">', ' xml:id="fixture-telegram">']], line: 3, column: 2}]},
  {id: 'original-language-recorded', accept: [[]], reject: [{edits: [['<textLang mainLang="ru">', '<textLang>']], line: 3, column: 2}]},
  {id: 'change-attributed', accept: [[], [['<change when="2026-11-29" who="#ed">', '<change notBefore="2026-11-29" who="#ed">']]], reject: [{edits: [['<change when="2026-11-29" who="#ed">', '<change when="2026-11-29">']], line: 48, column: 4}, {edits: [['<change when="2026-11-29" who="#ed">', '<change who="#ed">']], line: 48, column: 4}]},
  {id: 'section-has-head', accept: [[], [['<div type="section" n="1" xml:id="sec-1">', '<div type="section" xml:id="sec-1">'], ['<head>I.</head>', '']]], reject: [{edits: [['<head>I.</head>', '']], line: 74, column: 5}]},
  {id: 'distribution-count', accept: [[], [['Two copies printed', '2 copies printed']], [['Two copies printed', 'Distribution']], [['Two copies printed', 'Three copies printed'], ['<item>to file</item>', '<item n="2">to file – 2</item>'], ['<item>to the', '<item n="1">to the']]], reject: [{edits: [['Two copies printed', 'Three copies printed']], line: 84, column: 5}, {edits: [['Two copies printed', 'Printed in 3 copies']], line: 84, column: 5}]},
  {id: 'distribution-labels', accept: [[]], reject: [{edits: [['<label>2</label>', '<label>3</label>']], line: 84, column: 5}]}
]
