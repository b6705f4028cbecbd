/** A paragraph: brackets parsed, marginal notes analysed, phrase markup applied. */
import {parseBrackets} from '../brackets.js'
import type {Ctx} from '../context.js'
import {renderText} from '../inline.js'
import {bracketSlots, flatten, isNote, translationWraps} from '../insertions.js'
import {el, esc} from '../serialize.js'
import {findWord, type Wrap} from '../wraps.js'
import {analyseMarks} from './marginalia.js'

/** Render the content of the paragraph `pid` (lines joined by `lb`). */
export function renderParagraph(text: string, ctx: Ctx, pid: string): string {
  const {text: flat, brackets} = flatten(parseBrackets(text))
  const notes = brackets.flatMap((b, k) => (isNote(b) ? [{pos: flat.indexOf(String.fromCharCode(0xe000 + k)), inner: b.inner}] : []))
  const marks = analyseMarks(flat, notes, pid, ctx)
  const {slots, wraps: around} = bracketSlots(flat, brackets, ctx, marks.targets)
  const wraps: Wrap[] = [...marks.wraps, ...around, ...footMarkers(flat, ctx), ...editorialNotes(flat, ctx), ...lineBreaks(flat), ...translationWraps(flat, brackets, ctx)]
  return renderText(flat, ctx, wraps, slots, marks.quoteIds)
}

/** Line breaks inside a block become `<lb/>` (the newline itself is dropped). */
function lineBreaks(text: string): Wrap[] {
  const out: Wrap[] = []
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push({start: i, end: i + 1, open: '<lb/>', close: '', rank: 99})
  return out
}

/** The sidecar's editorial notes, placed after the passage they comment on. */
function editorialNotes(text: string, ctx: Ctx): Wrap[] {
  const out: Wrap[] = []
  for (const n of ctx.edits?.notes ?? []) {
    for (const at of findWord(text, n.after)) {
      ctx.use.hit(n)
      const end = at + n.after.length
      out.push({start: end, end, open: el('note', {type: 'editorial', resp: '#ed'}, esc(n.text)), close: '', rank: -1})
    }
  }
  return out
}

/** A foot note's marker glued to a word ("memorandum*", "date x/") → ref to the note; each marker once. */
function footMarkers(text: string, ctx: Ctx): Wrap[] {
  const out: Wrap[] = []
  for (const [marker, id] of ctx.footMarkers) {
    const re = marker.startsWith('*') ? new RegExp(`(?<=[\\p{L}\\p{N}.,;:”)])\\${marker.split('').join('\\')}(?!\\*)`, 'u') : new RegExp(`(?<=\\S ?)${marker.replace('/', '\\/')}(?=\\s|$)`, 'u')
    const m = re.exec(text)
    if (!m || text.trimStart().startsWith(marker)) continue
    ctx.footMarkers.delete(marker)
    out.push({start: m.index, end: m.index + marker.length, open: el('ref', {type: 'noteAnchor', n: marker, target: `#${id}`}).replace('/>', '>'), close: '</ref>', rank: 70})
  }
  return out
}
