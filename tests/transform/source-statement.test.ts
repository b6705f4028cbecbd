/**
 * The archive's whole Source field reaches both editions: the encoder keeps it verbatim as
 * note type="source" (src/encode), and the HTML panel and the text edition's header print it once,
 * in full, instead of the citation parsed from its first archive. Documents of the Wilson corpus
 * whose Source names a second archive (113636), a provenance sentence (the Yeltsin telegram) or an
 * affiliation ("Troy University"); skipped without ../shared.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {TeiFile} from '../../src/core/file.js'
import {renderHtml} from '../../src/transform/html.js'
import {renderText} from '../../src/transform/text.js'
import {shared} from '../support/shared.js'

const corpus = shared('corpus', 'wilson')
const documents: [string, string][] = [
  ['113636', 'AVPRF, Fond 059a'],
  ['slug-ciphered-telegram-no-8600-vyshinsky-mao-zedong', 'given by Russian President Boris Yeltsin'],
  ['slug-telegram-polish-embassy-havana-jelen-31-october-1962-0', '(Troy University)']
]

/** Occurrences of `part` in `text`. */
const count = (text: string, part: string): number => text.split(part).length - 1

describe.skipIf(corpus === undefined)('the source statement in the editions of encoded documents', () => {
  it.each(documents)('%s', async (name, lost) => {
    const {encodeFile} = await import('../../src/encode/index.js')
    const path = join(corpus as string, `${name}.txt`)
    const file = new TeiFile(path, readFileSync(path, 'utf8'))
    encodeFile(file)
    const tei = file.tei as string
    const note = /<note type="source">([^<]*)<\/note>/.exec(tei)?.[1]?.replace(/\s+/g, ' ').replace(/&quot;/g, '"')
    expect(note).toContain(lost)
    renderHtml(file)
    renderText(file)
    const html = file.outputs.html as string
    const text = (file.outputs.text as string).replace(/\s+/g, ' ')
    expect(count(html, `<dt>Source</dt><dd>${note}</dd>`)).toBe(1)
    expect(count(html, lost)).toBe(1)
    expect(html).not.toContain('Archival citation')
    expect(count(text, `Source: ${note}`)).toBe(1)
    expect(count(text, lost)).toBe(1)
  })
})
