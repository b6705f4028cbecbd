/**
 * fast-check arbitraries for Wilson Center archive captures, built from the conventions of
 * ../shared/docs/archive-conventions.md (page frame §1, brackets §2, blocks §3, names and dates §4) and
 * perturbed the way real captures are (CRLF, tabs, BOM, control characters, very long lines, cut-off
 * captures, unbalanced and nested brackets, non-Latin scripts). Needs no shared data; corpus pieces
 * (`corpus.ts`) can be mixed in through `documentFrom`.
 */
import fc from 'fast-check'

/** A generated capture: its text and the words its body holds (what the lossless property looks for). */
export interface Capture {
  source: string
  /** Body lines as generated (before perturbation of the whole text). */
  body: string[]
  /** Lines whose words are page chrome the encoder may leave out (a related document's title above the page title). */
  chrome: string[]
}

const pick = <T>(...xs: T[]): fc.Arbitrary<T> => fc.constantFrom(...xs)

/** Words of running text, with the scripts, marks and characters a capture can hold. */
export const word = fc.oneof(
  {weight: 8, arbitrary: pick('the', 'delegation', 'arrived', 'on', 'Monday', 'and', 'was', 'received', 'by', 'minister', 'talks', 'covered', 'trade', 'in', 'machinery', 'proposal', 'agreed', 'said', 'that', 'agreement', 'is', 'not', 'acceptable', 'Soviet', 'side', 'Korean', 'comrades', 'asked', 'about', 'situation', 'economic', 'aid', 'party', 'of', 'to', 'a', 'it', 'he', 'we', 'they', 'will', 'should', 'Embassy', 'Government', 'Ministry', 'Foreign', 'Affairs', 'Central', 'Committee')},
  {weight: 3, arbitrary: pick('Kim Il Sung', 'Comrade Stalin', 'Cde. Molotov', 'V. V. Kuznetsov', 'Mao Zedong', 'Chiang Ching-kuo', 'Nakajima Kenzo', 'Helmut Kohl', 'Pavlíček', 'JOSÉ MARIA DINIZ', 'Pyongyang', 'Moscow', 'Havana', 'Bonn', 'Prague', 'New Delhi', 'USSR', 'DPRK', 'PRC', 'CPSU CC', 'MFA', 'KWP', 'Worker’s Party of Korea (KWP)', 'Government of Japan', 'Romanian Embassy in Pyongyang', 'the United Nations')},
  {weight: 3, arbitrary: pick('9 June 1969', 'June 9, 1969', '1980 October 31', '“15” October 1956', '16.XII.1947', '9.VI.69', '13/5-50', '20./21. November 1997', 'June / July 1997', '2001/2002', '1965-1966', 'between 1959 and 1962', 'by the end of 1962', 'November 27', 'the 15th inst.', '11.01.1962', '10.31.1962', '05/10/50', 'in 1957', '1955 tons', '9.30 hours', '2.30 p.m.', '19:25', '17hs45', 'September this year', 'December last year', '31 October', '9th March')},
  // Impossible and edge dates and times: a normaliser must not emit an invalid xs:date/xs:time.
  {weight: 2, arbitrary: pick('31.02.1962', '29 February 1961', 'February 29, 1960', '32 June 1969', '0 May 1950', '31 April 1950', '30.13.1962', '00.00.1950', '25:70', '24:00', '99.99 hours', '13/13-50', '0.XIII.1947', 'June 31, 1969', '1962 February 30', '10000 tons', 'in 0000', 'in 9999', '45.XII.1947', '31/4-50')},
  {weight: 2, arbitrary: pick('Москва', 'Сталин', '金日成', '평양', 'القاهرة', 'Αθήνα', 'שלום', 'Đặng', 'Łódź', 'Ünal', 'naïve', 'e\u0301tude', '😀', '𝔄', 'ﬁne', 'Ⅻ', '①', '٣٤', '五月')},
  {weight: 2, arbitrary: pick('&', '<', '>', '"', "'", '&amp;', '<p>', ']]>', '<!--', '-->', '“', '”', '‘', '’', '—', '–', '…', '•', '§', '№', 'Nº', '%', '#', '$', '@', '*', '**', 'x/', '/', '\\', '|', '{', '}', '=', '+', '~', '^', '`', '?', '!', ';', ':')},
  {weight: 1, arbitrary: pick('HAPP@wilsoncenter.org', 'mail[at]example.org', 'http://example.org/a?b=1&c=2', 'U.S.S.R.', 'No.', 'Nr.', '4.', '(a)', 'i)', 'p.', 'pp.', 'ff.', 'etc.', 'e.g.')}
)

