/**
 * The proof that encoding plus publication loses nothing: the diplomatic text edition of every
 * encoded document reproduces the words of the source's body, in order. "Body" is what the encoder
 * treats as the document (splitPage: between the page's header lines and the archive summary /
 * "Document Information"); words are whitespace-separated tokens, punctuation included.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {TeiFile} from '../src/core/file.js'
import {packagePath, sharedPath} from '../src/core/paths.js'
import {splitPage} from '../src/encode/page.js'
import {renderText} from '../src/transform/text.js'

const encoderPath = packagePath('src', 'encode', 'index.ts')

/** Whitespace-separated words (NBSP counts as a space, as in the scrape's spacer lines). */
function words(text: string): string[] {
  return text.split(/[\s\u00a0]+/u).filter((w) => w !== '')
}

/** The source body's words. */
function bodyWords(source: string): string[] {
  return words(splitPage(source).body.map((l) => l.text).join('\n'))
}

/** Encode a source with the encoder (loaded lazily: it is built alongside this edition). */
async function encode(path: string): Promise<TeiFile> {
  const {encodeFile} = (await import('../src/encode/index.js')) as {encodeFile: (f: TeiFile) => void}
  const file = new TeiFile(path, readFileSync(path, 'utf8'))
  encodeFile(file)
  return file
}

/** The first position where two word lists differ, with some context, or undefined. */
function firstDifference(actual: string[], expected: string[]): string | undefined {
  const n = Math.max(actual.length, expected.length)
  for (let i = 0; i < n; i++) {
    if (actual[i] !== expected[i]) {
      return `word ${i}: source …${expected.slice(Math.max(0, i - 6), i + 6).join(' ')}… / edition …${actual.slice(Math.max(0, i - 6), i + 6).join(' ')}…`
    }
  }
  return undefined
}

function diplomatic(xml: string): string {
  const file = new TeiFile('doc.xml', xml)
  file.tei = xml
  renderText(file, {profile: 'diplomatic'})
  expect(file.messages.filter((m) => m.severity === 'error')).toEqual([])
  return file.outputs.text ?? ''
}

describe('diplomatic text of the memo', () => {
  it('reproduces the words of sources/wilson/134242.txt in order', async () => {
    const sourcePath = packagePath('sources', 'wilson', '134242.txt')
    const teiPath = packagePath('tei', '134242.xml')
    const xml = existsSync(teiPath) ? readFileSync(teiPath, 'utf8') : (await encode(sourcePath)).tei ?? ''
    const text = diplomatic(xml)
    expect(firstDifference(words(text), bodyWords(readFileSync(sourcePath, 'utf8')))).toBeUndefined()
  })

  it('never lets a correction or an editorial note into the diplomatic text', async () => {
    const teiPath = packagePath('tei', '134242.xml')
    const xml = existsSync(teiPath) ? readFileSync(teiPath, 'utf8') : (await encode(packagePath('sources', 'wilson', '134242.txt'))).tei ?? ''
    const text = diplomatic(xml)
    const corrections = [...xml.matchAll(/<corr\b[^>]*>([^<]+)<\/corr>/g)].map((m) => m[1] ?? '')
    expect(corrections.length).toBeGreaterThan(0)
    for (const corr of corrections) {
      // A correction may coincide with source words elsewhere; it must not stand where its sic is.
      const sic = new RegExp(`<sic>([^<]*)</sic><corr\\b[^>]*>${corr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}<`).exec(xml)?.[1]
      if (sic) expect(text).toContain(sic.replace(/\s+/g, ' ').split(' ')[0] ?? '')
    }
    expect(text).not.toMatch(/\{\d+\}/)
    expect(text).not.toContain('Source reads')
  })
})

const corpus = sharedPath('corpus', 'wilson')

describe.runIf(corpus !== undefined && existsSync(encoderPath))('diplomatic text of every corpus document', () => {
  const names = corpus ? readdirSync(corpus).filter((n) => n.endsWith('.txt')).sort() : []
  it.each(names)('%s', async (name) => {
    const path = join(corpus ?? '', name)
    const file = await encode(path)
    expect(file.tei, `encoder produced no TEI for ${name}`).toBeTruthy()
    const text = diplomatic(file.tei ?? '')
    expect(firstDifference(words(text), bodyWords(file.source))).toBeUndefined()
  })
})
