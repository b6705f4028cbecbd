/**
 * Property tests of the encoder on archive captures nobody has seen: generated from the conventions
 * (archive.ts). Every input
 * must keep the invariants of invariants.ts. numRuns stay small: CI runs on 2 cores.
 */
import fc from 'fast-check'
import {describe, it} from 'vitest'
import {capture} from './archive.js'
import {checkEncoding} from './invariants.js'

// A fixed seed keeps the suite deterministic; FC_SEED=<n> (or FC_SEED=random) explores other inputs locally.
const seed = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20261201)
fc.configureGlobal({seed})

describe('encoder properties on generated archive captures', () => {
  it('never throws, reports only coded messages, and gives well-formed, deterministic, lossless TEI', () => {
    fc.assert(fc.property(capture, (c) => void checkEncoding(c.source, c.chrome)), {numRuns: 60})
  })
})
