/** §2 "[Stamp: …]", "[CPSU CC stamp: …]", "[stamp: Received … No. …]", "[seal: …]" → stamp, its words in mentioned. */
import {normaliseDate} from '../../dates.js'
import {el, esc, open} from '../../serialize.js'
import type {Ctx} from '../../context.js'
import type {Piece} from '../../brackets.js'
import type {Bracket, BracketRecogniser, BracketTools} from '../types.js'

/** A label ending in "stamp:" or "seal:" (the issuing body may precede it: "CPSU CC stamp:"). */
export const STAMP_LABEL = /^([\p{L} .’'-]{0,40}\b(?:[Ss]tamp|[Ss]eal))\s*:\s*/u

/** The stamp's words as `mentioned`: numbers as idno, dates as date (the first date is the receipt date). */
export function renderStamp(inner: string, ctx: Ctx, tools: BracketTools): string {
  const m = STAMP_LABEL.exec(inner)
  const label = m ? inner.slice(0, m[0].length).trimEnd() : ''
  const rest = m ? inner.slice(m[0].length) : inner
  const lines = rest.split(/\n|\s+\/\s+/).map((l) => l.trim()).filter((l) => l !== '')
  const parts = lines.map((l, k) => {
    if (/^(?:No\.?\s*)?\d+$/.test(l)) return el('idno', {type: 'incoming'}, esc(l))
    const date = normaliseDate(l)
    if (date) {
      ctx.facts.receivedDate ??= date
      return el('date', date, esc(l))
    }
    return k === lines.length - 1 && lines.length > 1 ? el('seg', {type: 'rubric'}, tools.text(l)) : tools.text(l)
  })
  const sep = /\n/.test(rest) ? '<lb/>' : ' / '
  return `${open('stamp', {type: /seal/i.test(label) ? 'archive' : 'registration', resp: '#tr'})}${tools.text(label)} <mentioned>${parts.join(sep)}</mentioned></stamp>`
}

/**
 * A stamp whose words hold brackets of their own ("[Stamp: Received [illegible] 12 June]", a translator's note inside):
 * the nested brackets are rendered by their own recognisers inside `mentioned`, never left as literal "[".
 */
function renderNestedStamp(b: Bracket, tools: BracketTools): string {
  const [first, ...rest] = b.pieces
  const m = first?.kind === 'text' ? STAMP_LABEL.exec(first.text) : null
  const label = m ? m[0].trimEnd() : ''
  const pieces: Piece[] = m && first?.kind === 'text' ? [{kind: 'text', text: first.text.slice(m[0].length)}, ...rest] : b.pieces
  return `${open('stamp', {type: /seal/i.test(label) ? 'archive' : 'registration', resp: '#tr'})}${tools.text(label)} <mentioned>${tools.pieces(pieces)}</mentioned></stamp>`
}

/** A stamp or seal named without a label: "[Seal of the Embassy]", "[Round seal]", "[stamp]", "[Official stamp of the MFA]". */
const NAMED_STAMP = /^(?:(?:[Rr]ound|[Oo]fficial|[Ii]llegible|[Rr]ectangular|[Tt]riangular)\s)?(?:[Ss]eal|[Ss]tamp|SEAL|STAMP)(?:\s(?:of|with|reading)\s[^:]{1,80})?$/

export const recogniser: BracketRecogniser = {
  name: 'stamp',
  holdsBrackets: true,
  convention: '"[Stamp: …]", "[CPSU CC stamp: …]", "[seal: …]", "[Seal of the Embassy]" → stamp (a label\'s words in mentioned); never a heading',
  accepts: (s) => STAMP_LABEL.test(s.inner) || NAMED_STAMP.test(s.inner.trim()),
  render: (b, ctx, tools) => {
    // "[Seal of the Embassy]": the translator's description is the stamp's content (no printed words to mention).
    if (!STAMP_LABEL.test(b.inner)) return `${open('stamp', {type: /seal/i.test(b.inner) ? 'archive' : 'registration', resp: '#tr'})}${tools.pieces(b.pieces)}</stamp>`
    return b.pieces.some((p) => p.kind === 'bracket') ? renderNestedStamp(b, tools) : renderStamp(b.inner, ctx, tools)
  }
}
