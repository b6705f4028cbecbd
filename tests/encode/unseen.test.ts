/**
 * Held-out documents (tests/fixtures/encode/unseen/, see bench/unseen.mjs): captures written in the archive's style
 * that vary its conventions in ways the development corpus does not. Every document encodes without an error, loses
 * no word and is valid; every check a historian expects holds, except those listed as "open" — and an open check
 * must still fail, so the list of what is left stays true.
 */
import {existsSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {shared} from '../support/shared.js'
import {encodePath, jingErrors, ownRuleErrors} from './helpers.js'
// @ts-expect-error: a plain ES module shared with the bench, without types
import {holds, unseenDocuments} from '../../bench/unseen.mjs'

type Check = string[]
interface Doc {name: string; path: string; checks: Check[]; open: Check[]}

const docs = (unseenDocuments as () => Doc[])()
const check = holds as (tei: string, c: Check) => boolean
const files = docs.map((d) => encodePath(d.path))
const key = (c: Check): string => JSON.stringify(c)

describe('held-out documents (tests/fixtures/encode/unseen)', () => {
  it('has at least twelve documents, each with checks', () => {
    expect(docs.length).toBeGreaterThanOrEqual(12)
    for (const d of docs) expect(d.checks.length, d.name).toBeGreaterThan(0)
  })

  it('encodes every document without an error and without dropping a word', () => {
    for (const f of files) {
      expect(f.messages.filter((m) => m.severity === 'error' || m.ruleId === 'encode-block-kept-plain').map((m) => m.reason), f.path).toEqual([])
    }
  })

  for (const [k, d] of docs.entries()) {
    it(`${d.name}: the expected encoding holds, and each open check still fails`, () => {
      const tei = files[k]?.tei ?? ''
      const open = new Set(d.open.map(key))
      for (const c of d.open) expect(d.checks.map(key), `open check not among the checks: ${key(c)}`).toContain(key(c))
      for (const c of d.checks) expect(check(tei, c), `${open.has(key(c)) ? 'open check now holds (move it out of "open")' : 'check fails'}: ${key(c)}`).toBe(!open.has(key(c)))
    })
  }

  it('passes teipipe\'s own schema and rules, every document', async () => {
    expect(await ownRuleErrors(files)).toEqual([])
  }, 120_000)

  const rng = shared('reference', 'tei_all.rng')
  it.runIf(rng !== undefined && existsSync('/usr/bin/jing'))('is valid against tei_all.rng', () => {
    expect(jingErrors(rng ?? '', files.map((f, k) => ({name: docs[k]?.name ?? String(k), tei: f.tei ?? ''})))).toBe('')
  })
})
