/**
 * §3 participants of a conversation: "Present: …", "Also present: …", "Participants: …", "Participants on our side:
 * …" → list type="participants" (one item per person), and, when the list is clearly one of persons, particDesc in
 * the header (src/encode/partic-desc.ts).
 */
import type {BlockRecogniser} from '../types.js'

export const PARTICIPANTS = /^((?:(?:Also|Further) present|Present|Participants|Attendees|Participating|Taking part)(?: [\p{L} ]{1,30})?:)\s*(\S.*)$/u

export const recogniser: BlockRecogniser = {
  name: 'participants',
  convention: '"Present: …", "Also present: …", "Participants: …" → list type="participants" (one item per person)',
  accepts: (text) => PARTICIPANTS.test(text)
}

/**
 * The items of a participants list (its text after the label), each with its closing "," or ";". When the list
 * uses ";" it separates persons (or sides), and a comma only parts a name from its office ("D. Maidar, Deputy
 * Chairman of the Council of Ministers; L. Tudev, interpreter"); otherwise "," separates the items. Separators
 * inside parentheses do not count.
 */
export function participantItems(text: string): string[] {
  const separators = splitAt(text, ';').length > 1 ? ';' : ',;'
  return splitAt(text, separators)
}

/** `text` split after each of `separators` outside parentheses, the separator kept with its item. */
function splitAt(text: string, separators: string): string[] {
  const out: string[] = []
  let depth = 0
  let cur = ''
  for (const ch of text) {
    depth += ch === '(' ? 1 : ch === ')' ? -1 : 0
    cur += ch
    if (separators.includes(ch) && depth === 0) {
      if (cur.trim()) out.push(cur.trim())
      cur = ''
    }
  }
  if (cur.trim()) out.push(cur.trim())
  return out
}

/** An office after a name: a lower-case word ("interpreter", "director of …") or an office title ("Deputy Chairman …"). */
const OFFICE = /^(?:\p{Ll}|(?:Deputy|Vice|First|Second|Third|Chief|Head|Chairman|Chairwoman|President|Prime|Minister|Ambassador|Counsellor|Counselor|Secretary|Attaché|Attache|Director|Member|Adviser|Advisor|Interpreter|Consul|Charg[ée]|Commander|General|Colonel|Marshal)\b)/u

/**
 * Rendered items (TEI phrase content) with a person's office joined to the person: an office item (see OFFICE)
 * without a `persName` that follows one with a `persName` ("D. Maidar," + "Deputy Chairman of the Council of
 * Ministers,") is part of that item. Another item ("N.N.,"), or items before the first person, stay as they are.
 */
export function joinOffices(items: string[]): string[] {
  const out: string[] = []
  for (const item of items) {
    const last = out[out.length - 1]
    const office = OFFICE.test(item.replace(/<[^>]*>/g, '').trim())
    if (last !== undefined && last.includes('<persName') && !item.includes('<persName') && office) out[out.length - 1] = `${last} ${item}`
    else out.push(item)
  }
  return out
}
