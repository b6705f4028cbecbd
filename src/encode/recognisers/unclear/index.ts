/** §2 "[unclear: X?]", "[X?]" (a reading offered with doubt) → unclear cert="low" around X. */
import {open} from '../../serialize.js'
import {withoutLabel, type BracketRecogniser} from '../types.js'

const LABEL = /^([Uu]nclear|[Pp]robably|[Pp]ossibly|[Rr]eading uncertain)\s*:\s*/
/** A short reading with a question mark: one to four words, no sentence inside. */
const DOUBT = /^[\p{L}][\p{L}\p{N} .’'-]{0,40}\?$/u

export const recogniser: BracketRecogniser = {
  name: 'unclear',
  convention: '"[unclear: X?]", "[X?]" → unclear cert="low" around X',
  accepts: (s) => LABEL.test(s.inner) || (DOUBT.test(s.inner.trim()) && s.inner.trim().split(/\s+/).length <= 4),
  render: (b, ctx, tools) => {
    // Drop the label and the trailing question mark: unclear@cert says the doubt.
    let {pieces} = withoutLabel(b, LABEL, ctx)
    const last = pieces[pieces.length - 1]
    if (last?.kind === 'text') pieces = [...pieces.slice(0, -1), {kind: 'text', text: last.text.replace(/\s*\?\s*$/, '')}]
    return `${open('unclear', {cert: 'low', resp: '#tr'})}${tools.pieces(pieces)}</unclear>`
  }
}
