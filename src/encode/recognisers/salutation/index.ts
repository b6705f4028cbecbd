/** §3 addressee and salutation: "Dear Comrade …,", "Comrade MAO ZEDONG!", "Sir," → opener/salute; a speech's "Dear comrades," → salute. */
import type {BlockRecogniser} from '../types.js'

/**
 * "Dear Comrade …,", "Dear Mr. Ambassador:", "Esteemed Comrade Stalin!", "Respected Comrade Kim Il Sung,", "Sir,",
 * "Comrade MAO ZEDONG!", "To Comrade Stalin" (an address line without punctuation).
 */
export const SALUTE = /^(?:(?:My )?[Dd]ear\b(?:[^.;:]|(?:Mr|Mrs|Ms|Dr|Cde|Comr)\.){0,40}[,!:]|(?:Sir|Madam|Gentlemen|Dear Sirs?|Comrades?|Excellency|Your Excellency)[,:!]|(?:(?:Deeply |Highly |Much )?(?:[Ee]steemed|[Rr]espected|[Hh]onou?red) )(?:Comrade|Cde\.|Comr\.|Mr\.|Mister|Ambassador|Minister|President|Chairman|Premier|Sir)\b[\p{L} .'’-]{0,40}[!,:]|(?:To )?(?:Comrade|Cde\.|Comr\.) \p{Lu}[\p{L} .'’-]{1,40}[!,:]|To (?:Comrade|Cde\.|Comr\.) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})$/u

/**
 * A speaker's address to the audience, opening a speech under its heading: "Dear comrades,", "Comrades!", "Comrades of
 * the Central Committee of the Party; workers; compañeros [comrades] of the Rebel Army:", "Ladies and gentlemen,".
 * Read only right after a section's heading or dateline (body/structure.ts), where a salute begins a speech.
 */
export const SPEECH_ADDRESS = /^(?:(?:[Dd]ear|[Ee]steemed|[Rr]espected|[Bb]eloved|[Mm]y) )?(?:[Cc]omrades|[Ff]riends|[Ll]adies and [Gg]entlemen|[Cc]itizens|[Cc]ompañeros|[Cc]ompatriots|[Ww]orkers|[Dd]elegates|[Bb]rothers and [Ss]isters|[Mm]embers of)\b[^.!?:]{0,200}[,:!]$/u

export const recogniser: BlockRecogniser = {
  name: 'salutation',
  convention: '"Dear Comrade …,", "To Comrade Stalin!", "Sir,", a speech\'s "Comrades of the Central Committee …:" → salute',
  accepts: (text) => SALUTE.test(text) || SPEECH_ADDRESS.test(text)
}
