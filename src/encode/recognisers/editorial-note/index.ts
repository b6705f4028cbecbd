/**
 * §2 "[Ed. note: …]", "[Editor's note: …]", "[Note: …]" by the archive → note type="archive" resp="#org-wcda". The
 * conventions page asks for type="editorial"; in this project "editorial" and #ed are the edition project's own notes
 * (left out of the diplomatic text), so the archive editor's words, part of the copy text, are typed "archive".
 */
import {open} from '../../serialize.js'
import {withoutLabel, type BracketRecogniser} from '../types.js'

const LABEL = /^(Ed\.(?: [Nn]ote)?|Editor[’']s [Nn]ote|Editorial [Nn]ote|Note)\s*:\s*/

export const recogniser: BracketRecogniser = {
  name: 'editorial-note',
  holdsBrackets: true,
  convention: '"[Ed. note: …]", "[Editor\'s note: …]", "[Note: …]" → note type="archive" resp="#org-wcda"',
  accepts: (s) => LABEL.test(s.inner),
  render: (b, ctx, tools) => `${open('note', {type: 'archive', place: 'inline', resp: '#org-wcda'})}${tools.pieces(withoutLabel(b, LABEL, ctx).pieces)}</note>`
}
