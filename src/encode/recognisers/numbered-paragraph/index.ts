/** §3 numbered paragraphs: "1. …", "2) …", "(4) …" → p n="1" with the number kept once in the text. */
import type {BlockRecogniser} from '../types.js'

export const ENUMERATOR = /^(?:\(([ivx]{1,5}|[a-zA-Z]|\d{1,2})\)|(\d{1,3})[.．)](?!\d)|([a-z])\))\s*(?=\S)/

export const recogniser: BlockRecogniser = {
  name: 'numbered-paragraph',
  convention: '"1. …", "2) …" → p n="1" (the number stays in the text once)',
  accepts: (text) => ENUMERATOR.test(text) && text.split(/\s+/).length > 30
}
