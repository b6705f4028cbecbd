/** §2 "[crossed out: X]", "[deleted: X]", "[struck out: X]" → del around X. */
import {withoutLabel, type BracketRecogniser} from '../types.js'

const LABEL = /^([Cc]rossed out|[Dd]eleted|[Ss]truck out|[Ss]truck through)\s*:\s*/

export const recogniser: BracketRecogniser = {
  name: 'deletion',
  holdsBrackets: true,
  convention: '"[crossed out: X]", "[deleted: X]" → del around X',
  accepts: (s) => LABEL.test(s.inner),
  render: (b, ctx, tools) => {
    const {pieces, match} = withoutLabel(b, LABEL, ctx)
    return match ? `<del rend="strikethrough">${tools.pieces(pieces)}</del>` : tools.pieces(pieces)
  }
}
