/**
 * §2 "[sic]", "[sic!]" after a word → the preceding word in sic (resp="#tr"); the marker is accounted, not repeated.
 * "[sic?]" (the translator doubts the original's reading) is the same sic with cert="low" (att.global.responsibility).
 */
import {open} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

export const recogniser: BracketRecogniser = {
  name: 'sic',
  convention: '"[sic]", "[sic!]" after a word → the preceding word in sic; "[sic?]" → sic cert="low"',
  accepts: (s) => /^sic\s?(?:!|\?|!\?|\?!)?$/i.test(s.inner.trim()),
  render: (b, ctx) => {
    ctx.accounted.push(b.inner)
    return ''
  },
  around: (text, at, b) => {
    // The word (with a closing quotation mark or punctuation kept outside) just before the marker.
    const before = text.slice(0, at).replace(/\s+$/, '')
    const m = /([\p{L}\p{N}][\p{L}\p{N}'’-]*)[”"’.,;:!?)]*$/u.exec(before)
    if (!m) return []
    const start = m.index
    // Outside a name on the same word, so that the edition's "[sic]" after it stays outside the name's link.
    return [{start, end: start + (m[1] ?? '').length, open: open('sic', {resp: '#tr', cert: b.inner.includes('?') ? 'low' : undefined}), close: '</sic>', rank: 35}]
  }
}
