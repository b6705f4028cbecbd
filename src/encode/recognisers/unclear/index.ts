/**
 * §2 "[unclear: X?]", "[X?]" (a reading offered with doubt) → unclear cert="low" around X. When X is another reading of
 * the word just before the bracket ("Münnich [unclear: Münich?]": a close spelling), the two are alternative readings
 * of one word of the original: choice of unclear (the translator's) and unclear cert="low" (X), TEI Guidelines §11.3.3.1.
 */
import {esc, open} from '../../serialize.js'
import type {Wrap} from '../../wraps.js'
import {withoutLabel, type Bracket, type BracketRecogniser} from '../types.js'

const LABEL = /^([Uu]nclear|[Pp]robably|[Pp]ossibly|[Rr]eading uncertain)\s*:\s*/
/** A short reading with a question mark: one to four words, no sentence inside. */
const DOUBT = /^[\p{L}][\p{L}\p{N} .’'-]{0,40}\?$/u
/** Brackets found (by `around`) to offer another reading of the word before them. */
const alternatives = new WeakSet<Bracket>()

/** The offered reading: the bracket's words without the label and the question mark. */
function readingOf(inner: string): string {
  return inner.replace(LABEL, '').replace(/\s*\?\s*$/, '').trim()
}

/** Levenshtein distance of two short words (a spelling variant is a distance of one or two). */
function distance(a: string, b: string): number {
  let row = Array.from({length: b.length + 1}, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length] ?? 0
}

/** One word spelt nearly like `word` (same first letter, at most a third of its letters changed), not the same word. */
function isOtherReading(word: string, reading: string): boolean {
  if (!/^[\p{L}][\p{L}'’-]*$/u.test(reading) || word.toLowerCase() === reading.toLowerCase()) return false
  if (word[0]?.toLowerCase() !== reading[0]?.toLowerCase()) return false
  return distance(word.toLowerCase(), reading.toLowerCase()) <= Math.max(1, Math.floor(Math.min(word.length, reading.length) / 3))
}

export const recogniser: BracketRecogniser = {
  name: 'unclear',
  holdsBrackets: true,
  convention: '"[unclear: X?]", "[X?]" → unclear cert="low" around X; after a word spelt nearly like X → choice of the two unclear readings',
  accepts: (s) => LABEL.test(s.inner) || (DOUBT.test(s.inner.trim()) && s.inner.trim().split(/\s+/).length <= 4),
  render: (b, ctx, tools) => {
    // Drop the label and the trailing question mark: unclear@cert says the doubt.
    let {pieces} = withoutLabel(b, LABEL, ctx)
    const last = pieces[pieces.length - 1]
    if (last?.kind === 'text') pieces = [...pieces.slice(0, -1), {kind: 'text', text: last.text.replace(/\s*\?\s*$/, '')}]
    // Another spelling of a word is not a name of its own (no register entry for "Münich").
    const alone = alternatives.has(b) && pieces.length === 1 && pieces[0]?.kind === 'text'
    return `${open('unclear', {cert: 'low', resp: '#tr'})}${alone ? esc(pieces[0]?.kind === 'text' ? pieces[0].text.trim() : '') : tools.pieces(pieces)}</unclear>`
  },
  around: (text, at, b) => {
    const m = /([\p{L}][\p{L}'’-]*)[ \t\u00a0]*$/u.exec(text.slice(0, at))
    if (!m?.[1] || !isOtherReading(m[1], readingOf(b.inner))) return []
    alternatives.add(b)
    const start = m.index
    // The choice takes the bracket's slot; it is dropped (leaving two unclear side by side) if a name crosses it.
    const wraps: Wrap[] = [
      {start, end: at + 1, open: '<choice>', close: '</choice>', rank: 34},
      {start, end: start + m[1].length, open: open('unclear', {resp: '#tr'}), close: '</unclear>', rank: 35}
    ]
    return wraps
  }
}
