/**
 * §3 records of conversation: a paragraph that begins with its speaker. Two forms: a labelled turn ("KIM IL SUNG: …",
 * "Kohl: …", "North (KIM): …", "72. Mr. AIKEN (Ireland): …") and a reported turn ("President Yeltsin pointed out …",
 * "The Chancellor replied …", "BK explains …", after a short phrase such as "When asked by the Chancellor,").
 * Pronoun-led paragraphs ("He urged …", "I drew …") are not turns. Reported turns count only in a record of
 * conversation (see `isConversation`): in a memorandum "Comrade Stalin asked …" is narrative, not a turn.
 */
import type {BlockRecogniser} from '../types.js'

const TITLE = String.raw`(?:Mr\.?|Mrs\.?|Pres\.|Ms\.?|Dr\.?|Comrade|Comrades|Cde\.?|Comr\.?|President|Vice[- ]President|Prime Minister|Premier|Vice Premier|Chancellor|Federal Chancellor|Minister|Foreign Minister|Defen[cs]e Minister|Finance Minister|Ambassador|General|Marshal|Secretary(?: General| of State)?|General Secretary|First Secretary|Chairman|Deputy(?: \p{Lu}\p{L}+)?|State Secretary|Sir|Lord|Professor|Prof\.|Senator|King|Queen|Prince|Emperor|Patriarch|Director|Governor|Mayor|Consul|Counsell?or|Envoy|Colonel|Admiral)`
const PRONOUN = String.raw`(?:I|He|She|We|They|It|This|That|These|Those|There|Both|All|Our|His|Her|Their|One|Each|Further|However|Also|Then|Here|In|On|At|As|After|Before|When|While|With|For|From|To|By|Of|If|Afterwards|Finally|Moreover|Nevertheless|Following|Regarding|Concerning|According)\b`
const NAME = String.raw`(?!${PRONOUN})\p{Lu}[\p{L}.'’-]*(?:\s(?:\p{Lu}[\p{L}.'’-]*|de|van|von|da|al))*?`
const ONE = String.raw`(?:(?:[Tt]he\s)?(?:${TITLE}\s)+${NAME}|[Tt]he\s${TITLE}|${NAME})`
const SPEAKER = String.raw`${ONE}(?:\s(?:and|&)\s${ONE})?`
const VERB = String.raw`(?:said|says|stated|states|emphasi[sz]e[sd]?|pointed out|points out|replied|replies|asked|asks|agreed|agrees|noted|notes|added|adds|thanked|thanks|stressed|stresses|explained|explains|informed|informs|expressed|expresses|handed|hands|reiterated|reiterates|praised|praises|interrupted|interrupts|affirmed|affirms|went on|goes on|welcomed|welcomes|advocated|advocates|addressed|addresses|urged|urges|declared|declares|confirmed|confirms|mentioned|mentions|remarked|remarks|responded|responds|answered|answers|observed|observes|underlined|underlines|suggested|suggests|proposed|proposes|requested|requests|referred|refers|recalled|recalls|announced|announces|described|describes|considered|considers|thinks|think|thought|throws in|felt|feels|hoped|hopes|raised|raises|spoke|speaks|continued|continues|concluded|concludes|promised|promises|assured|assures|indicated|indicates|underscored|warned|warns|objected|objects|insisted|insists|admitted|admits|acknowledged|acknowledges|commented|comments|inquired|enquired|inquires|wanted|wants|regretted|regrets|reported|reports|briefed|briefs|outlined|outlines|shared|shares|believed|believes|expected|expects|summari[sz]ed|summari[sz]es|appealed|appeals|invited|invites|pledged|pledges|recommended|recommends|accepted|accepts|rejected|rejects|wished|wishes|opened|opens|began|begins|told|tells|repeated|repeats|argued|argues|drew|draws|proposed|called|calls|emphasized|thought)`
const ADVERB = String.raw`(?:(?:also|once again|again|then|basically|briefly|further|furthermore|first|finally|now|still|in turn|in principle|in detail|expressly|therefore|however|fully),?\s)*`
const INTRO = String.raw`(?:[^.;:!?\n]{1,80}?,\s)?`
const REPORTED = new RegExp(String.raw`^${INTRO}(${SPEAKER})\s${ADVERB}${VERB}\b`, 'u')
/** Field labels that take a colon but are not speakers. */
const FIELDS = /^(?:Subject|Re|Ref|To|From|Date|Copies|Copy|Note|Notes|Source|Present|Participants|Attendees|Enclosure|Attachment|Classification|Destination|Distribution|Sent|Received|Agenda|Item|Place|Time|Annex|Appendix|Summary|Conclusion|Question|Answer|Reply|Translation|Original|Distribution list|Encl|Cc|Bcc|Tel|Telephone|Fax|Address|Signed|Part|Section|Chapter|Article|Point|Amount|Interest rate|Projects|Loan conditions|Location|Venue|Interpreters?|Recorded by|Recorder|Note-taker|Excused|Absent|Also present|Duration|Resolution|Decision|Sender|Recipient|Addressee|Dear \p{Lu}.*)$/iu
/** The label and its separator: a colon ("Kohl:"), a spaced dash ("Kohl – …"), or a full stop after capitals ("STALIN. …"). */
const LABELLED = new RegExp(String.raw`^(?:(\d{1,4})\.\s+)?((?:${TITLE}\s)?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}(?:\s\([^()]{1,30}\))?)(:|\s[–—-]|(?<=\p{Lu}{2})\.)\s+(?=\S)`, 'u')
/** Capital words that end a line with a full stop but name no speaker ("SECRET.", "II."). */
const NOT_SPEAKER = /^(?:[IVXLC]+|SECRET|TOP SECRET|CONFIDENTIAL|URGENT|TELEGRAM|MEMORANDUM|END|NOTE|USSR|USA|PRC|DPRK|GDR|UN|NATO|CC|CPSU)$/

