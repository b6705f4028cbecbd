/**
 * §3 distribution lists: "Six copies printed – gp" + "1 – to Cde. …"; "Copies: Comrades A, B, C"; "Distribution list –
 * 11 copies: Stalin – 2, Molotov – 1, …"; "Sent to: …"; "5 copies" → div type="dispatch" with list type="distribution".
 */
import type {BlockRecogniser} from '../types.js'

/** "Six copies printed – gp": the head of a list whose items follow one per block. */
export const COPIES_PRINTED = /^(?:(?<count>\w+) copies (?:printed|made|typed)|(?:Printed|Typed|Made) in (?<count2>\w+) copies)(?<tail> – (?<initials>[a-z]{1,4}))?[.:]?$/i
/** A label on a line of its own ("Distribution:", "Copies to:"), the recipients one per line below it. */
export const LIST_LABEL = /^(?:Distribution(?: list)?|Copies(?: to)?|Sent to|Copy to|Copies sent to|cc)\s*:$/i
/** A recipient line under such a label: short, no sentence ("Comrade Stalin", "File", "1 – Cde. Rapacki", "3 – to file"; a period only after an abbreviation or initial). */
export const RECIPIENT = /^(?:(?:\d+\.\s|\d+ x |\d+ [–-] )\p{L}|\p{Lu})(?:[^.!?:;]|(?<=\b(?:Cde|Comr|Com|Mr|Mrs|Ms|Dr|Gen|Col|Amb|Min|Dep|\p{Lu}))\.(?=\s)){0,60}\.?$/u
/** A list given on one line: its label, then the recipients separated by commas or semicolons. */
export const INLINE_LIST = /^((?:Distribution(?: list)?|Copies(?: to)?|Sent to|Copy to|Copies sent to|cc|(?:Written|Made|Printed|Typed|Prepared) in \w+ copies)\s*(?:[–-]\s*\d+\s+copies)?\s*:)\s*(\S.*[,;].*)$/i
/** One recipient with a copy number or count: "1 – to Cde. Kuznetsov", "Stalin – 2", "2 copies to the addressee", "1 x Comrade Axen". */
export const ITEM = /^(\d+)(?: [–-] | (?=(?:x|cop(?:y|ies)) ))(.*)$/

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty']

/**
 * The number of copies a list's head announces ("Six copies printed", "Distribution list – 11 copies:"): the word
 * before the first word starting "cop", as a numeral or an English number word up to twenty; undefined otherwise.
 * The same reading as the project rule distribution-count (schemas/teipipe.sch), so the encoder never writes a list
 * that rule rejects.
 */
export function announcedCopies(head: string): number | undefined {
  const words = head.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '')
  const at = words.findIndex((w) => w.startsWith('cop'))
  const word = at > 0 ? words[at - 1] ?? '' : ''
  if (/^\d+$/.test(word)) return Number(word)
  const k = NUMBER_WORDS.indexOf(word)
  return k >= 0 ? k + 1 : undefined
}

/** Whether a list's items agree with its announced count: as many items, or @n counts that add up to it. */
export function countsAgree(head: string, counts: (string | undefined)[]): boolean {
  const announced = announcedCopies(head)
  if (announced === undefined || announced === counts.length) return true
  return counts.length > 0 && counts.every((n) => n !== undefined && /^\d+$/.test(n)) && counts.reduce((sum, n) => sum + Number(n), 0) === announced
}

/** Whether a block (with the block after it) opens a distribution list. */
export function opensDistribution(text: string, next?: string): boolean {
  return COPIES_PRINTED.test(text) || INLINE_LIST.test(text) || (LIST_LABEL.test(text) && RECIPIENT.test(next ?? ''))
}

export const recogniser: BlockRecogniser = {
  name: 'distribution',
  convention: '"Six copies printed – gp", "Copies: Comrades A, B, C", "Distribution list – 11 copies: …", "Sent to: …" → list type="distribution"',
  accepts: (text, next) => (LIST_LABEL.test(text) && RECIPIENT.test(next ?? '')) || COPIES_PRINTED.test(text) || INLINE_LIST.test(text)
}

/**
 * The recipients of a distribution list printed on one line (its text after the label). When the line uses ";" it
 * separates recipients, and a comma only parts a name from its office ("Shri D. P. Dhar, Chairman, Policy Planning
 * Committee; Shri P. N. Haksar, Principal Secretary to the P.M." is two recipients); otherwise "," and ";" both do.
 */
export function recipientsOf(text: string): string[] {
  return text.split(text.includes(';') ? /;\s*/ : /[,;]\s*/).filter((x) => x.trim() !== '')
}
