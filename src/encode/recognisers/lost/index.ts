/** §2 "[text missing]", "[page missing]", "[rest of page cut off]" → gap reason="lost" with desc. */
import {el, esc, open} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

const LOST = /^(?:(?:the )?(?:text|page|pages|word|words|line|lines|end|rest|remainder|part)(?: of (?:the )?(?:page|text|document|line))? (?:is |are )?(?:missing|lost|cut off|torn(?: off)?|not (?:preserved|available))|missing (?:text|page|pages|words?|lines?)|cut off|torn)$/i

export const recogniser: BracketRecogniser = {
  name: 'lost',
  convention: '"[text missing]", "[page missing]", "[rest of page cut off]" → gap reason="lost" with desc',
  accepts: (s) => LOST.test(s.inner.trim()),
  render: (b) => `${open('gap', {reason: 'lost', resp: '#tr'})}${el('desc', {}, esc(b.inner.trim()))}</gap>`
}
