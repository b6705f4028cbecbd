/** §2 "[illegible]", "[illegible name]", "[2 words illegible]" → gap reason="illegible" (quantity/unit when given), words in desc. */
import {el, esc, open} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

const COUNT = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(words?|lines?|letters?|characters?|signatures?)\b/i
const NUMBERS: Record<string, string> = {one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10'}

export const recogniser: BracketRecogniser = {
  name: 'illegible',
  convention: '"[illegible]", "[illegible name]", "[2 words illegible]" → gap reason="illegible" with desc',
  accepts: (s) => !/^There\b/.test(s.inner.trim()) && /\b(illegible|indecipherable|unreadable)\b/i.test(s.inner) && s.inner.trim().split(/\s+/).length <= 6,
  render: (b) => {
    const inner = b.inner.trim()
    const m = COUNT.exec(inner)
    const quantity = m ? (NUMBERS[(m[1] ?? '').toLowerCase()] ?? m[1]) : undefined
    const unit = m ? (m[2] ?? '').toLowerCase().replace(/s$/, '') : undefined
    return `${open('gap', {reason: 'illegible', quantity, unit: unit ? `${unit}s` : undefined, resp: '#tr'})}${el('desc', {}, esc(inner))}</gap>`
  }
}
