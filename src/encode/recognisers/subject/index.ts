/** §3 subject lines: "Subject: …", "Re: …", "Re. your 1448." → opener/seg type="subject". */
import type {BlockRecogniser} from '../types.js'

export const SUBJECT = /^(?:Subject|Re|Ref|Concerning|Regarding)\.?:\s\S/
export const REFERENCE = /^Re\.? (?:your|our) .{1,30}$/

export const recogniser: BlockRecogniser = {
  name: 'subject',
  convention: '"Subject: …", "Re: …" → seg type="subject"',
  accepts: (text) => SUBJECT.test(text) || REFERENCE.test(text)
}
