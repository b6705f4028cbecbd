// Renderer conformance on the 88 real-world TEI files of ../shared/conformance/tei-real: every
// file renders to HTML and to text without failing; the HTML keeps at least 98 % of the words of
// the TEI <text> element, and the text edition at least 98 % of its letters (see teiTextLetters).
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {TeiFile} from '../src/core/file.js'
import {shared} from './support/shared.js'
import {renderHtml} from '../src/transform/html.js'
import {renderText} from '../src/transform/text.js'

const folder = shared('conformance', 'tei-real', 'files')
const names = folder && existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.xml') || f.endsWith('.tei')).sort() : []

/**
 * Words (letters and digits) of the TEI text element(s), comments removed. With `joinInline`, tags
 * of elements that sit inside words (ex, am, hi…) do not split words: the plain-text edition has
 * no tags either. Without it every tag splits, as the HTML comparison (which splits at tags) does.
 */
export function teiTextWords(xml: string, joinInline = false): string[] {
  const noComments = xml.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<\?[\s\S]*?\?>/g, ' ')
  const parts = [...noComments.matchAll(/<(?:[\w-]+:)?text[\s>][\s\S]*?<\/(?:[\w-]+:)?text>/g)].map((m) => m[0])
  // Elements that sit inside words (expansions, abbreviation marks, glyphs…) join; other tags separate.
  // A choice is one reading in an edition: the source form (abbr, orig, sic) is dropped when the
  // choice also has the edited form (expan, reg, corr); editions show it only as a tooltip or note.
  const readings = parts.join(' ').replace(/<choice\b[^>]*>([\s\S]*?)<\/choice>/g, (choice: string) => {
    let out = choice
    for (const [source, edited] of [['abbr', 'expan'], ['orig', 'reg'], ['sic', 'corr']] as const) {
      if (new RegExp(`<${edited}\\b`).test(out)) out = out.replace(new RegExp(`<${source}\\b[^>]*>[\\s\\S]*?<\\/${source}>`, 'g'), ' ')
    }
    return out
  })
  const joined = readings.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
  const text = (joinInline ? joined.replace(/<\/?(?:[\w-]+:)?(?:ex|am|c|g|hi|damage|unclear|supplied|add|del|lb[^>]*break="no"[^>]*)(?:\s[^>]*)?\/?>/g, '') : joined)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos);/g, ' ').replace(/&#x?[0-9a-f]+;/gi, (e) => String.fromCodePoint(e[2] === 'x' || e[2] === 'X' ? Number.parseInt(e.slice(3, -1), 16) : Number(e.slice(2, -1))))
  return words(text)
}

export function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)
}

/** Words an HTML page shows, or offers as tooltips (source readings, expansions); not its stylesheet. */
export function htmlWords(html: string): string[] {
  const text = html.replace(/<style>[\s\S]*?<\/style>/, ' ')
    // Every tag splits words, as in teiTextWords without joinInline; tooltips count as shown.
    .replace(/<([^>]*)>/g, (_, tag: string) => ` ${/ title="([^"]*)"/.exec(tag)?.[1] ?? ''} `)
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, ' ')
  return words(text)
}

/**
 * Letters and digits of the TEI text element(s), as a multiset, with the same choice handling as
 * {@link teiTextWords}. The text edition drops every tag, so where a word ends is not defined for
 * scripts written without spaces (Japanese, Chinese) or for markup inside words: counting letters
 * needs no tokenisation and still shows any dropped passage.
 */
export function teiTextLetters(xml: string): string[] {
  return [...teiTextWords(xml, true).join('')]
}

/** The letters and digits of an output text. */
export function letters(text: string): string[] {
  return [...words(text).join('')]
}

/** Share of `expected` words (as a multiset) found in `actual`. */
export function coverage(expected: readonly string[], actual: readonly string[]): number {
  if (expected.length === 0) return 1
  const bag = new Map<string, number>()
  for (const w of actual) bag.set(w, (bag.get(w) ?? 0) + 1)
  let found = 0
  for (const w of expected) {
    const n = bag.get(w) ?? 0
    if (n > 0) {
      found++
      bag.set(w, n - 1)
    }
  }
  return found / expected.length
}

describe.runIf(names.length > 0)('rendering the tei-real conformance files', () => {
  it('has the 88 files', () => {
    expect(names.length).toBe(88)
  })
  for (const name of names) {
    it(name, async () => {
      const source = readFileSync(join(folder ?? '', name), 'utf8')
      const html = new TeiFile(name, source)
      renderHtml(html)
      expect(html.messages.filter((m) => m.severity === 'error').map((m) => m.reason)).toEqual([])
      expect(html.outputs.html).toMatch(/^<!DOCTYPE html>/)
      expect(coverage(teiTextWords(source), htmlWords(html.outputs.html ?? '')), 'share of the words kept by the HTML edition').toBeGreaterThanOrEqual(0.98)
      const text = new TeiFile(name, source)
      renderText(text, {profile: 'reading'})
      expect(text.outputs.text).toBeDefined()
      expect(coverage(teiTextLetters(source), letters(text.outputs.text ?? '')), 'share of the text kept by the text edition').toBeGreaterThanOrEqual(0.98)
    }, 900_000) // the largest files (2.7 MB) take over a minute on a loaded machine
  }
})
