// Renderer conformance on the 88 real-world TEI files of ../shared/conformance/tei-real: every
// file renders to HTML and to text without failing; the HTML keeps at least 98 % of the words of
// the TEI <text> element (tooltips counted) and shows at least 98 % of its letters (tooltips not
// counted; see teiVisibleLetters), no class token of the HTML is empty or ends in '-', the text edition at
// least 98 % of its letters (see teiTextLetters), and
// every word of <text> (one reading of each choice) appears in the text edition (see missingWords),
// except the deliberate omissions listed in textOmissions.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {TeiFile} from '../src/core/file.js'
import {shared} from './support/shared.js'
import {renderHtml} from '../src/transform/html.js'
import {renderText} from '../src/transform/text.js'
import {coverage, htmlVisibleLetters, htmlWords, letters, missingWords, teiTextLetters, teiTextWords, teiVisibleLetters} from './conformance-words.js'

/** Words the text edition leaves out on purpose, by file (none: an image's desc is said too). */
const textOmissions: Record<string, string[]> = {}

const folder = shared('conformance', 'tei-real', 'files')
const names = folder && existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.xml') || f.endsWith('.tei')).sort() : []

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
      // What a reader sees, letter by letter: tooltips do not count, and of each choice only the
      // reading the HTML shows in the text (teiVisibleLetters) is expected.
      expect(coverage(teiVisibleLetters(source), htmlVisibleLetters(html.outputs.html ?? '')), 'share of the text the HTML edition shows').toBeGreaterThanOrEqual(0.98)
      // Classes made from attributes never end in '-' nor are made of dashes ('cert-', '---').
      const classes = [...(html.outputs.html ?? '').matchAll(/ class="([^"]*)"/g)].flatMap((m) => (m[1] as string).split(' '))
      expect([...new Set(classes.filter((c) => c === '' || /^-|-$/.test(c)))], 'class tokens with an empty or dangling part').toEqual([])
      const text = new TeiFile(name, source)
      renderText(text, {profile: 'reading'})
      expect(text.outputs.text).toBeDefined()
      expect(coverage(teiTextLetters(source), letters(text.outputs.text ?? '')), 'share of the text kept by the text edition').toBeGreaterThanOrEqual(0.98)
      expect(missingWords(source, text.outputs.text ?? ''), 'words of the TEI missing from the text edition').toEqual(textOmissions[name] ?? [])
    }, 900_000) // the largest files (2.7 MB) take over a minute on a loaded machine
  }
})
