/** §3 subject lines: "Subject: …", "Re: …", "Re. your 1448." → opener/seg type="subject". */
import type {BlockRecogniser} from '../types.js'

/** Labels of a subject line in any case ("SUBJECT:", "RE:", "Concerning:", "Theme:"). */
export const SUBJECT = /^(?:[Ss]ubject|SUBJECT|R[Ee]|REF|Ref|[Cc]oncerning|CONCERNING|[Rr]egarding|REGARDING|[Tt]heme|[Tt]opic|[Ii]n re)\.?:\s\S/
export const REFERENCE = /^Re\.? (?:your|our) .{1,30}$/

export const recogniser: BlockRecogniser = {
  name: 'subject',
  convention: '"Subject: …", "Re: …" → seg type="subject"',
  accepts: (text) => SUBJECT.test(text) || REFERENCE.test(text)
}
