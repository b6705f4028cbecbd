/**
 * A missing input file is the same thing in every command: an error of that file (file-not-found, exit 1),
 * while the other files are still done (one bad document never stops the rest). Only a run that names
 * nothing at all (no paths and no tei/ folder) is a usage error (exit 2).
 */
import {existsSync, mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {memoryIo} from '../../src/cli/io.js'
import {run} from '../../src/cli/run.js'
import {letter, memoSource, tempRoot, writeProject} from '../build/helpers.js'

const {root, cleanup} = tempRoot('missing-input')
afterAll(cleanup)
let dir: string

beforeAll(() => {
  const memo = memoSource()
  dir = writeProject(join(root, 'p'), {'tei/ok.xml': letter('A letter', '1962-10-02', 'All is well.'), 'sources/134242.txt': memo.text, 'sources/134242.edits.json': memo.edits})
})

async function cli(...argv: string[]): Promise<{code: number; out: string; err: string}> {
  const io = memoryIo(dir)
  const code = await run(argv, io)
  return {code, out: io.out, err: io.err}
}

describe('a missing input file', () => {
  it('validate: exit 1 with file-not-found on that path; the other file is checked', async () => {
    const r = await cli('validate', 'tei/ok.xml', 'tei/missing.xml', 'tei/nomatch-*.xml')
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/^tei\/missing\.xml\n\s+error\s+tei\/missing\.xml does not exist\.\s+file-not-found$/m)
    expect(r.out).toMatch(/^tei\/nomatch-\*\.xml\n\s+error\s+The pattern tei\/nomatch-\*\.xml matches no files\.\s+file-not-found$/m)
    expect(r.out).not.toContain('tei/ok.xml')
    const json = await cli('validate', '--format', 'json', 'tei/ok.xml', 'tei/missing.xml')
    const report = JSON.parse(json.out) as {files?: {path: string; messages: {ruleId: string}[]}[]} | {path: string; messages: {ruleId: string}[]}[]
    const files = Array.isArray(report) ? report : report.files ?? []
    expect(files.map((f) => [f.path, f.messages.map((m) => m.ruleId)])).toEqual([['tei/missing.xml', ['file-not-found']], ['tei/ok.xml', []]])
  })

  it('encode: exit 1 with file-not-found; the other source is encoded', async () => {
    const r = await cli('encode', 'sources/134242.txt', 'sources/missing.txt', '-o', 'out-tei')
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/^sources\/missing\.txt\n\s+error\s+.*does not exist\.\s+file-not-found$/m)
    expect(existsSync(join(dir, 'out-tei', '134242.xml'))).toBe(true)
  }, 60_000)

  it('render: exit 1 with file-not-found; the other file is published', async () => {
    const r = await cli('render', 'tei/ok.xml', 'tei/missing.xml', '--to', 'text', '-o', 'out')
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^tei\/missing\.xml\n\s+error\s+.*does not exist\.\s+file-not-found$/m)
    expect(existsSync(join(dir, 'out', 'ok.txt'))).toBe(true)
  }, 60_000)

  it('naming nothing at all is a usage error (exit 2) in validate, as in encode and render', async () => {
    const empty = join(root, 'empty')
    mkdirSync(empty, {recursive: true})
    for (const argv of [['validate'], ['encode'], ['render']]) {
      const io = memoryIo(empty)
      expect(await run(argv, io), argv[0]).toBe(2)
      expect(io.err, argv[0]).toMatch(/\S/)
    }
  })
})
