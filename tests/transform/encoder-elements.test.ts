/**
 * Every element the encoder writes (found in src/encode's source: `el('name'` and literal `<name` tags)
 * has a rendering of its own in the HTML edition: no unhandled-element message for any of them, placed
 * in a paragraph. (The text edition is checked on the encoded documents themselves; placed in a
 * paragraph, elements it reads by path in the header, such as msDesc's repository, would count as unhandled.)
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {packagePath} from '../../src/core/paths.js'
import {render as renderHtml, tei} from './html/helpers.js'
import {render as renderText} from './text/helpers.js'

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : []
  })
}

/** Element names the encoder's source writes. Structural ones (text, body) are covered by every test. */
function encoderElements(): string[] {
  const names = new Set<string>()
  for (const path of sources(packagePath('src/encode'))) {
    for (const m of readFileSync(path, 'utf8').matchAll(/(?:\bel\('|['`>]<)([a-z][A-Za-z]*)(?=[\s>/'])/g)) names.add(m[1] as string)
  }
  for (const structural of ['text', 'body']) names.delete(structural)
  return [...names].sort()
}

/**
 * Header-only elements: the encoder writes them in encodingDesc, profileDesc and availability, which
 * the editions read by path (the metadata panel, the licence line), not through element templates;
 * they are not looked for in the body.
 */
const headerOnly = new Set(['catDesc', 'catRef', 'category', 'correction', 'keywords', 'language', 'licence', 'normalization', 'quotation', 'rendition', 'resp'])

describe('elements the encoder writes', () => {
  it('each has a template in the HTML edition', () => {
    const names = encoderElements()
    expect(names).toContain('fw')
    expect(names).toContain('origDate')
    const doc = tei(`<p>${names.filter((n) => !headerOnly.has(n)).map((n, i) => `<${n}>w${i}</${n}>`).join(' ')}</p>`)
    const unhandled = (messages: {ruleId: string; reason: string}[]): string[] =>
      messages.filter((m) => m.ruleId === 'unhandled-element').map((m) => /<([^>]+)>/.exec(m.reason)?.[1] ?? m.reason)
    expect(unhandled(renderHtml(doc).file.messages), 'HTML edition').toEqual([])
    // Forme work, which the encoder writes for printed rules, is kept in both editions.
    const fw = tei('<p>a <fw type="rule">____</fw> b</p>')
    expect(renderHtml(fw).html).toContain('<span class="fw type-rule" title="Forme work (rule)">____</span>')
    expect(renderText(fw).text).toContain('‹____›')
  })
})
