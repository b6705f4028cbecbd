/** Marginal marks described by translator's notes → marked passage (seg/p/quote) + metamark + note/@target. */
import {warn, type Ctx} from '../context.js'
import type {Extent} from '../edits.js'
import {findQuotes, maskedRanges} from '../inline.js'
import {open} from '../serialize.js'
import {findWord, type Wrap} from '../wraps.js'
import {sentencesBefore, sentenceStarts, trimEnd} from './sentences.js'

/** What the analysis adds to a paragraph. */
export interface Marks {
  wraps: Wrap[]
  quoteIds: Map<number, string>
  /** @target of each note, by its position in the string. */
  targets: Map<number, string>
}

type Mark = {rend?: string; fn: 'flag' | 'query' | 'emphasis'; sign?: string}

/** Signs named in a clause ("two vertical lines", "a question mark", "an exclamation point"). */
function signs(clause: string): Mark[] {
  const out: Mark[] = []
  if (/two (vertical )?lines/.test(clause)) out.push({fn: 'flag', rend: 'line-double'})
  else if (/(single|one|additional|a) vertical line\b/.test(clause)) out.push({fn: 'flag', rend: 'line-single'})
  if (/question mark/.test(clause)) out.push({fn: 'query', sign: '?'})
  if (/exclamation (point|mark)/.test(clause)) out.push({fn: 'emphasis', sign: '!'})
  if (out.length === 0) out.push({fn: 'flag', rend: 'unspecified'})
  return out
}

/** Words that make a translator's note describe reader's marks (the same test as Schematron translator-note-has-target). */
export const ABOUT_MARKS = /margin|highlight|underlin/i

/** The metamark of one sign: an empty element with @rend, or the sign ("!", "?") as its content (teipipe.sch metamark-form). */
function metamark(m: Mark, place: string, target: string, cert?: string): string {
  const a = {function: m.fn, place, rend: m.rend, target, cert, resp: cert ? '#ed' : undefined}
  return m.sign ? `${open('metamark', a)}${m.sign}</metamark>` : open('metamark', a).replace(/>$/, '/>')
}

/** The margin a note names (TEI metamark/@place; the project's list has margins only): right when it says so, else left. */
const placeOf = (inner: string): string => (/right margin/i.test(inner) ? 'margin-right' : 'margin-left')

/**
 * The metamarks a translator's note describes (`inner`, its words) on the passage `target` ("#p-0-2"), in TEI's
 * metamark (Guidelines §11.3.4.2, "Metamarks": @function, @place, @target); `cert` when the extent is guessed.
 */
export function metamarksFor(inner: string, target: string, ctx: Ctx, cert?: string): string {
  ctx.facts.hasReaderMarks = true
  return signs(inner.toLowerCase()).map((m) => metamark(m, placeOf(inner), target, cert)).join('')
}

/** Analyse the notes at `notePositions` of paragraph `pid`. */
export function analyseMarks(text: string, notes: {pos: number; inner: string}[], pid: string, ctx: Ctx): Marks {
  const marks: Marks = {wraps: [], quoteIds: new Map(), targets: new Map()}
  const quotes = findQuotes(text, maskedRanges(text, ctx))
  const starts = sentenceStarts(text, quotes)
  const segIds = new Map<string, string>()
  const seg = (s: number, e: number, cert?: string): string => {
    const key = `${s}:${e}`
    const known = segIds.get(key)
    if (known) return known
    const id = `seg-${pid.replace(/^p-/, '')}-${segIds.size + 1}`
    segIds.set(key, id)
    marks.wraps.push({start: s, end: e, open: open('seg', {type: 'marked', 'xml:id': id, cert, resp: cert ? '#ed' : undefined}), close: '</seg>', rank: 0})
    return id
  }
  for (const note of notes) {
    if (!ABOUT_MARKS.test(note.inner)) continue
    ctx.facts.hasReaderMarks = true
    const place = placeOf(note.inner)
    const sentences = sentencesBefore(text, starts, note.pos).filter(([s, e]) => /\p{L}/u.test(text.slice(s, e)))
    const targets: string[] = []
    for (const clause of note.inner.replace(/^[^:]*note:\s*/i, '').split(/,? and (?=the )/)) {
      let at = 0
      let id = pid
      let cert: string | undefined
      const extent = ctx.edits?.extents?.find((x) => clause.includes(x.note))
      const span = (list: [number, number][], c?: string): void => {
        const first = list[0]
        const last = list[list.length - 1]
        if (!first || !last) return
        at = first[0]
        id = seg(first[0], last[1], c)
      }
      if (extent) ({at, id, cert} = fromExtent(extent, text, note.pos, pid, ctx, seg))
      else if (/previous two sentences/.test(clause)) span(sentences.slice(-2))
      else if (/previous sentence|last sentence/.test(clause)) span(sentences.slice(-1))
      else if (/end of the paragraph/.test(clause)) span(sentences.slice(-1), 'medium')
      else if (/second half/.test(clause)) span(sentences.slice(Math.floor(sentences.length / 2)), 'medium')
      else if (/first half/.test(clause)) span(sentences.slice(0, Math.ceil(sentences.length / 2)), 'medium')
      else if (/last quote/.test(clause)) {
        const q = quotes.filter((x) => x.end <= note.pos).pop()
        if (q) {
          id = `q-${pid.replace(/^p-/, '')}-${marks.quoteIds.size + 1}`
          marks.quoteIds.set(q.start, id)
          at = q.start
        }
      } else if (!/previous paragraph|this paragraph/.test(clause)) {
        cert = 'low'
        warn(ctx, `The passage of "${clause.trim().slice(0, 60)}" cannot be delimited from the text; the whole paragraph is targeted (cert="low"). Give its extent in the .edits.json sidecar.`, 'encode-extent-guessed')
      }
      for (const m of signs(clause)) marks.wraps.push({start: at, end: at, open: metamark(m, place, `#${id}`, cert), close: '', rank: -1})
      if (!targets.includes(`#${id}`)) targets.push(`#${id}`)
    }
    marks.targets.set(note.pos, targets.join(' '))
  }
  return marks
}

/** Apply a sidecar extent: an exact passage (a seg) or the whole paragraph. */
function fromExtent(extent: Extent, text: string, pos: number, pid: string, ctx: Ctx, seg: (s: number, e: number, c?: string) => string): {at: number; id: string; cert: string | undefined} {
  ctx.use.hit(extent)
  if (extent.find) {
    const at = findWord(text.slice(0, trimEnd(text, pos)), extent.find)[0]
    if (at !== undefined) return {at, id: seg(at, at + extent.find.length, extent.cert), cert: undefined}
    ctx.use.used.delete(extent)
  }
  return {at: 0, id: pid, cert: extent.cert}
}
