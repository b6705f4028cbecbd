/** §3 enclosures: a line "Enclosure", "Attachment", "Enclosure 1: …", "Annex" that opens an attached document → div type="attachment". */
import type {BlockRecogniser} from '../types.js'

export const ENCLOSURE = /^(?:Enclosures?|Attachments?|Annex(?:es)?|Appendix|Appendices|Supplement)(?:\s(?:No\.\s?)?[\dIVX]{1,4})?(?:\s*[:.–-]\s*.{0,120})?$/

export const recogniser: BlockRecogniser = {
  name: 'enclosure',
  convention: '"Enclosure", "Attachment", "Annex 1: …" → div type="attachment" with its own head',
  accepts: (text) => ENCLOSURE.test(text)
}
