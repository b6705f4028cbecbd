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

const NEIGHBOUR = /\b(?:the )?(following|next|preceding|previous) (?:paragraph|passage)\b|\bparagraph (below|above)\b/i

/**
 * The paragraph a note standing alone refers to: "The following paragraph was underlined …" → 'following',
 * "the preceding paragraph", "the paragraph above" → 'preceding'; undefined when it names none. The note then points
 * at that paragraph (TEI note/@target, Guidelines §3.9.1).
 */
export function neighbour(inner: string): 'following' | 'preceding' | undefined {
  const m = NEIGHBOUR.exec(inner)
  if (!m) return undefined
  const word = (m[1] ?? m[2] ?? '').toLowerCase()
  return word === 'following' || word === 'next' || word === 'below' ? 'following' : 'preceding'
}

export const recogniser: BracketRecogniser = {
  name: 'translator-note',
  holdsBrackets: true,
  convention: '"[Translator\'s note: …]", "[trans. note—…]", "[Translator\'s comment: …]" → note type="translator"',
  accepts: (s) => LABEL.test(s.inner),
  render: (b, ctx, tools) => renderTranslatorNote(b, ctx, tools)
}
