/** §2 "[crossed out: X]", "[deleted: X]", "[struck out: X]" → del around X. */
import type {BracketRecogniser} from '../types.js'

const LABEL = /^([Cc]rossed out|[Dd]eleted|[Ss]truck out|[Ss]truck through)\s*:\s*/

export const recogniser: BracketRecogniser = {
  name: 'deletion',
  convention: '"[crossed out: X]", "[deleted: X]" → del around X',
  accepts: (s) => LABEL.test(s.inner),
  render: (b, ctx, tools) => {
    const [first, ...rest] = b.pieces
    const m = first?.kind === 'text' ? LABEL.exec(first.text) : null
    if (!m || first?.kind !== 'text') return tools.pieces(b.pieces)
    ctx.accounted.push(m[1] ?? '')
    return `<del rend="strikethrough">${tools.pieces([{kind: 'text', text: first.text.slice(m[0].length)}, ...rest])}</del>`
  }
}
