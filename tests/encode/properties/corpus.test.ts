/**
 * Property tests on captures recombined from the 22 development texts (../shared/corpus/wilson): one document's page
 * frame around blocks drawn from several documents, in any order, perturbed as in archive.ts. The same invariants as
 * the generated captures (invariants.ts). Skipped (with a note) in a clone without ../shared.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {beforeAll, describe, expect, it} from 'vitest'
import {splitPage} from '../../../src/encode/page.js'
import {perturb, perturbation} from './archive.js'
import {checkEncoding, validationErrors} from './invariants.js'
import {shared} from '../../support/shared.js'

const seed = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20261201)
fc.configureGlobal({seed})

const corpus = shared('corpus', 'wilson')
const teiAll = shared('reference', 'tei_all.rng')

/** A development text cut into the lines before its body, its body blocks, and the lines after. */
interface Parts {top: string; blocks: string[]; bottom: string; related: string[]}

describe.runIf(corpus !== undefined)('encoder properties on captures recombined from the development corpus', () => {
  let parts: Parts[] = []
  beforeAll(() => {
    parts = readdirSync(corpus ?? '.').filter((f) => f.endsWith('.txt')).sort().map((f) => {
      const source = readFileSync(join(corpus ?? '.', f), 'utf8').replace(/\r\n?/g, '\n')
      const page = splitPage(source)
      const lines = source.split('\n')
      const first = (page.body[0]?.line ?? 1) - 1
      const last = page.body[page.body.length - 1]?.line ?? first
      // Blocks as the archive prints them: runs of lines between blank lines.
      const blocks = lines.slice(first, last).join('\n').split(/\n\s*\n/).filter((b) => b.trim() !== '')
      return {top: lines.slice(0, first).join('\n'), blocks, bottom: lines.slice(last).join('\n'), related: page.related.map((l) => l.text)}
    })
    expect(parts).toHaveLength(22)
  })

  /** A frame of one document around 1–16 blocks taken from any documents, with up to two perturbations. */
  const recombined = () => fc.tuple(fc.nat(21), fc.array(fc.tuple(fc.nat(21), fc.nat(400)), {minLength: 1, maxLength: 16}), fc.array(perturbation, {maxLength: 2}))
    .map(([frame, picks, ps]) => {
      const f = parts[frame] as Parts
      const blocks = picks.map(([d, k]) => {
        const from = (parts[d] as Parts).blocks
        return from[k % from.length] ?? ''
      })
      return {source: ps.reduce(perturb, `${f.top}\n${blocks.join('\n\n')}\n${f.bottom}`), chrome: f.related}
    })

  it('never throws and gives well-formed, deterministic, lossless TEI', () => {
    fc.assert(fc.property(recombined(), (c) => void checkEncoding(c.source, c.chrome)), {numRuns: 15})
  })

  it('gives TEI valid against teipipe\'s schema and rules (and tei_all.rng with its rules)', async () => {
    await fc.assert(fc.asyncProperty(recombined(), async (c) => {
      const f = checkEncoding(c.source, c.chrome)
      if (f.tei !== undefined) expect(await validationErrors(f.tei, teiAll)).toEqual([])
    }), {numRuns: 6})
  })
})
