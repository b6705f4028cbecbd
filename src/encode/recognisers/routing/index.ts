/**
 * §3 routing lines: "From: …", "To: …", "No. …", "Sent …", "Received …", "Deciphered …", "Typed …", "Reference No. …",
 * file and message numbers ("Issuing No. 8600", "PR/11/57 (Ottawa)") → in the opener (byline, addressee seg, dateline
 * with date and time, docNumber seg with idno; see body/fields.ts).
 */
import type {BlockRecogniser} from '../types.js'

export const FIELD = /^(To Whom|To|From|Date|Destination|Reference No\.?|Ref\. No\.?)\s*:\s*(\S.*)$/s
export const TRANSMISSION = /^(Arrived|Received|Processed|Dispatched|Sent|Came into|Decoded|Deciphered|Issued|Typed|Transmitted)\b.*\d|^(RECEIVED|SENT|DISPATCHED)$/
export const DOC_NUMBER = /^((?:No\.|Nº|N°) ?)((?:\d|\p{Lu}{1,4}[-/]?\d)[\w./-]*)(,.{1,120})?$/u
export const ROUTING_NUMBER = /^((?:Special|Issuing|Incoming|Outgoing|Reference)\s+(?:no\.|No\.|Nº|#)\s*)(\S+)$/
export const FILE = /^(F\.\s?N\.\s?\S+|File\s?(?:No\.?|#)\s?\S.*|[A-Z]{1,4}(?:\/[\w.()]+)+|\d+(?:\/\d+){1,3})( \([^()]*\))?$/

export const recogniser: BlockRecogniser = {
  name: 'routing',
  convention: '"From: …", "To: …", "No. …", "Sent …", "Received …", "Deciphered …", "Typed …" → routing lines in the opener',
  accepts: (text) => FIELD.test(text) || (TRANSMISSION.test(text) && text.split(/\s+/).length <= 16) || DOC_NUMBER.test(text) || ROUTING_NUMBER.test(text) || FILE.test(text)
}
