/** The top of a document: openers and headings, in source order, until the first paragraph. */
import type {Ctx} from '../context.js'
import {el, esc, type XmlWriter} from '../serialize.js'
import {classify, isClassification, isGenre} from './fields.js'
import {readOpener, isCaps} from './opener.js'
import {renderParagraph} from './paragraph.js'
import type {Block} from './structure.js'

const ROMAN = /^([IVX]{1,5})\.$/
const SPACED = /^(?:\p{L} ){3,}\p{L}(?:\s*-\s*.+)?$/u
/** A document's kind printed as its heading ("SPEECH", "MINUTES", "RECORD OF CONVERSATION", "Memorandum"). */
const GENRE_HEAD = /^(?:speech|minutes|protocol|memorandum|note|report|statement|information|diary|decree|resolution|directive|instruction|appeal|declaration|communiqu[ée]|(?:record|memorandum|minutes) of (?:a |the )?(?:conversation|talks?|meeting))\.?$/i
/** Its continuation on the next line, in lower case ("by Comrade Yu. Tsedenbal at the Plenum …", "with DPRK Ambassador …"). */
const GENRE_MORE = /^(?:by|with|of|on|between|from|held|concerning|about|at|to|for)\s(?:[^.!?]|(?<=\b\p{Lu}\p{Ll}?)\.){3,200}$/u

/** Letters only, lower case: "U.N.O." and "U.N.O" compare equal. */
export function letters(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** Write openers and heads (they may alternate: div admits its top matter in any order); returns blocks used. */
export function writeTop(blocks: Block[], w: XmlWriter, ctx: Ctx): number {
  let i = 0
  for (;;) {
    const {items, used} = readOpener(blocks.slice(i), ctx)
    if (items.length > 0) w.leaf('opener', {}, items.join('<lb/>'))
    i += used
    const heads = writeHeads(blocks, i, w, ctx)
    i += heads
    if (used === 0 && heads === 0) return i
  }
}

/** "of the 91st meeting of …", "of a conversation between …": a title's second line, in lower case, under its first. */
const CONTINUATION = /^(?:of|on|between|concerning|regarding|with)\s\S/

/** Whether blocks[i] continues the title line above it (starts in lower case with a preposition, not a sentence). */
function continues(blocks: Block[], i: number, ctx: Ctx): boolean {
  const t = blocks[i]?.text.trim() ?? ''
  return !ctx.plain.has(blocks[i]?.line ?? 0) && CONTINUATION.test(t) && t.split(/\s+/).length <= 60 && !/\n/.test(t)
}

function writeHeads(blocks: Block[], start: number, w: XmlWriter, ctx: Ctx): number {
  const title = ` ${letters(ctx.headerNames[0] ?? '')} `
  let i = start
  for (; i < blocks.length; i++) {
    if (ctx.plain.has(blocks[i]?.line ?? 0)) break
    const t = blocks[i]?.text.trim() ?? ''
    // "MINUTES" / "of the meeting of …", "Record of Conversation" / "between …": one title on two lines (TEI §4.2.1).
    if (continues(blocks, i + 1, ctx) && t.split(/\s+/).length <= 6 && /^\p{Lu}/u.test(t) && !/[.:;,]$/.test(t) && !isClassification(t) && (isCaps(t) || title.includes(` ${letters(t)} `) || isGenre(t))) {
      const second = blocks[i + 1]?.text.trim() ?? ''
      w.leaf('head', ctx.facts.mainHead === undefined ? {type: 'main'} : {}, `${renderParagraph(t, ctx, 'doc')}<lb/>${renderParagraph(second, ctx, 'doc')}`)
      ctx.facts.mainHead ??= `${t} ${second}`
      i++
      continue
    }
    if (isCaps(t) && t.split(/\s+/).length >= 4 && !ROMAN.test(t)) {
      w.leaf('head', {type: 'main'}, esc(t))
      ctx.facts.mainHead ??= t
    } else if (/^\(\p{L}+\)$/u.test(t) && i > 0) w.leaf('head', {type: 'genre'}, esc(t))
    else if (SPACED.test(t)) {
      // "M e m o r a n d u m - for internal use only": a classification after the spaced genre word is marked as such.
      const m = /^(.*?\s-\s)(.+)$/.exec(t)
      const cls = m && isClassification(m[2] ?? '') ? m[2] ?? '' : undefined
      w.leaf('head', {type: 'genre'}, cls ? `${esc(m?.[1] ?? '')}${el('seg', {type: 'classification', ana: `#${classify(cls, ctx)}`}, esc(cls))}` : esc(t))
    }
    else if (isGenre(t) && !/\d/.test(t)) w.leaf('head', {type: 'genre'}, esc(t))
    else if (GENRE_HEAD.test(t) && (isCaps(t) || /^\p{Lu}\p{Ll}/u.test(t))) {
      // "SPEECH" / "by Comrade Yu. Tsedenbal at the Plenum of the MPRP CC": one heading over two lines.
      const more = blocks[i + 1]?.text.trim() ?? ''
      const cont = GENRE_MORE.test(more) && !ctx.plain.has(blocks[i + 1]?.line ?? 0)
      w.leaf('head', {type: 'genre'}, cont ? `${esc(t)}<lb/>${renderParagraph(more, ctx, 'doc')}` : esc(t))
      if (cont) i++
    }
    else if ((t.split(/\s+/).length >= 3 || title.startsWith(` ${letters(t)} `)) && t.split(/\s+/).length >= 2 && (!/[.:;,]$/.test(t) || /\b\p{Lu}\.$/u.test(t)) && title.includes(` ${letters(t)} `)) {
      // The document's own title, as the archive's page title repeats it; a later short match names the issuing office.
      if (ctx.facts.mainHead === undefined) w.leaf('head', {type: 'main'}, renderParagraph(t, ctx, 'doc'))
      else if (t.split(/\s+/).length <= 6) w.leaf('opener', {}, el('byline', {}, renderParagraph(t, ctx, 'doc')))
      else break
      ctx.facts.mainHead ??= t
    } else break
  }
  return i - start
}
