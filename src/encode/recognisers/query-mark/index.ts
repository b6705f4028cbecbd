/**
 * A bare "[?]" is the translator's doubt about the reading just before it: that word ("Kang [?]") goes in unclear
 * cert="low" (TEI §11.3.3.1) and the marker is accounted, not repeated. Inside a word or a number ("1[?]000") the whole
 * of it is the doubtful reading, and the mark stays where the translator put it, as the translator's inline note
 * (subtype="query"): dropping it would join "1" and "000" into a number the copy does not print. Never supplied: the
 * translator adds no words.
 */
import {el, open} from '../../serialize.js'
import type {Bracket, BracketRecogniser} from '../types.js'

/** Marks standing inside a word or number (found by `around`, which runs before `render`). */
const inside = new WeakSet<Bracket>()

export const recogniser: BracketRecogniser = {
  name: 'query-mark',
  convention: '"word [?]", "1[?]000" → the doubtful word in unclear cert="low"',
  accepts: (s) => /^\?{1,3}$/.test(s.inner.trim()),
  render: (b, ctx) => {
    if (inside.has(b)) return el('note', {type: 'translator', subtype: 'query', place: 'inline', resp: '#tr'}, b.inner.trim())
    ctx.accounted.push(b.inner)
    return ''
  },
  around: (text, at, b) => {
    const within = /[\p{L}\p{N}]$/u.test(text.slice(0, at)) && /^[\p{L}\p{N}]/u.test(text.slice(at + 1))
    if (within) inside.add(b)
    const before = /([\p{L}\p{N}][\p{L}\p{N}'’.,-]*?)[”"’.,;:!?)]*\s*$/u.exec(text.slice(0, at))
    if (!before?.[1]) return []
    const start = before.index
    const after = within ? (/^[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/u.exec(text.slice(at + 1))?.[0] ?? '') : ''
    const end = within ? at + 1 + after.length : start + before[1].length
    return [{start, end, open: open('unclear', {cert: 'low', resp: '#tr'}), close: '</unclear>', rank: 35}]
  }
}
