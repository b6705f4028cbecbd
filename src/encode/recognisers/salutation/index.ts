/** §3 addressee and salutation: "Dear Comrade …,", "Comrade MAO ZEDONG!", "Sir," → opener/salute. */
import type {BlockRecogniser} from '../types.js'

export const SALUTE = /^(?:(?:My )?[Dd]ear\b[^.;:]{0,40}[,!:]|(?:Sir|Madam|Gentlemen|Dear Sirs?|Comrades?|Excellency|Your Excellency)[,:!]|(?:To )?(?:Comrade|Cde\.|Comr\.) \p{Lu}[\p{L} .'’-]{1,40}[!,:])$/u

export const recogniser: BlockRecogniser = {
  name: 'salutation',
  convention: '"Dear Comrade …,", "To Comrade Stalin!", "Sir," → salute',
  accepts: (text) => SALUTE.test(text)
}
