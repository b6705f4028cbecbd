/**
 * §2 "[In the margin: X]", "[On the left margin: X]", "[Marginal note: X]" → add place="margin" around X: X is written
 * in the margin of the original (TEI §11.3.1.4, add/@place); the label is the translator's and becomes the attribute.
 * A hand that is named ("[Handwritten in the margin: X]") is the hand-addition convention, which runs first.
 */
import {open} from '../../serialize.js'
import {withoutLabel, type BracketRecogniser} from '../types.js'

const LABEL = /^((?:[Ww]ritten |[Nn]oted |[Aa]dded )?(?:[Ii]n|[Oo]n|[Aa]t) the (?:(?:left|right|top|bottom|upper|lower|outer|inner)[ -])?margins?|[Mm]arginal (?:note|notation|comment|remark)|[Mm]argin(?: note)?)\s*[:—–-]\s*/

export const recogniser: BracketRecogniser = {
  name: 'margin-note',
  convention: '"[In the margin: X]", "[Marginal note: X]" → add place="margin" around X',
  holdsBrackets: true,
  accepts: (s) => LABEL.test(s.inner),
  render: (b, ctx, tools) => {
    const {pieces} = withoutLabel(b, LABEL, ctx)
    return `${open('add', {place: 'margin', resp: '#tr'})}${tools.pieces(pieces)}</add>`
  }
}
