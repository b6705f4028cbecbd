/** §2 a completion inside a word: "Com[rade]", "[R]evolution" → supplied reason="omitted-in-original" inside the word. */
import {open} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

export const recogniser: BracketRecogniser = {
  name: 'completion',
  holdsBrackets: true,
  convention: '"Com[rade]", "[R]evolution" → supplied reason="omitted-in-original" inside the word',
  accepts: (s) => /^\p{L}{1,15}$/u.test(s.inner) && (/\p{L}$/u.test(s.before) || /^\p{L}/u.test(s.after)),
  render: (b, _ctx, tools) => `${open('supplied', {reason: 'omitted-in-original', resp: '#tr'})}${tools.pieces(b.pieces)}</supplied>`
}
