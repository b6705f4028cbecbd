/** §3 numbered paragraphs: "1. …", "2) …", "(4) …" → p n="1" with the number kept once in the text. */
import type {BlockRecogniser} from '../types.js'

/**
 * The enumerator opening a block: "(ii)", "(B)", "(3)" (group 1), "12.", "1．" (group 2), "1)" (group 3), "a)", "B)"
 * (group 4). A date opening a paragraph ("14.IX.1957. …", "3. March 1957 …") is not a number. The one definition of
 * the form: body/lists.ts reads the groups for the number's kind and value.
 */
export const ENUMERATOR = /^(?:\(([ivx]{1,5}|[a-zA-Z]|\d{1,2})\)|(\d{1,3})[.．](?!\d|[IVX]{1,4}\.|\s?(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b)|(\d{1,3})\)|([a-zA-Z])\)(?=\s))\s*(?=\S)/

export const recogniser: BlockRecogniser = {
  name: 'numbered-paragraph',
  convention: '"1. …", "2) …" → p n="1" (the number stays in the text once)',
  accepts: (text) => ENUMERATOR.test(text) && text.split(/\s+/).length > 30
}
