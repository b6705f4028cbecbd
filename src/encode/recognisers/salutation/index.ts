/** §3 addressee and salutation: "Dear Comrade …,", "Comrade MAO ZEDONG!", "Sir," → opener/salute. */
import type {BlockRecogniser} from '../types.js'

/**
 * "Dear Comrade …,", "Dear Mr. Ambassador:", "Esteemed Comrade Stalin!", "Respected Comrade Kim Il Sung,", "Sir,",
 * "Comrade MAO ZEDONG!", "To Comrade Stalin" (an address line without punctuation).
 */
export const SALUTE = /^(?:(?:My )?[Dd]ear\b(?:[^.;:]|(?:Mr|Mrs|Ms|Dr|Cde|Comr)\.){0,40}[,!:]|(?:Sir|Madam|Gentlemen|Dear Sirs?|Comrades?|Excellency|Your Excellency)[,:!]|(?:(?:Deeply |Highly |Much )?(?:[Ee]steemed|[Rr]espected|[Hh]onou?red) )(?:Comrade|Cde\.|Comr\.|Mr\.|Mister|Ambassador|Minister|President|Chairman|Premier|Sir)\b[\p{L} .'’-]{0,40}[!,:]|(?:To )?(?:Comrade|Cde\.|Comr\.) \p{Lu}[\p{L} .'’-]{1,40}[!,:]|To (?:Comrade|Cde\.|Comr\.) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})$/u

export const recogniser: BlockRecogniser = {
  name: 'salutation',
  convention: '"Dear Comrade …,", "To Comrade Stalin!", "Sir," → salute',
  accepts: (text) => SALUTE.test(text)
}
