// Golden fixtures of other kinds of TEI: tests/fixtures/transform/html/<element>-<nnn>/input.xml
// → output.html (the page's <main>, reviewed by hand). UPDATE_GOLDEN=1 writes missing goldens.
import {existsSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {packagePath} from '../../../src/core/paths.js'
import {mainOf, read, render} from './helpers.js'

const root = packagePath('tests', 'fixtures', 'transform', 'html')
const cases = readdirSync(root).filter((d) => existsSync(join(root, d, 'input.xml'))).sort()

/** Words of the text element (no markup), to check that no text is dropped. */
function textWords(xml: string): string[] {
  const text = /<text[\s>][\s\S]*<\/text>/.exec(xml)?.[0] ?? ''
  return text.replace(/<[^>]+>/g, ' ').split(/[^\p{L}\p{N}]+/u).filter(Boolean)
}

describe('HTML golden fixtures', () => {
  it('has fixtures of several kinds', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5)
  })
  for (const name of cases) {
    it(name, () => {
      const input = read(join(root, name, 'input.xml'))
      const {html, file} = render(input)
      expect(file.messages.filter((m) => m.severity === 'error')).toEqual([])
      const main = mainOf(html)
      const golden = join(root, name, 'output.html')
      if (!existsSync(golden) && process.env['UPDATE_GOLDEN'] === '1') writeFileSync(golden, `${main}\n`)
      expect(`${main}\n`).toBe(read(golden))
      // Text shown, or available as a tooltip (source readings of choices).
      const shown = html.replace(/<([^>]*)>/g, (_, tag: string) => ` ${/title="([^"]*)"/.exec(tag)?.[1] ?? ''} `)
      for (const word of textWords(input)) expect(shown).toContain(word)
    })
  }
})
