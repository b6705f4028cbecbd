/** §2 a longer bracket of no known kind → note type="translator" subtype="unclassified", with a warning naming it. */
import {warn} from '../../context.js'
import {open} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

/** Brackets longer than this many words are not supplied words but the translator's own text. */
export const SUPPLIED_WORDS = 8

export const recogniser: BracketRecogniser = {
  name: 'unclassified',
  holdsBrackets: true,
  convention: 'a longer unknown bracket → note type="translator" subtype="unclassified" with a warning',
  accepts: (s) => s.inner.trim().split(/\s+/).length > SUPPLIED_WORDS,
  render: (b, ctx, tools) => {
    warn(ctx, `A long bracketed passage ("[${b.inner.trim().slice(0, 40)}…]") is not a known convention; kept as a translator's note.`, 'encode-unrecognised-feature')
    return `${open('note', {type: 'translator', subtype: 'unclassified', place: 'inline', resp: '#tr'})}${tools.pieces(b.pieces)}</note>`
  }
}