/** A labelled turn: the label as printed (with its number and colon), the speaker's name, and the label's length. */
export function labelledTurn(text: string): {label: string; name: string; n: string | undefined; strong: boolean} | undefined {
  const m = LABELLED.exec(text)
  if (!m) return undefined
  const label = m[2] ?? ''
  const bare = label.replace(/\s*\([^()]*\)$/, '')
  if (FIELDS.test(bare) || FIELDS.test(label)) return undefined
  // A full stop separates only a speaker in capitals; a dash only a name of one to three words.
  if (m[3] === '.' && (NOT_SPEAKER.test(bare) || !/^[\p{Lu}\s'’-]+$/u.test(bare))) return undefined
  if (m[3] !== ':' && m[3] !== '.' && (bare.split(/\s+/).length > 3 || new RegExp(String.raw`^(?:The|A|An|${PRONOUN})\b`, 'u').test(bare))) return undefined
  // The label ends at the colon's spaces (a lookahead: slicing one code unit off a match would split an emoji's pair).
  const full = text.slice(0, m[0].length).replace(/\s+$/, '')
  // Strong forms: a title, capitals, or a gloss in parentheses. "Kohl:" alone is a turn only among others.
  const strong = new RegExp(String.raw`^${TITLE}\s`, 'u').test(label) || (/^\p{Lu}[\p{Lu}\s.'’-]+$/u.test(bare) && bare.replace(/\W/g, '').length >= 2) || /\(/.test(label)
  const name = (/\(([^()]*)\)$/.exec(label) && /^(North|South|East|West|Soviet|Chinese|Korean|American)$/.test(bare) ? /\(([^()]*)\)$/.exec(label)?.[1] : bare) ?? bare
  return {label: full, name: name.replace(new RegExp(String.raw`^${TITLE}\s`, 'u'), ''), n: m[1], strong}
}

/** A reported turn: the speaker's words as printed ("President Yeltsin", "The Chancellor and President Yeltsin"). */
export function reportedTurn(text: string): string | undefined {
  return REPORTED.exec(text)?.[1]
}

/**
 * Whether a document's paragraphs make a record of conversation: four or more reported turns by at least two
 * speakers, and turns in at least a quarter of the blocks.
 */
export function isConversation(paragraphs: string[]): boolean {
  const speakers = paragraphs.map(reportedTurn).filter((s): s is string => s !== undefined)
  const distinct = new Set(speakers.map((s) => s.toLowerCase().replace(/^the\s/, '')))
  return speakers.length >= 4 && distinct.size >= 2 && speakers.length * 4 >= paragraphs.length
}

export const recogniser: BlockRecogniser = {
  name: 'speaker-turn',
  convention: 'records of conversation: a turn that begins with the speaker → sp (with speaker when labelled) and p',
  accepts: (text) => labelledTurn(text) !== undefined || reportedTurn(text) !== undefined
}
