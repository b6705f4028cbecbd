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
import {packagePath} from '../src/core/paths.js'
import {shared} from './support/shared.js'
import {splitPage} from '../src/encode/page.js'
import {renderText} from '../src/transform/text.js'

/** Whitespace-separated words (NBSP counts as a space, as in the scrape's spacer lines). */
function words(text: string): string[] {
  return text.split(/[\s\u00a0]+/u).filter((w) => w !== '')
}

/** The source body's words. */
function bodyWords(source: string): string[] {
  return words(splitPage(source).body.map((l) => l.text).join('\n'))
}

/** Encode a source with its editorial-decisions sidecar, if any (loaded lazily: the encoder is built alongside this edition). */
async function encode(path: string): Promise<TeiFile> {
  const {encodeFile, loadEdits} = await import('../src/encode/index.js')
  const file = new TeiFile(path, readFileSync(path, 'utf8'))
  const edits = loadEdits(path)
  encodeFile(file, edits ? {edits} : {})
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

})

/** The memo's TEI: the committed file, or a fresh encoding of the source. */
async function memoTei(): Promise<string> {
  const teiPath = packagePath('tei', '134242.xml')
  return existsSync(teiPath) ? readFileSync(teiPath, 'utf8') : (await encode(packagePath('sources', 'wilson', '134242.txt'))).tei ?? ''
}

const skeletonPath = shared('docs', 'tei-encoding-skeleton.xml')

describe('properties of the two profiles', () => {
  const documents = async (): Promise<string[]> => [await memoTei(), ...(skeletonPath ? [readFileSync(skeletonPath, 'utf8')] : [])]

  it('never lets a correction, an expansion or an editorial note into the diplomatic text', async () => {
    let planted = 0
    for (const xml of await documents()) {
      // Plant a marker word in every corr/expan/reg and every note of the project's (#ed).
      const mutated = xml.replace(/<(corr|expan|reg)\b([^>]*)>/g, (_m, name: string, attrs: string) => {
        planted++
        return `<${name}${attrs}>LEAKWORD `
      }).replace(/<(corr|expan|reg)\b([^>]*)\/>/g, (_m, name: string, attrs: string) => {
        planted++
        return `<${name}${attrs}>LEAKWORD</${name}>`
      }).replace(/(<note\b[^>]*resp="#ed"[^>]*>)/g, (m) => {
        planted++
        return `${m}LEAKWORD `
      })
      const text = diplomatic(mutated)
      expect(text).not.toContain('LEAKWORD')
      expect(text).not.toMatch(/\{\d+\}/)
    }
    expect(planted).toBeGreaterThan(0)
  })

  it('prints every note once in the reading text (as often as the TEI has it)', async () => {
    for (const xml of await documents()) {
      const file = new TeiFile('doc.xml', xml)
      renderText(file, {profile: 'reading'})
      const flat = (file.outputs.text ?? '').replace(/\s+/g, ' ')
      const notes = [...xml.slice(xml.search(/<text[\s>]/)).matchAll(/<note\b[^>]*>([^<]{12,})/g)].map((m) => (m[1] ?? '').replace(/\s+/g, ' ').trim().slice(0, 40))
      expect(notes.length).toBeGreaterThan(0)
      for (const note of notes) expect(flat.split(note).length - 1, note).toBe(notes.filter((n) => n === note).length)
    }
  })
})

const corpus = shared('corpus', 'wilson')

describe.runIf(corpus !== undefined)('diplomatic text of every corpus document', () => {
  const names = corpus ? readdirSync(corpus).filter((n) => n.endsWith('.txt')).sort() : []
  it.each(names)('%s', async (name) => {
    const path = join(corpus ?? '', name)
    const file = await encode(path)
    expect(file.tei, `encoder produced no TEI for ${name}`).toMatch(/<TEI xmlns="http:\/\/www\.tei-c\.org\/ns\/1\.0"/)
    const text = diplomatic(file.tei ?? '')
    expect(firstDifference(words(text), bodyWords(file.source))).toBeUndefined()
  })
})
