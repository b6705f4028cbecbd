/** §2 "[redacted]", "[… redacted]" → gap reason="redacted" with desc (memo). */
import {el, esc, open} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

export const recogniser: BracketRecogniser = {
  name: 'redacted',
  convention: '"[redacted]", "[… redacted]" → gap reason="redacted" with desc',
  accepts: (s) => /\b(redacted|excised|withheld|sanitized|sanitised)\b/i.test(s.inner) && s.inner.trim().split(/\s+/).length <= 20,
  render: (b) => `${open('gap', {reason: 'redacted', resp: '#tr'})}${el('desc', {}, esc(b.inner.trim()))}</gap>`
}
