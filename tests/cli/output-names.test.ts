/** render and encode: two inputs with the same file name (in different folders) would overwrite each other's outputs; refused before anything is written (exit 2). */
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {memoryIo} from '../../src/cli/io.js'
import {run} from '../../src/cli/run.js'
import {nameClashes} from '../../src/core/names.js'
import {letter, memoSource, tempRoot, writeProject} from '../build/helpers.js'

const {root, cleanup} = tempRoot('outnames')
afterAll(cleanup)

async function teipipe(dir: string, ...args: string[]): Promise<{code: number; out: string; err: string}> {
  const io = memoryIo(dir)
  const code = await run(args, io)
  return {code, out: io.out, err: io.err}
}

describe('output names of one run', () => {
  it('render a.xml sub/a.xml: names both inputs, writes nothing, exit 2', async () => {
    const dir = writeProject(join(root, 'render'), {'same.xml': letter('A', '1901-01-01', 'a'), 'sub/same.xml': letter('B', '1902-01-01', 'b')})
    const result = await teipipe(dir, 'render', 'same.xml', 'sub/same.xml', '-o', 'out')
    expect(result.code).toBe(2)
    expect(result.err).toContain('same.xml, sub/same.xml would all be written as out/same.html and out/same.txt, each over the one before. Nothing was written')
    expect(result.out).not.toContain('Wrote')
    expect(existsSync(join(dir, 'out'))).toBe(false)
    // The same file named twice is one input, not a clash.
    const twice = await teipipe(dir, 'render', 'same.xml', './same.xml', '-o', 'out', '--to', 'text')
    expect(twice.err).not.toContain('would all be written')
  }, 60_000)

  it('encode a/x.txt b/x.txt (even with --force): names both inputs, writes nothing, exit 2', async () => {
    const {text} = memoSource()
    const dir = writeProject(join(root, 'encode'), {'a/x.txt': text, 'b/X.txt': text.replace('situation', 'situations')})
    for (const force of [[], ['--force']]) {
      const result = await teipipe(dir, 'encode', 'a/x.txt', 'b/X.txt', '-o', 'tei', ...force)
      expect(result.code).toBe(2)
      expect(result.err).toContain('a/x.txt, b/X.txt would all be written as tei/x.xml, each over the one before. Nothing was written')
      expect(result.err).not.toContain('already exists')
      expect(existsSync(join(dir, 'tei'))).toBe(false)
    }
  })
})

describe('nameClashes', () => {
  it('groups names equal after NFC and case folding; a path named twice is one input', () => {
    expect(nameClashes([
      {name: 'école', path: '/p/a/école.xml', shown: 'a/école.xml'},
      {name: 'E\u0301cole', path: '/p/b/École.xml', shown: 'b/École.xml'},
      {name: 'x', path: '/p/x.xml', shown: 'x.xml'},
      {name: 'x', path: '/p/x.xml', shown: './x.xml'}
    ])).toEqual([{name: 'école', files: ['a/école.xml', 'b/École.xml']}])
  })
})
