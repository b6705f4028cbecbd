/** §3 handling words: "Making copies is forbidden", "TOP PRIORITY", "EXTREMELY URGENT", "SPECIAL", "Coded letter" → opener/seg type="handling" (not classification). */
import type {BlockRecogniser} from '../types.js'

export const HANDLING = /^(TOP PRIORITY|PRIORITY|URGENT|IMMEDIATE|SPECIAL|FLASH|OUT OF TURN|Out of turn|SPECIAL FILE|Special [Ff]ile|Special [Dd]ossier|Special [Ff]older|PERSONAL|Personal|Personally|EXTREMELY URGENT|VERY URGENT|MOST URGENT|OPERATIONAL|Urgent|Immediate|Extremely urgent|Very urgent|Coded letter|Ciphered|Making copies is (?:prohibited|forbidden)|Copying (?:is )?(?:prohibited|forbidden)|Do not copy|Indefinite Duration|Not for publication|Return to sender|To be returned(?: to .{1,40})?)\.?$/

/** A labelled handling line of a cable form: "Priority: FLASH", "Precedence: Immediate". */
export const HANDLING_FIELD = /^(?:Priority|Precedence|Handling)\s*:\s*\S.{0,40}$/

export const recogniser: BlockRecogniser = {
  name: 'handling',
  convention: '"Making copies is forbidden", "TOP PRIORITY", "SPECIAL", "Coded letter" → seg type="handling"',
  accepts: (text) => HANDLING.test(text) || HANDLING_FIELD.test(text)
}
