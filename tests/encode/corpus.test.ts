import {existsSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {shared} from '../support/shared.js'
import {encodePath, jingErrors, ownRuleErrors} from './helpers.js'

const corpus = shared('corpus', 'wilson')
const rng = shared('reference', 'tei_all.rng')

describe.runIf(corpus !== undefined && rng !== undefined)('the Wilson corpus (../shared/corpus/wilson)', () => {
  const names = readdirSync(corpus ?? '.').filter((f) => f.endsWith('.txt')).sort()
  const files = names.map((name) => encodePath(join(corpus ?? '.', name)))

  it('has the 22 documents of the manifest', () => {
    expect(names).toHaveLength(22)
  })

  it('encodes every document without errors and without losing a word', () => {
    for (const f of files) {
      expect(f.messages.filter((m) => m.severity === 'error'), f.path).toEqual([])
      expect(f.tei, f.path).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/)
    }
  })

  it('is deterministic: a second encode is byte-identical', () => {
    for (const [k, name] of names.entries()) expect(encodePath(join(corpus ?? '.', name)).tei).toBe(files[k]?.tei)
  })

  it('keeps page chrome and bracket labels out of <text>', () => {
    for (const f of files) {
      const text = (f.tei ?? '').slice((f.tei ?? '').indexOf('<text>'))
      expect(text, f.path).not.toMatch(/Skip to content|Document Information|Translator’s note/)
    }
  })

  it('keeps the ruled lines of telegram 8600 inside its opener, characters intact', () => {
    const telegram = files.find((f) => f.path.includes('8600'))
    expect(telegram?.messages.filter((m) => m.ruleId === 'encode-unrecognised-feature')).toEqual([])
    expect(telegram?.tei).toContain('<opener><fw type="rule">_______')
  })

  it('passes teipipe\'s own schema and rules, every document (as the encode command checks before writing)', async () => {
    expect(await ownRuleErrors(files)).toEqual([])
  }, 120_000)

  it.runIf(existsSync('/usr/bin/jing'))('is valid against tei_all.rng (one jing run for all documents)', () => {
    expect(jingErrors(rng ?? '', files.map((f, k) => ({name: String(k).padStart(2, '0'), tei: f.tei ?? ''})))).toBe('')
  })
})
