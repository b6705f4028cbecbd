/** The word-accounting check: every word of the source must be in the TEI (or be a label turned into markup). */
import type {SourceLine} from './page.js'

const WORD = /[\p{L}\p{N}]+/gu
const WINDOW = 40

/** Words of a text, in order. */
export function words(text: string): string[] {
  return text.match(WORD) ?? []
}

/** Text content of an XML fragment: tags dropped, the five entities decoded. */
export function textContent(xml: string): string {
  return xml
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
}

/** The first source words missing from the TEI, with their line; undefined when all are there. */
export interface Loss {
  line: number
  missing: string
}

/**
 * Check that the source lines' words occur in order in `teiText`, after removing the `accounted` words
 * (labels the encoder turned into markup, in the order it met them).
 */
export function checkOrdered(lines: SourceLine[], teiText: string, accounted: string[]): Loss | undefined {
  const target = words(teiText)
  const labels = accounted.map(words).filter((l) => l.length > 0)
  let t = 0
  for (const line of lines) {
    const ws = words(line.text)
    for (let k = 0; k < ws.length; k++) {
      const w = ws[k] ?? ''
      // A label the encoder turned into markup ("Translator's note") is skipped where it stands.
      const j = target[t] === w ? -1 : labels.slice(0, 4).findIndex((l) => l.every((x, i) => ws[k + i] === x))
      if (j >= 0) {
        k += (labels[j]?.length ?? 1) - 1
        labels.splice(j, 1)
        continue
      }
      // Look a short way ahead only: markup adds few words (corrections, expansions), and a far match would skip real losses.
      const limit = Math.min(target.length, t + WINDOW)
      let u = t
      while (u < limit && target[u] !== w) u++
      if (u < limit) { t = u + 1; continue }
      return {line: line.line, missing: ws.slice(k, k + 6).join(' ')}
    }
  }
  return undefined
}

/** Check that every word of the lines is somewhere in `teiText` (order-free, for metadata moved into the header). */
export function checkPresent(lines: SourceLine[], teiText: string): Loss | undefined {
  // A set, not a multiset: the header may state a repeated value once (sponsor line = donor).
  const present = new Set(words(teiText))
  for (const line of lines) {
    const ws = words(line.text)
    for (let k = 0; k < ws.length; k++) if (!present.has(ws[k] ?? '')) return {line: line.line, missing: ws.slice(k, k + 6).join(' ')}
  }
  return undefined
}
