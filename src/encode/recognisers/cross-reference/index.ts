/** A bracketed cross-reference by the record's editors ("[733rd meeting]", "[see document A/3850]") → note type="archive" subtype="crossReference" (copy text, not the edition project's). */
import {open} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

const CROSS = /^(?:(?:see|cf\.|compare|see also)\s.{1,80}|\d{1,4}(?:st|nd|rd|th)\s+(?:plenary\s+)?(?:meeting|session)|[A-Z]{1,6}\/[\w./-]+|(?:document|doc\.)\s+[A-Z]{1,6}\/[\w./-]+)$/i

export const recogniser: BracketRecogniser = {
  name: 'cross-reference',
  holdsBrackets: true,
  convention: 'an editor\'s cross-reference ("[733rd meeting]", "[see …]") → note type="archive" subtype="crossReference"',
  accepts: (s) => CROSS.test(s.inner.trim()),
  render: (b, _ctx, tools) => `${open('note', {type: 'archive', subtype: 'crossReference', place: 'inline'})}${tools.pieces(b.pieces)}</note>`
}
