/** Sentence boundaries in a paragraph string (slots stand for brackets), outside quotations and parentheses. */
import type {QuoteSpan} from '../inline.js'
import {slotOf} from '../wraps.js'

const ABBREVIATIONS = new Set(['Cde', 'Comr', 'Mr', 'Mrs', 'Dr', 'No', 'Nos', 'St', 'Gen', 'Amb', 'vs', 'etc', 'ca', 'cf', 'p', 'pp', 'f', 'op', 'd', 'l', 'll'])

/** Offsets where sentences start (always including the first non-space character). */
export function sentenceStarts(text: string, quotes: QuoteSpan[]): number[] {
  const starts: number[] = []
  const first = text.search(/\S/)
  if (first >= 0) starts.push(first)
  let paren = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? ''
    if (ch === '(') paren++
    else if (ch === ')') paren = Math.max(0, paren - 1)
    if (!'.!?'.includes(ch) || paren > 0 || quotes.some((q) => i > q.start && i < q.end - 2)) continue
    let w = i
    while (w > 0 && !/\s/.test(text[w - 1] ?? '')) w--
    const word = text.slice(w, i)
    if (/^[A-Z]$/.test(word) || ABBREVIATIONS.has(word.replace(/^[(“]/, ''))) continue
    let j = i + 1
    while (j < text.length && '”’)'.includes(text[j] ?? '')) j++
    if (!/\s/.test(text[j] ?? '')) continue
    while (j < text.length && /\s/.test(text[j] ?? '')) j++
    const next = text[j] ?? ''
    if (/[\p{Lu}“\d]/u.test(next) || slotOf(next) >= 0) starts.push(j)
  }
  return starts
}

/** End of the text before `pos`, without trailing spaces. */
export function trimEnd(text: string, pos: number): number {
  let e = pos
  while (e > 0 && /\s/.test(text[e - 1] ?? '')) e--
  return e
}

/** The sentences before `pos` as [start, end) ranges. */
export function sentencesBefore(text: string, starts: number[], pos: number): [number, number][] {
  const before = starts.filter((s) => s < trimEnd(text, pos))
  return before.map((s, k) => [s, trimEnd(text, Math.min(before[k + 1] ?? pos, pos))])
}
