/** The translator's bracketed insertions, rendered by the recogniser catalogue (src/encode/recognisers/registry.ts). */
import type {Piece} from './brackets.js'
import type {Ctx} from './context.js'
import {renderText} from './inline.js'
import {open} from './serialize.js'
import {slotChar, type Wrap} from './wraps.js'
import {bracketKind} from './recognisers/registry.js'
import {recogniser as translatorNote, renderTranslatorNote} from './recognisers/translator-note/index.js'
import {siteOf, type Bracket, type BracketTools} from './recognisers/types.js'

/** Flatten pieces into a string where each bracket is one slot character; returns the brackets in order. */
export function flatten(pieces: Piece[]): {text: string; brackets: Bracket[]} {
  let text = ''
  const brackets: Bracket[] = []
  for (const p of pieces) {
    if (p.kind === 'text') text += p.text
    else {
      text += slotChar(brackets.length)
      brackets.push(p)
    }
  }
  return {text, brackets}
}

/** Whether a bracket is a labelled translator's note (the marginalia analysis gives it a target). */
export function isNote(b: Bracket): boolean {
  return translatorNote.accepts(siteOf(b))
}

function tools(ctx: Ctx): BracketTools {
  return {pieces: (p, wraps = []) => renderPieces(p, ctx, wraps), text: (t) => renderText(t, ctx)}
}

/**
 * Render the brackets of a flattened text: one slot string per bracket, plus the markup some brackets put on the
 * words around them ("[sic]" on the word before it). `targets` maps a note's slot position to its marginal target.
 */
export function bracketSlots(text: string, brackets: Bracket[], ctx: Ctx, targets?: Map<number, string>): {slots: string[]; wraps: Wrap[]} {
  const wraps: Wrap[] = []
  const slots = brackets.map((b, k) => {
    const at = text.indexOf(slotChar(k))
    const kind = bracketKind(siteOf(b, text.slice(Math.max(0, at - 1), at), text.slice(at + 1, at + 2)))
    wraps.push(...(kind.around?.(text, at, b, ctx) ?? []))
    if (kind === translatorNote) return renderTranslatorNote(b, ctx, tools(ctx), targets?.get(at))
    return kind.render(b, ctx, tools(ctx))
  })
  return {slots, wraps}
}

/** Render pieces (text with nested brackets) as phrase content. */
export function renderPieces(pieces: Piece[], ctx: Ctx, extra: Wrap[] = []): string {
  const {text, brackets} = flatten(pieces)
  const {slots, wraps} = bracketSlots(text, brackets, ctx)
  return renderText(text, ctx, [...extra, ...wraps], slots)
}

/** Render one bracket standing alone by what it is. */
export function renderBracket(b: Bracket, ctx: Ctx): string {
  return bracketSlots(slotChar(0), [b], ctx).slots[0] ?? ''
}

/** A translator's note (a bracket the translator-note recogniser accepts) pointing at `target`. */
export function renderNoteWithTarget(b: Bracket, ctx: Ctx, target: string): string {
  return renderTranslatorNote(b, ctx, tools(ctx), target)
}

/** A translated title "[…]" decided in the sidecar: the original words before it (back to “) become a `title`. */
export function translationWraps(text: string, brackets: Bracket[], ctx: Ctx): Wrap[] {
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
