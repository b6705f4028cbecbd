// Renderer conformance on the 88 real-world TEI files of ../shared/conformance/tei-real: every
// file renders to HTML (and to text when the text edition is present) without failing, and the
// text edition keeps at least 98 % of the words of the TEI <text> element.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {TeiFile} from '../src/core/file.js'
import {sharedPath} from '../src/core/paths.js'
import {renderHtml} from '../src/transform/html.js'
import {loadRenderText} from '../src/transform/load-text.js'

const folder = sharedPath('conformance', 'tei-real', 'files')
const names = folder && existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.xml') || f.endsWith('.tei')).sort() : []

/** Words (letters and digits) of the TEI text element(s), markup and comments removed, entities left as words. */
export function teiTextWords(xml: string): string[] {
  const noComments = xml.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<\?[\s\S]*?\?>/g, ' ')
  const parts = [...noComments.matchAll(/<(?:[\w-]+:)?text[\s>][\s\S]*?<\/(?:[\w-]+:)?text>/g)].map((m) => m[0])
  const text = parts.join(' ').replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1').replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos);/g, ' ').replace(/&#x?[0-9a-f]+;/gi, (e) => String.fromCodePoint(e[2] === 'x' || e[2] === 'X' ? Number.parseInt(e.slice(3, -1), 16) : Number(e.slice(2, -1))))
  return words(text)
}

export function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)
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
      const renderText = await loadRenderText()
      if (renderText) {
        const text = new TeiFile(name, source)
        renderText(text, {profile: 'reading'})
        expect(text.outputs.text).toBeDefined()
        expect(coverage(teiTextWords(source), words(text.outputs.text ?? ''))).toBeGreaterThanOrEqual(0.98)
      }
    })
  }
})
