/** §2 "[1]" as a footnote marker in the text → ref type="noteAnchor" pointing at the foot note fn-N. */
import {el} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

export const recogniser: BracketRecogniser = {
  name: 'footnote-marker',
  convention: '"[1]" as a footnote marker → pointer to note place="foot" n="1"',
  accepts: (s) => /^\d{1,3}$/.test(s.inner.trim()),
  render: (b) => {
    const n = b.inner.trim()
    return el('ref', {type: 'noteAnchor', n, target: `#fn-${n}`}, n)
  }
}