/** A run of words (a phrase or sentence fragment). */
const phrase = (min: number, max: number): fc.Arbitrary<string> => fc.array(word, {minLength: min, maxLength: max}).map((ws) => ws.join(' '))

/** Square brackets of §2, every kind, with text inside. */
export const bracket: fc.Arbitrary<string> = fc.oneof(
  pick('[illegible]', '[illegible name]', '[2 words illegible]', '[one line illegible]', '[text missing]', '[page missing]', '[rest of page cut off]', '[sic]', '[sic!]', '[handwritten]', '[handwritten signature]', '[date left blank]', '[blank]', '[space left blank]', '[…]', '[...]', '[….]', '[redacted]', '[name redacted]', '[emphasis in the original]', '[underlined in the original]', '[signature]', '[page break]', '[p. 2]', '[1]', '[12]', '[*]', '[Stalin]', '[North]', '[Soviet]', '[molniruite]', '[opis’]', '[733rd meeting]', '[not further identified]', '[]', '[ ]', '[?]', '[!]', '[:]', '[Translator’s note:]', '[Stamp:]', '[handwritten:]', '[crossed out:]', '[unclear:]', '[1962]', '[7 January]', '[mail at example dot org]'),
  phrase(1, 6).map((x) => `[Translator's note: ${x}]`),
  phrase(1, 6).map((x) => `[Translator’s Note: ${x}]`),
  phrase(1, 6).map((x) => `[trans. note—${x}]`),
  phrase(1, 6).map((x) => `[Translator's comment: ${x}]`),
  phrase(1, 6).map((x) => `[Ed. note: ${x}]`),
  phrase(1, 6).map((x) => `[Editor's note: ${x}]`),
  phrase(1, 6).map((x) => `[Note: ${x}]`),
  phrase(1, 6).map((x) => `[Stamp: ${x}]`),
  phrase(1, 6).map((x) => `[CPSU CC stamp: ${x}]`),
  phrase(1, 6).map((x) => `[stamp: Received ${x} No. 12]`),
  phrase(1, 6).map((x) => `[seal: ${x}]`),
  phrase(1, 6).map((x) => `[There is a stamp ${x}]`),
  phrase(1, 4).map((x) => `[handwritten: ${x}]`),
  phrase(1, 4).map((x) => `[Handwritten: ${x}]`),
  phrase(1, 4).map((x) => `[inserted by hand: ${x}]`),
  phrase(1, 4).map((x) => `[added by hand: ${x}]`),
  phrase(1, 4).map((x) => `[crossed out: ${x}]`),
  phrase(1, 4).map((x) => `[deleted: ${x}]`),
  phrase(1, 3).map((x) => `[unclear: ${x}?]`),
  phrase(1, 3).map((x) => `[${x}?]`),
  phrase(1, 12).map((x) => `[${x}]`),
  phrase(12, 30).map((x) => `[${x}]`),
  // Nested brackets, and a bracket inside a labelled one.
  fc.tuple(phrase(1, 3), phrase(0, 3)).map(([a, b]) => `[Translator's note: ${a} [illegible] ${b}]`),
  fc.tuple(phrase(1, 3), phrase(1, 3)).map(([a, b]) => `[${a} [${b}]]`),
  fc.tuple(phrase(1, 3), phrase(1, 3)).map(([a, b]) => `[[${a}] ${b}]`),
  fc.tuple(phrase(1, 3), phrase(1, 3)).map(([a, b]) => `[handwritten: ${a} [crossed out: ${b}]]`),
  phrase(1, 3).map((x) => `[[[${x}]]]`),
  // Completions inside a word.
  pick('Com[rade]', '[R]evolution', 'Gov[ernmen]t', 'Cde[.]', '[Com]rade', 'a[n]d')
)

