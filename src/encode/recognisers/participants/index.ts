/** §3 participants of a conversation: "Present: …", "Participants: …", "Participants on our side: …" → list type="participants". */
import type {BlockRecogniser} from '../types.js'

export const PARTICIPANTS = /^((?:Present|Participants|Attendees|Participating|Taking part)(?: [\p{L} ]{1,30})?:)\s*(\S.*)$/u

export const recogniser: BlockRecogniser = {
  name: 'participants',
  convention: '"Present: …", "Participants: …" → list type="participants" (one item per person)',
  accepts: (text) => PARTICIPANTS.test(text)
}
