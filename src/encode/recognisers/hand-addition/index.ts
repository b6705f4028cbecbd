/** §2 "[handwritten: X]", "[inserted by hand: X]", "[added by hand: X]" → add hand="#hand-1" around X (the label is the translator's). */
import {open} from '../../serialize.js'
import {withoutLabel, type BracketRecogniser} from '../types.js'

const LABEL = /^((?:[Hh]andwritten|[Ii]nserted by hand|[Aa]dded by hand|[Ww]ritten by hand|[Aa]dded in handwriting)(?: (?:in|on|at) the (top|bottom|left|right|upper|lower)?[\p{L} -]{0,20}?(margin|top|bottom))?)\s*:\s*/u

export const recogniser: BracketRecogniser = {
  name: 'hand-addition',
  holdsBrackets: true,
  convention: '"[handwritten: X]", "[inserted by hand: X]", "[added by hand: X]" → add hand="#hand-1" around X',
  accepts: (s) => LABEL.test(s.inner),
  render: (b, ctx, tools) => {
    const {pieces, match: m} = withoutLabel(b, LABEL, ctx)
    if (!m) return tools.pieces(pieces)
    ctx.facts.handAdditions = true
    const place = m[3] === 'margin' ? 'margin' : m[3] === 'top' || m[2] === 'top' || m[2] === 'upper' ? 'top' : m[3] === 'bottom' || m[2] === 'bottom' || m[2] === 'lower' ? 'bottom' : undefined
    return `${open('add', {hand: '#hand-1', place, resp: '#tr'})}${tools.pieces(pieces)}</add>`
  }
}
