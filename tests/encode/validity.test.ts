/**
 * Captures whose encoding once failed teipipe's own validation (tests/fixtures/encode/validity/): each encodes
 * without an error and passes teipipe's schema and Schematron rules, with the encoding that fixed it.
 * (The corpus and the held-out set are validated in corpus.test.ts and unseen.test.ts.)
 */
import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {packagePath} from '../../src/core/paths.js'
import {encodePath, ownRuleErrors} from './helpers.js'

const dir = packagePath(join('tests', 'fixtures', 'encode', 'validity'))
const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
const files = new Map(names.map((name) => [name, encodePath(join(dir, name))]))
const tei = (name: string): string => files.get(name)?.tei ?? ''

describe('captures whose TEI once failed validation (tests/fixtures/encode/validity)', () => {
  it('encodes every capture without an error', () => {
    expect(names.length).toBeGreaterThanOrEqual(3)
    for (const [name, f] of files) expect(f.messages.filter((m) => m.severity === 'error').map((m) => m.reason), name).toEqual([])
  })

  it('passes teipipe\'s own schema and rules, every capture', async () => {
    expect(await ownRuleErrors([...files].map(([name, f]) => ({path: name, tei: f.tei})))).toEqual([])
  }, 120_000)

  it('keeps foot notes after a distribution list as notes, and their markers point at them', () => {
    expect(tei('distribution-then-note.txt')).toContain('</div>\n   <note type="footnote" place="foot" n="1" xml:id="fn-1">The minister was new in office.</note>')
    expect(tei('hu-report-1956.txt')).toContain('<note type="footnote" place="foot" n="2" xml:id="fn-2">')
    expect(tei('hu-report-1956.txt')).not.toContain('type="endmatter"')
  })

  it('points a translator\'s note about "the following paragraph" at that paragraph, with the mark it describes', () => {
    const xml = tei('underlined-note.txt')
    expect(xml).toContain('<note type="translator" place="inline" resp="#tr" target="#p-0-2" xml:id="tn-01">The following paragraph was underlined in red pencil.</note>')
    expect(xml).toContain('<p xml:id="p-0-2"><metamark function="flag" place="margin-left" rend="unspecified" target="#p-0-2"/>The minister agreed.</p>')
  })

  it('keeps an unbalanced bracket as written ("is ]]> difficult")', () => {
    expect(tei('hu-report-1956.txt')).toContain('is <orig>]]</orig>&gt; difficult')
  })

  it('names the encoder\'s version and release in revisionDesc, never as the date of the encoding', () => {
    const change = /<change [^>]*>Encoded automatically[^<]*<\/change>/.exec(tei('underlined-note.txt'))?.[0] ?? ''
    expect(change).toMatch(/^<change notBefore="\d{4}-\d\d-\d\d" who="#ed" status="draft">.* by teipipe \d+\.\d+\.\d+ \(encoder of \d{4}-\d\d-\d\d\)/)
    expect(change).not.toContain('when=')
  })
})
