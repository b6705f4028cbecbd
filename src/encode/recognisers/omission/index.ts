/** §2 "[…]", "[...]", "[….]" → gap reason="omitted", the printed form in @rend (memo; resp="#tr" as the memo has it). */
import {el} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

export const recogniser: BracketRecogniser = {
  name: 'omission',
  convention: '"[…]", "[...]", "[….]" → gap reason="omitted" with the printed form in @rend',
  accepts: (s) => /^(?:\.{3,5}|…\.?|\.…|…+)$/.test(s.inner.trim()),
  render: (b) => el('gap', {reason: 'omitted', resp: '#tr', rend: b.inner.trim()})
}
