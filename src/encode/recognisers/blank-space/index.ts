/** §2 "[date left blank]", "[blank]", "[space left blank]" → space with the words in desc. */
import {el, esc, open} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

const BLANK = /^(?:blank|(?:[\p{L}]+ ){0,3}(?:left |is )?blank(?: in the original)?|(?:blank )?space(?: left)?(?: blank)?)$/iu

export const recogniser: BracketRecogniser = {
  name: 'blank-space',
  convention: '"[date left blank]", "[blank]", "[space left blank]" → space with desc',
  accepts: (s) => BLANK.test(s.inner.trim()),
  render: (b) => `${open('space', {resp: '#tr'})}${el('desc', {}, esc(b.inner.trim()))}</space>`
}
