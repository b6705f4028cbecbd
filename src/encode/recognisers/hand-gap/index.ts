/**
 * §2 "[handwritten]" with nothing transcribed, "[handwritten signature]" → gap reason="handwriting" with the words in desc.
 * When handwritten words follow the label on the same line ("[handwritten] Copy sent to P.R./UN."), they are the
 * addition: add hand="#hand-1" around them, the label a translator's note subtype="hand" before them.
 */
import {el, esc, open} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

const BARE = /^(?:hand-?written|in handwriting|handwritten (?:signature|text|note|notes|inscription|annotation|resolution))$/i

/** The rest of the line after the slot at `at`, when it holds words. */
function restOfLine(text: string, at: number): [number, number] | undefined {
  const end = text.indexOf('\n', at + 1)
  const stop = end < 0 ? text.length : end
  const start = at + 1 + (/^\s*/.exec(text.slice(at + 1))?.[0].length ?? 0)
  return start < stop && /[\p{L}\p{N}]/u.test(text.slice(start, stop)) ? [start, stop] : undefined
}

export const recogniser: BracketRecogniser = {
  name: 'hand-gap',
  convention: '"[handwritten]", "[handwritten signature]" → gap reason="handwriting" with desc; words after the label on its line → add',
  accepts: (s) => BARE.test(s.inner.trim()),
  render: (b, ctx) => {
    if (/^(?:hand-?written|in handwriting)$/i.test(b.inner.trim()) && ctx.handLabel) {
      // The label stays the translator's note (editions print it); the words after it are the addition.
      ctx.handLabel = false
      return `${open('note', {type: 'translator', subtype: 'hand', place: 'inline', resp: '#tr'})}${esc(b.inner.trim())}</note>`
    }
    return `${open('gap', {reason: 'handwriting', resp: '#tr'})}${el('desc', {}, esc(b.inner.trim()))}</gap>`
  },
  around: (text, at, b, ctx) => {
    if (!/^(?:hand-?written|in handwriting)$/i.test(b.inner.trim())) return []
    const span = restOfLine(text, at)
    if (!span) return []
    ctx.handLabel = true
    ctx.facts.handAdditions = true
    return [{start: span[0], end: span[1], open: open('add', {hand: '#hand-1', resp: '#tr'}), close: '</add>', rank: 5}]
  }
}
