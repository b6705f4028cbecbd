/** §2 "[1]" as a footnote marker in the text → ref type="noteAnchor" pointing at the foot note fn-N. */
import {el} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

export const recogniser: BracketRecogniser = {
  name: 'footnote-marker',
  convention: '"[1]" as a footnote marker → pointer to note place="foot" n="1"',
  accepts: (s) => /^\d{1,3}$/.test(s.inner.trim()),
  render: (b, ctx) => {
    const n = b.inner.trim()
    // A marker whose note the capture does not hold (cut off) points nowhere rather than at a missing id.
    return el('ref', {type: 'noteAnchor', n, target: ctx.footnotes.has(`fn-${n}`) ? `#fn-${n}` : undefined}, n)
  }
}
