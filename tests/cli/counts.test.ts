/** What the summary lines count: documents, never a document's source and TEI apart, nor a published copy. */
import {afterAll, describe, expect, it} from 'vitest'
import {memoryIo} from '../../src/cli/io.js'
import {run} from '../../src/cli/run.js'
import {findInputs} from '../../src/validate/find-files.js'
import {build, letter, memoSource, tempRoot, writeProject} from '../build/helpers.js'

const {root, cleanup} = tempRoot('counts')
afterAll(cleanup)

describe('summary counts', () => {
  it('build counts documents, not their sources and TEI files apart; validate skips the published copies of a folder it searches', async () => {
    const memo = memoSource()
    const dir = writeProject(`${root}/p`, {
      'sources/134242.txt': memo.text,
      'sources/134242.edits.json': memo.edits,
      // A name without @ref: a warning, so that the report (and its summary line) is printed.
      'tei/letter.xml': letter('A letter', '1962-10-02', 'Dear <persName>Anna</persName>, all is well.')
    })
    const built = await build(dir, '--jobs', '1')
    expect(built.code).toBe(0)
    // The report lists sources/134242.txt, tei/134242.xml and tei/letter.xml: 2 documents.
    expect(built.err).toMatch(/^2 documents checked: 0 errors, \d+ warnings?$/m)
    expect(built.err).not.toMatch(/files checked/)

    const io = memoryIo(dir)
    expect(await run(['validate', '.'], io)).toBe(0)
    expect(io.out).toMatch(/^2 files checked: 0 errors, 1 warning$/m)
    expect(io.err).toContain('teipipe: skipped dist/: a site published by teipipe build (copies of the TEI files).')
    // Named, the published folder is validated (its copies are TEI too).
    expect(findInputs(['dist'], dir)).toEqual({files: ['dist/134242.xml', 'dist/letter.xml'], skipped: [], missing: []})
    expect(findInputs(['**/*.xml'], dir).files).toEqual(['tei/134242.xml', 'tei/letter.xml'])
  }, 120_000)
})
