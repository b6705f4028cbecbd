/** §2 "[Translator's note: …]", "[trans. note—…]", "[Translator's comment: …]" → note type="translator" resp="#tr" (memo §1.11). */
import {next, type Ctx} from '../../context.js'
import {open} from '../../serialize.js'
import {withoutLabel, type Bracket, type BracketRecogniser, type BracketTools} from '../types.js'

/** The label words: they become the note element and are accounted in the lossless check. */
export const LABEL = /^(Translator[’']s [Nn]ote|Translator[’']s [Cc]omment|[Tt]rans(?:lator)?\.? [Nn]ote)\s*[:—–-]\s*/

/** A translator's note with its xml:id tn-NN; `target` is the passage the marginalia analysis found. */
export function renderTranslatorNote(b: Bracket, ctx: Ctx, tools: BracketTools, target?: string): string {
  const id = `tn-${String(next(ctx, 'tn')).padStart(2, '0')}`
  const {pieces} = withoutLabel(b, LABEL, ctx)
  return `${open('note', {type: 'translator', place: 'inline', resp: '#tr', target, 'xml:id': id})}${tools.pieces(pieces)}</note>`
}

export const recogniser: BracketRecogniser = {
  name: 'translator-note',
  convention: '"[Translator\'s note: …]", "[trans. note—…]", "[Translator\'s comment: …]" → note type="translator"',
  accepts: (s) => LABEL.test(s.inner),
  render: (b, ctx, tools) => renderTranslatorNote(b, ctx, tools)
}
