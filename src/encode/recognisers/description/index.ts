/** §2 "[There is a stamp …]" and other descriptions → note type="translator" with stamp/gap inside (memo §1.13). */
import {next} from '../../context.js'
import {open} from '../../serialize.js'
import type {Wrap} from '../../wraps.js'
import type {BracketRecogniser} from '../types.js'

export const recogniser: BracketRecogniser = {
  name: 'description',
  holdsBrackets: true,
  convention: '"[There is a stamp …]" and other descriptions → note type="translator" containing stamp/gap',
  accepts: (s) => /^There (is|are|was|were)\b/.test(s.inner.trim()) || /\b(a|the|an?other) stamp\b/.test(s.inner),
  render: (b, ctx, tools) => {
    // The description's own text with its nested brackets as slots; stamp and illegible signatures marked up.
    const text = b.pieces.map((p) => (p.kind === 'text' ? p.text : '\u0000')).join('')
    const wraps: Wrap[] = []
    const stamp = /\ba stamp\b[^“]*?stating that (“[^”]*”)/.exec(text)
    if (stamp) {
      const mStart = stamp.index + stamp[0].length - (stamp[1] ?? '').length
      wraps.push({start: stamp.index, end: stamp.index + stamp[0].length, open: open('stamp', {type: 'review', resp: '#tr'}), close: '</stamp>', rank: 1})
      wraps.push({start: mStart, end: stamp.index + stamp[0].length, open: '<mentioned>', close: '</mentioned>', rank: 2})
    }
    const sig = /\b(some |several )?(illegible )?(handwritten )?signatures?\b/.exec(text)
    if (sig && /illegible/.test(sig[0])) {
      wraps.push({start: sig.index, end: sig.index + sig[0].length, open: `${open('gap', {reason: 'illegible', extent: sig[1] ? 'several' : undefined, resp: '#tr'})}<desc>`, close: '</desc></gap>', rank: 1})
    }
    if (/end of the first page/.test(text)) ctx.facts.pageBreak = true
    const id = `td-${String(next(ctx, 'td')).padStart(2, '0')}`
    return `${open('note', {type: 'translator', place: 'inline', resp: '#tr', 'xml:id': id})}${tools.pieces(b.pieces, wraps)}</note>`
  }
}
