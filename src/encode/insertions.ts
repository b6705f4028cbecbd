/** The translator's bracketed insertions: notes, descriptions, stamps, gaps, supplied words, footnote markers. */
import type {Piece} from './brackets.js'
import {next, warn, type Ctx} from './context.js'
import {renderText} from './inline.js'
import {el, esc, open} from './serialize.js'
import {slotChar, type Wrap} from './wraps.js'

const NOTE_LABEL = /^(Translator[’']s note|Translator[’']s Note|Note):\s*/

/** Flatten pieces into a string where each bracket is one slot character; returns the brackets in order. */
export function flatten(pieces: Piece[]): {text: string; brackets: Extract<Piece, {kind: 'bracket'}>[]} {
  let text = ''
  const brackets: Extract<Piece, {kind: 'bracket'}>[] = []
  for (const p of pieces) {
    if (p.kind === 'text') text += p.text
    else {
      text += slotChar(brackets.length)
      brackets.push(p)
    }
  }
  return {text, brackets}
}

/** Whether a bracket is a labelled translator's note. */
export function isNote(b: Extract<Piece, {kind: 'bracket'}>): boolean {
  return NOTE_LABEL.test(b.inner)
}

/** Render pieces (text with nested brackets) as phrase content. */
export function renderPieces(pieces: Piece[], ctx: Ctx, extra: Wrap[] = []): string {
  const {text, brackets} = flatten(pieces)
  const slots = brackets.map((b) => renderBracket(b, ctx))
  return renderText(text, ctx, extra, slots)
}

/** Drop the note label from the first text piece, accounting its words. */
function withoutLabel(pieces: Piece[], ctx: Ctx): Piece[] {
  const [first, ...rest] = pieces
  if (first?.kind !== 'text') return pieces
  const m = NOTE_LABEL.exec(first.text)
  if (!m) return pieces
  ctx.accounted.push(m[1] ?? '')
  return [{kind: 'text', text: first.text.slice(m[0].length)}, ...rest]
}

/** A labelled note, with the pointer the marginalia analysis gave it. */
export function renderNote(b: Extract<Piece, {kind: 'bracket'}>, ctx: Ctx, target?: string): string {
  const id = `tn-${String(next(ctx, 'tn')).padStart(2, '0')}`
  const body = renderPieces(withoutLabel(b.pieces, ctx), ctx)
  return `${open('note', {type: 'translator', place: 'inline', resp: '#tr', target, 'xml:id': id})}${body}</note>`
}

/** A translator's description ("There is a stamp …"): stamp with its text as `mentioned`, signatures as `gap`. */
function renderDescription(b: Extract<Piece, {kind: 'bracket'}>, ctx: Ctx): string {
  const {text, brackets} = flatten(b.pieces)
  const slots = brackets.map((x) => renderBracket(x, ctx))
  const wraps: Wrap[] = []
  const stamp = /\ba stamp\b[^“]*?stating that (“[^”]*”)/.exec(text)
  if (stamp) {
    const mStart = stamp.index + stamp[0].length - (stamp[1] ?? '').length
    wraps.push({start: stamp.index, end: stamp.index + stamp[0].length, open: open('stamp', {type: 'review', resp: '#tr'}), close: '</stamp>', rank: 1})
    wraps.push({start: mStart, end: stamp.index + stamp[0].length, open: '<mentioned>', close: '</mentioned>', rank: 2})
  }
  const sig = /\b(some |several )?(illegible )?(handwritten )?signatures?\b/.exec(text)
  if (sig && /illegible/.test(sig[0])) {
    wraps.push({start: sig.index, end: sig.index + sig[0].length, open: `${open('gap', {reason: 'illegible', extent: sig[1] ? 'several' : undefined, resp: '#tr'})}<desc>`, close: '</desc></gap>', rank: 1})
  }
  if (/end of the first page/.test(text)) ctx.facts.pageBreak = true
  const id = `td-${String(next(ctx, 'td')).padStart(2, '0')}`
  return `${open('note', {type: 'translator', place: 'inline', resp: '#tr', 'xml:id': id})}${renderText(text, ctx, wraps, slots)}</note>`
}

/** Render one bracket by what it is. */
export function renderBracket(b: Extract<Piece, {kind: 'bracket'}>, ctx: Ctx): string {
  const inner = b.inner.trim()
  if (isNote(b)) return renderNote(b, ctx)
  if (/^signature$/i.test(inner)) return `${open('gap', {reason: 'signature', resp: '#tr'})}<desc>${esc(inner)}</desc></gap>`
  // The printed ellipsis ("..." or "…") is kept in @rend so a diplomatic rendering restores it.
  if (/^(\.\.\.|…)$/.test(inner)) return el('gap', {reason: 'omitted', resp: '#tr', rend: inner})
  if (/^\d{1,3}$/.test(inner)) return el('ref', {type: 'noteAnchor', n: inner, target: `#fn-${inner}`}, inner)
  if (/^page break$/i.test(inner)) {
    ctx.accounted.push(inner)
    return el('pb', {resp: '#tr'})
  }
  if (/^email[\s\u00a0]protected$/.test(inner)) return `<email>${el('gap', {reason: 'obfuscated-in-source', resp: '#ed'})}</email>` + accountEmail(ctx)
  if (/redacted/i.test(inner)) return `${open('gap', {reason: 'redacted', resp: '#tr'})}<desc>${esc(inner)}</desc></gap>`
  if (/^handwritten$/i.test(inner)) return el('note', {type: 'translator', subtype: 'hand', place: 'inline', resp: '#tr'}, esc(inner))
  if (/^There (is|are|was|were)\b/.test(inner) || /\bstamp\b/.test(inner)) return renderDescription(b, ctx)
  const words = inner.split(/\s+/).length
  if (words > 8) {
    warn(ctx, `A long bracketed passage ("[${inner.slice(0, 40)}…]") is not a known convention; kept as a translator's note.`, 'encode-unrecognised-feature')
    return `${open('note', {type: 'translator', subtype: 'unclassified', place: 'inline', resp: '#tr'})}${renderPieces(b.pieces, ctx)}</note>`
  }
  const decided = ctx.edits?.supplied?.find((s) => s.text === inner)
  if (decided) ctx.use.hit(decided)
  const reason = decided?.reason ?? (/^[\p{Lu}\d]/u.test(inner) ? 'explanation' : 'omitted-in-original')
  const content = renderPieces(b.pieces, ctx)
  const titled = decided?.title ? el('title', {level: decided.title.level ?? 'a', type: 'translated'}, content) : content
  return `${open('supplied', {reason, resp: '#tr'})}${titled}</supplied>`
}

/** A translated title "[…]" decided in the sidecar: the original words before it (back to “) become a `title`. */
export function translationWraps(text: string, brackets: Extract<Piece, {kind: 'bracket'}>[], ctx: Ctx): Wrap[] {
  const out: Wrap[] = []
  brackets.forEach((b, k) => {
    const title = ctx.edits?.supplied?.find((s) => s.text === b.inner.trim())?.title
    const at = text.indexOf(slotChar(k))
    if (!title || at < 0) return
    const end = text.slice(0, at).trimEnd().length
    const start = Math.max(text.lastIndexOf('“', end) + 1, 0)
    if (end > start) out.push({start, end, open: open('title', {level: title.level ?? 'a', 'xml:lang': title.lang}), close: '</title>', rank: 45})
  })
  return out
}

function accountEmail(ctx: Ctx): string {
  ctx.accounted.push('email protected')
  return ''
}