/** Round brackets and other paired marks, balanced or not. */
const paren = fc.oneof(pick('(Memo)', '(p. 1)', '(Sd)', '(Sd.)', '((', '))', '(', ')', '«', '»', '„', '“', '”'), phrase(1, 5).map((x) => `(${x})`))

/** Running text: words with brackets, parentheses and footnote markers among them. */
export const prose = (min = 3, max = 40): fc.Arbitrary<string> => fc.array(fc.oneof({weight: 10, arbitrary: word}, {weight: 2, arbitrary: bracket}, {weight: 1, arbitrary: paren}, {weight: 1, arbitrary: pick('[1]', '*', '**', 'x/', '¹', '[2]')}), {minLength: min, maxLength: max})
  .chain((ws) => fc.constantFrom('.', '', '!', '?', ':', '…', ',', '.”', '.)').map((end) => ws.join(' ') + end))

/** A block of §3 (one or more lines). */
export const block: fc.Arbitrary<string[]> = fc.oneof(
  {weight: 10, arbitrary: prose(5, 60).map((p) => [p])},
  {weight: 2, arbitrary: pick('Secret', 'Top Secret', 'Top Secret!', 'TOP SECRET', 'Strictly Secret', 'Confidential', 'For internal use only', 'Secret. Copy No. 2', 'Copy Nº 2', 'Copy No. 3', 'Secret!').map((l) => [l])},
  {weight: 1, arbitrary: pick('Making copies is forbidden', 'Making copies is prohibited', 'TOP PRIORITY', 'EXTREMELY URGENT', 'SPECIAL', 'Coded letter', 'Indefinite Duration', 'URGENT').map((l) => [l])},
  {weight: 2, arbitrary: fc.tuple(pick('From:', 'To:', 'Destination:', 'No.', 'Sent', 'Received', 'Received on', 'Arrived:', 'Deciphered', 'Typed', 'Copies:', 'Reference No.', 'Date:', 'Classification:', 'Subject:', 'Re:', 'Re.', 'TELEGRAM', 'CIPHERED TELEGRAM', 'Issuing No.', 'F.N.'), fc.oneof(word, phrase(1, 5))).map(([a, b]) => [`${a} ${b}`])},
  {weight: 2, arbitrary: fc.tuple(pick('Dear Comrade', 'To Comrade', 'Dear Sir', 'Dear Mr.', 'Esteemed'), word, pick(',', '!', ':', '')).map(([a, b, c]) => [`${a} ${b}${c}`])},
  {weight: 2, arbitrary: fc.tuple(pick('Budapest', 'Pyongyang', 'New Delhi', 'Moscow', 'Bonn', 'Москва', 'X'), pick('1980 October 31', '13 May 1950', '1st April, 1949.', '31.02.1962', '29 February 1961', '12 March 1962', '', '13/5-50')).map(([a, b]) => [`${a}, ${b}`])},
  {weight: 2, arbitrary: fc.oneof(pick('I.', 'II.', 'IV', 'x x x', 'X X X', '* * *', 'RECORD OF CONVERSATION', '(Memo)', '(Telegram)', 'M e m o r a n d u m', 'CIPHERED TELEGRAM', 'Enclosure', 'Attachment', 'Annex 1', 'End', 'END', '- 2 -', '- 12 -', '(p. 1)', '[page break]', '1.', 'a)', 'A'), fc.tuple(pick('1.', '2.', 'II.', 'a)', '(A)', '(i)', '1．', 'Amendment .1.', 'Text of speech made by'), phrase(1, 8)).map(([n, t]) => `${n} ${t}`), phrase(1, 6).map((t) => t.toUpperCase()), phrase(1, 4).map((t) => `From the journal of ${t}`)).map((l) => [l])},
  {weight: 2, arbitrary: fc.tuple(pick('1.', '2)', '(4)', '1．', '3.', '10.', 'a)', '(ii)', '(i)'), prose(3, 40)).map(([n, p]) => [`${n} ${p}`])},
  {weight: 2, arbitrary: fc.array(fc.tuple(fc.nat(12), phrase(1, 6)), {minLength: 2, maxLength: 6}).chain((items) => pick('1.', '(i)', 'a)', '1)').map((kind) => items.map(([, t], k) => `${numbered(kind, k)} ${t}`)))},
  {weight: 2, arbitrary: fc.oneof(pick('(A. Gromyko)', 'G R O M Y K O', '13/5-50. Roshchin', 'Mao Zedong', '[signature] (A. Example)', 'Signed: Kim Il Sung', 'Yours sincerely,', 'Yours sincerely, (Sd).', 'With communist greetings', 'With comradely greetings,', 'Ambassador Dumitru Popa', 'VYSHINSKY', 'Pavlíček 388.', '(Bitterlich)', 'JOSÉ MARIA DINIZ RUIZ DE GAMBOA', 'Ministry of Foreign Affairs', '23 December 1965', '[signature]', '[illegible signature]'), phrase(1, 3)).map((l) => [l])},
  {weight: 2, arbitrary: fc.oneof(pick('Six copies printed – gp', '1 – to Cde. Molotov', '2 – to file', 'Sent to: Moscow, Beijing', 'Distribution list – 11 copies: Stalin – 2, Molotov – 1, Beria – 1'), phrase(1, 6).map((t) => `Copies: Comrades ${t}`), phrase(1, 6).map((t) => `Present: ${t}`), pick('Participants:', 'Present:')).map((l) => [l])},
  {weight: 2, arbitrary: fc.tuple(pick('KIM IL SUNG:', 'Kohl:', 'North (KIM):', '72. Mr. AIKEN (Ireland):', 'STALIN:', 'Comrade Stalin asked', 'President Yeltsin pointed out', 'When asked, BK explains', 'He said', 'МОЛОТОВ:'), prose(3, 30)).map(([s, p]) => [`${s} ${p}`])},
  {weight: 1, arbitrary: fc.array(fc.array(fc.oneof(word, pick('', '12', '3.5', '–')), {minLength: 2, maxLength: 5}), {minLength: 2, maxLength: 5}).chain((rows) => pick('\t', '     ', '  ', '\t\t').map((sep) => rows.map((r) => r.join(sep))))},
  {weight: 2, arbitrary: fc.tuple(pick('[1]', '  [1]   ', '*', '**', 'x/', '1)', '[2]', '[12]', '¹'), prose(1, 20)).map(([m, p]) => [`${m} ${p}`])},
  {weight: 1, arbitrary: fc.tuple(pick('“', '"', '«'), prose(5, 30), pick('With greetings. FILIPPOV [Stalin].”', 'End of message.”', '"', '»', '')).map(([o, p, c]) => [`${o}${p}`, c].filter((l) => l !== ''))},
  {weight: 1, arbitrary: pick('_______________________', '-----', '==========', '. . . . .', '…', '[', ']', ')', '(', '*', '#', '1', 'a', 'Nº', '\u00a0', '\u200b', '\u2028').map((l) => [l])},
  {weight: 1, arbitrary: pick('[Stamp: Received 12 June 1969', 'No. 19373', 'Korea]').map((l) => [l])},
  {weight: 1, arbitrary: fc.tuple(prose(3, 10), prose(3, 10)).map(([a, b]) => [`[CPSU CC stamp: ${a}`, `${b}]`])}
)

