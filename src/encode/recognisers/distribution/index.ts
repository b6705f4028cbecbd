/**
 * §3 distribution lists: "Six copies printed – gp" + "1 – to Cde. …"; "Copies: Comrades A, B, C"; "Distribution list –
 * 11 copies: Stalin – 2, Molotov – 1, …"; "Sent to: …"; "5 copies" → div type="dispatch" with list type="distribution".
 */
import type {BlockRecogniser} from '../types.js'

/** "Six copies printed – gp": the head of a list whose items follow one per block. */
export const COPIES_PRINTED = /^(\w+) copies printed( – ([a-z]{1,4}))?$/i
/** A list given on one line: its label, then the recipients separated by commas or semicolons. */
export const INLINE_LIST = /^((?:Distribution(?: list)?|Copies(?: to)?|Sent to|Copy to|Copies sent to|cc)\s*(?:[–-]\s*\d+\s+copies)?\s*:)\s*(\S.*[,;].*)$/i
/** One recipient with a copy number or count: "1 – to Cde. Kuznetsov", "Stalin – 2". */
export const ITEM = /^(\d+) [–-] (.*)$/

export const recogniser: BlockRecogniser = {
  name: 'distribution',
  convention: '"Six copies printed – gp", "Copies: Comrades A, B, C", "Distribution list – 11 copies: …", "Sent to: …" → list type="distribution"',
  accepts: (text) => COPIES_PRINTED.test(text) || INLINE_LIST.test(text)
}
