/** §3 short numbered, lettered or bulleted items ("(i) …", "a) …", "• …", "- …") → list of item n="…". */
import type {BlockRecogniser} from '../types.js'

const ITEM = /^(?:\(([ivx]{1,5}|[a-zA-Z]|\d{1,2})\)|(\d{1,3})[.．)](?!\d)|([a-z])\)|[•·▪◦\u2013\u2014-])\s*(?=\S)/

export const recogniser: BlockRecogniser = {
  name: 'list-item',
  convention: 'short numbered, lettered or bulleted items → list/item n',
  accepts: (text) => ITEM.test(text) && text.split(/\s+/).length <= 30
}
