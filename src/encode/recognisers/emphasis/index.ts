/** §2 "[emphasis in the original]", "[underlined in the original]" → note type="translator" subtype="emphasis" (extent not guessed). */
import {esc, open} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

const EMPHASIS = /^(?:emphasis|underlin(?:ed|ing)|italics|bold|underscored|highlighted|capitals)(?: \w+){0,3} (?:in|of) (?:the )?original\.?$/i

export const recogniser: BracketRecogniser = {
  name: 'emphasis',
  convention: '"[emphasis in the original]", "[underlined in the original]" → note type="translator" subtype="emphasis"',
  accepts: (s) => EMPHASIS.test(s.inner.trim()),
  render: (b) => `${open('note', {type: 'translator', subtype: 'emphasis', place: 'inline', resp: '#tr'})}${esc(b.inner.trim())}</note>`
}
