/**
 * A doubled bracket "[[x]]" (a bracket holding nothing but one bracket) is read as the one bracket "[x]". In the
 * archive's copies the doubling adds no meaning of its own: it comes from a bracket of the translation bracketed again
 * when the copy was edited, and the words inside are classified as any bracket ("[[illegible]]" is an illegible gap,
 * "[[the Soviet side]]" supplied words). It is not the Leiden "[[x]]" (erased text): the archive marks a deletion in
 * words ("[crossed out: x]"). So two `supplied` never nest for one insertion.
 */
import type {BracketRecogniser} from '../types.js'
import {NESTED} from '../types.js'

export const recogniser: BracketRecogniser = {
  name: 'doubled-bracket',
  convention: '"[[x]]" → what "[x]" is (the doubling is the copy\'s, not a second insertion)',
  holdsBrackets: true,
  accepts: (s) => s.nested === 1 && s.inner.trim() === NESTED,
  render: (b, _ctx, tools) => tools.pieces(b.pieces.filter((p) => p.kind === 'bracket'))
}