function numbered(kind: string, k: number): string {
  const roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii']
  if (kind === '(i)') return `(${roman[k] ?? 'x'})`
  if (kind === 'a)') return `${String.fromCharCode(97 + k)})`
  if (kind === '1)') return `${k + 1})`
  return `${k + 1}.`
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
/** The page's date line ("June 9, 1969"), including impossible days a scrape can carry. */
const dateLine = fc.tuple(fc.integer({min: 0, max: 11}), fc.integer({min: 1, max: 31}), fc.integer({min: 1900, max: 2030}), fc.boolean())
  .map(([m, d, y, withDay]) => (withDay ? `${MONTHS[m]} ${d}, ${y}` : `${MONTHS[m]} ${y}`))

/** "Document Information" fields, labelled (layout A), unlabelled (B), or labels without values (C). */
const info = fc.record({
  style: pick('labelled', 'unlabelled', 'labels-only', 'empty', 'none'),
  source: fc.oneof(pick('RGANI, fond 5, opis 49, delo 236, listy 79-94. Translated by Gary Goldberg.', 'AVPRF, F. 0102, Op. 9, P. 44, D. 3, l. 78', 'BArch, B 136/59748, 335-336. Contributed, transcribed, and translated by Stephan Kieninger.', 'Archive of the Ministry of Foreign Affairs, Rome', 'PRC FMA 106-00029-03, 1-3', 'MNL OL XIX-J-1-j Korea, 1962, 11. doboz', ''), phrase(1, 10)),
  type: pick('Memorandum', 'Telegram', 'Letter', 'Report', 'Minutes', 'Record of Conversation', 'Cable', ''),
  language: pick('English', 'Russian', 'German', 'Chinese', 'Korean', 'Klingon', ''),
  record: fc.oneof(fc.integer({min: 1, max: 9_999_999}).map(String), pick('abc', '12-34', '')),
  uploaded: pick('2023-10-03', 'July 30, 1997', '2023-13-45', ''),
  donors: fc.oneof(pick('Kyungnam University', 'Leon Levy Foundation and Carnegie Corporation of New York', ''), phrase(1, 4))
})

/** The frame of §1 around a body; `parts` chooses which frame pieces are present. */
export const frame = fc.record({
  chrome: fc.boolean(),
  date: fc.option(dateLine, {nil: undefined}),
  related: fc.option(phrase(2, 8), {nil: undefined}),
  title: fc.option(fc.oneof(phrase(2, 20), pick('Letter, Kim Il Sung to Stalin', 'Ciphered Telegram No. 8600, Vyshinsky to Mao Zedong', "The Chancellor's [Helmut Kohl's] Conversation with Leonid Kuchma", 'Report from Thomas J. Kieran (Ottawa) to the Department', '[', 'Telegram ]', 'Untitled', '')), {nil: undefined}),
  sponsor: fc.option(fc.oneof(pick('Kyungnam University', 'the Example Foundation', 'Leon Levy Foundation and Carnegie Corporation of New York'), phrase(1, 4)), {nil: undefined}),
  summary: fc.option(prose(3, 30), {nil: undefined}),
  widgets: fc.option(fc.array(fc.tuple(pick('Author(s):', 'Associated People & Organizations', 'Associated Places', 'Associated Topics', 'Subjects Discussed', 'Related Documents', 'Citation', 'Keywords'), fc.array(phrase(1, 4), {maxLength: 3})), {maxLength: 4}), {nil: undefined}),
  info
})

export type Frame = typeof frame extends fc.Arbitrary<infer F> ? F : never

/** Assemble a capture from a frame and body blocks (blank lines between blocks, as the archive prints them). */
export function assemble(f: Frame, blocks: string[][], spacer = ''): string {
  const out: string[] = []
  if (f.chrome) out.push('Skip to content', '')
  if (f.date !== undefined) out.push(f.date, '')
  if (f.related !== undefined) out.push(f.related, '')
  if (f.title !== undefined) out.push(f.title, '')
  if (f.sponsor !== undefined) out.push(`This document was made possible with support from ${f.sponsor}`, '')
  for (const b of blocks) out.push(...b, spacer)
  if (f.summary !== undefined) out.push(f.summary, '')
  for (const [label, values] of f.widgets ?? []) out.push(label, ...values, '')
  const i = f.info
  const fields: [string, string][] = [['Source', i.source], ['Rights', 'The History and Public Policy Program welcomes reuse of Digital Archive materials for research and educational purposes.'], ['Original Uploaded Date', i.uploaded], ['Type', i.type], ['Language', i.language], ['Record ID', i.record], ['Donors', i.donors]]
  if (i.style !== 'none') out.push('Document Information', '')
  if (i.style === 'labelled') for (const [l, v] of fields) out.push(l, '', v, '')
  if (i.style === 'unlabelled') for (const [, v] of fields) out.push(v, '')
  if (i.style === 'labels-only') for (const [l] of fields) out.push(l)
  return out.join('\n')
}

/** Perturbations of a whole capture (what scrapes and copies do to text). */
export type Perturbation =
  | {kind: 'crlf'} | {kind: 'cr'} | {kind: 'bom'} | {kind: 'tabs'} | {kind: 'nbsp'} | {kind: 'trailing-space'}
  | {kind: 'control'; at: number; char: string} | {kind: 'truncate'; at: number} | {kind: 'long-line'; times: number}
  | {kind: 'join-lines'} | {kind: 'drop-blank-lines'} | {kind: 'insert'; at: number; text: string} | {kind: 'double-space'}

export const perturbation: fc.Arbitrary<Perturbation> = fc.oneof(
  pick<Perturbation>({kind: 'crlf'}, {kind: 'cr'}, {kind: 'bom'}, {kind: 'tabs'}, {kind: 'nbsp'}, {kind: 'trailing-space'}, {kind: 'join-lines'}, {kind: 'drop-blank-lines'}, {kind: 'double-space'}),
  fc.record({kind: fc.constant('control' as const), at: fc.nat(), char: pick('\u0000', '\u0001', '\u0007', '\u001b', '\u000b', '\u000c', '\u007f', '\u0085', '\ufffe', '\uffff', '\ud800', '\udfff', '\u200e', '\u202e', '\ufeff', '\u00ad', '\u2028')}),
  fc.record({kind: fc.constant('truncate' as const), at: fc.nat()}),
  fc.record({kind: fc.constant('long-line' as const), times: fc.integer({min: 20, max: 200})}),
  fc.record({kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(bracket, paren, pick('[', ']', '[[', ']]', '\n', '\n\n', '\t', '\nSource\n', '\n[\n', '&#x1;', '<![CDATA[', ']]>'))})
)

/** Apply one perturbation (deterministically) to a capture's text. */
export function perturb(text: string, p: Perturbation): string {
  // Insertions land after the first line: glued to "Skip to content" they would make chrome text no encoder can tell
  // from the document's (the frame's own slips, a BOM or a control character there, are fixtures of layout-labelled).
  const first = text.indexOf('\n') + 1
  const at = (n: number): number => (text.length <= first ? text.length : first + (n % (text.length - first + 1)))
  switch (p.kind) {
    case 'crlf': return text.replace(/\n/g, '\r\n')
    case 'cr': return text.replace(/\n/g, '\r')
    case 'bom': return `\ufeff${text}`
    case 'tabs': return text.replace(/ /g, (_, k: number) => (k % 3 === 0 ? '\t' : ' '))
    case 'nbsp': return text.replace(/\n\n/g, '\n\u00a0\n')
    case 'trailing-space': return text.replace(/\n/g, ' \t\n')
    case 'join-lines': return text.replace(/\n\n/g, '\n')
    case 'drop-blank-lines': return text.replace(/\n\s*\n/g, '\n')
    case 'double-space': return text.replace(/ /g, '  ')
    case 'control': return text.slice(0, at(p.at)) + p.char + text.slice(at(p.at))
    case 'truncate': return text.slice(0, Math.max(1, at(p.at)))
    case 'insert': return text.slice(0, at(p.at)) + p.text + text.slice(at(p.at))
    case 'long-line': {
      // One paragraph repeated on a single very long line (scrapes that lost their line breaks).
      const lines = text.split('\n')
      const k = lines.findIndex((l) => l.length > 40 && l.length < 400)
      if (k < 0) return text
      lines[k] = Array.from({length: Math.min(p.times, Math.floor(20_000 / (lines[k] ?? '').length))}, () => lines[k]).join(' ')
      return lines.join('\n')
    }
  }
}

/** A synthetic capture: a frame, 0–14 blocks, and up to two perturbations. */
export const capture: fc.Arbitrary<Capture> = fc.tuple(frame, fc.array(block, {maxLength: 14}), fc.array(perturbation, {maxLength: 2}), pick('', '', '\u00a0', ' '))
  .map(([f, blocks, ps, spacer]) => ({source: ps.reduce(perturb, assemble(f, blocks, spacer)), body: blocks.flat(), chrome: f.related === undefined ? [] : [f.related]}))

/** The same without perturbations: a well-formed page the encoder should encode without falling back. */
export const cleanCapture: fc.Arbitrary<Capture> = fc.tuple(frame, fc.array(block, {maxLength: 14}))
  .map(([f, blocks]) => ({source: assemble({...f, chrome: true, info: {...f.info, style: 'labelled'}}, blocks), body: blocks.flat(), chrome: f.related === undefined ? [] : [f.related]}))
