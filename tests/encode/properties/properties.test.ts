/**
 * Property tests of the encoder on archive captures nobody has seen, generated from the conventions (archive.ts).
 * Every input must keep the invariants of invariants.ts. numRuns stay small: CI runs on 2 cores.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {capture, cleanCapture} from './archive.js'
import {checkEncoding, validationErrors} from './invariants.js'
import {shared} from '../../support/shared.js'

// A fixed seed keeps the suite deterministic; FC_SEED=<n> (or FC_SEED=random) explores other inputs locally.
const seed = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20261201)
fc.configureGlobal({seed})

const teiAll = shared('reference', 'tei_all.rng')

describe('encoder properties on generated archive captures', () => {
  it('never throws, reports only coded messages, and gives well-formed, deterministic, lossless TEI', () => {
    fc.assert(fc.property(capture, (c) => void checkEncoding(c.source, c.chrome)), {numRuns: 50})
  })

  it('gives TEI valid against teipipe\'s schema and rules (and tei_all.rng with its rules, when ../shared has it)', async () => {
    await fc.assert(fc.asyncProperty(capture, async (c) => {
      const f = checkEncoding(c.source, c.chrome)
      if (f.tei !== undefined) expect(await validationErrors(f.tei, teiAll)).toEqual([])
    }), {numRuns: 12})
  })

  it('encodes a well-formed page without keeping any block plain or losing a word', () => {
    fc.assert(fc.property(cleanCapture, (c) => {
      const f = checkEncoding(c.source, c.chrome)
      expect(f.messages.filter((m) => m.ruleId === 'encode-block-kept-plain' || m.ruleId === 'encode-words-lost').map((m) => `${m.place?.start.line}: ${m.reason}`)).toEqual([])
    }), {numRuns: 30})
  })
})
