/** §3 closing greetings: "Yours sincerely,", "With communist greetings", "Respectfully yours" → closer/salute (a signature may follow). */
import type {BlockRecogniser} from '../types.js'

export const VALEDICTION = /^((?:Yours (?:sincerely|faithfully|truly|ever|respectfully)|Sincerely(?: yours)?|Respectfully(?: yours)?|Faithfully(?: yours)?|Fraternally(?: yours)?|Cordially(?: yours)?|Comradely|With (?:[\p{L}-]+ ){0,3}(?:greetings|regards|respect|salutes?|wishes))[,.!]?)(?:\s+(\(Sd\)\.?))?$/iu

export const recogniser: BlockRecogniser = {
  name: 'valediction',
  convention: '"Yours sincerely,", "With communist greetings" → closer/salute',
  accepts: (text) => VALEDICTION.test(text)
}
