/** render -o, encode -o and build -o: an output folder that is a file or cannot be made is a usage error (exit 2), never an internal error or a hang. */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {memoryIo} from '../../src/cli/io.js'
import {run} from '../../src/cli/run.js'
import {letter, memoSource, tempRoot, writeProject} from '../build/helpers.js'

const {root, cleanup} = tempRoot('outfolder')
afterAll(cleanup)

async function teipipe(dir: string, ...args: string[]): Promise<{code: number; err: string}> {
  const io = memoryIo(dir)
  const code = await run(args, io)
  return {code, err: io.err}
}

describe('output folders', () => {
  it('render -o and encode -o refuse an existing file with the sentence build -o gives (exit 2)', async () => {
    const {text} = memoSource()
    const dir = writeProject(join(root, 'file'), {'a.xml': letter('A', '1901-01-01', 'a'), 'memo.txt': text, 'afile': 'not a folder'})
    for (const args of [['render', 'a.xml', '-o', 'afile'], ['encode', 'memo.txt', '-o', 'afile'], ['build', '-o', 'afile']]) {
      const result = await teipipe(dir, ...args)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.err).toContain('the output folder afile is a file, not a folder: choose another with -o/--out')
      expect(result.err).not.toContain('internal error')
    }
  })

  it.runIf(process.platform === 'linux' && existsSync('/proc/self'))('build -o and render -o under /proc fail with a message instead of hanging', async () => {
    const dir = writeProject(join(root, 'proc'), {'tei/a.xml': letter('A', '1901-01-01', 'a')})
    const built = await teipipe(dir, 'build', '--jobs', '1', '-o', '/proc/teipipe-x/site')
    expect(built.code).toBe(2)
    expect(built.err).toContain('cannot be made')
    const rendered = await teipipe(dir, 'render', 'tei/a.xml', '-o', '/proc/teipipe-x')
    expect(rendered.code).toBe(2)
    expect(rendered.err).toMatch(/the output folder \S*proc\/teipipe-x cannot be made/)
  }, 60_000)

  it('render -o never writes an output over one of its inputs; next to the TEI is fine', async () => {
    const dir = writeProject(join(root, 'over-input'), {'tei/a.xml': letter('A', '1901-01-01', 'a'), 'notes/b.txt': letter('B', '1901-01-01', 'b')})
    const before = readFileSync(join(dir, 'notes', 'b.txt'), 'utf8')
    const over = await teipipe(dir, 'render', 'notes/b.txt', '-o', 'notes')
    expect(over.code).toBe(2)
    expect(over.err).toContain('the output notes/b.txt would be written over the input file notes/b.txt: nothing was written; choose another output folder with -o/--out')
    expect(readFileSync(join(dir, 'notes', 'b.txt'), 'utf8')).toBe(before)
    expect(existsSync(join(dir, 'notes', 'b.html'))).toBe(false)
    const beside = await teipipe(dir, 'render', 'tei/a.xml', '-o', 'tei')
    expect(beside.code).toBe(0)
    expect(existsSync(join(dir, 'tei', 'a.html'))).toBe(true)
  }, 60_000)

  it('encode -o never writes the TEI over its source', async () => {
    const {text} = memoSource()
    const dir = writeProject(join(root, 'encode-over'), {'sources/memo.xml': text})
    const result = await teipipe(dir, 'encode', 'sources/memo.xml', '-o', 'sources', '--force')
    expect(result.code).toBe(2)
    expect(result.err).toContain('the output sources/memo.xml would be written over the input file sources/memo.xml')
    expect(readFileSync(join(dir, 'sources', 'memo.xml'), 'utf8')).toBe(text)
  })
})

describe('common options', () => {
  it('-q/--quiet is accepted by encode, validate, render and build, and leaves warnings out', async () => {
    const {text} = memoSource()
    const dir = writeProject(join(root, 'quiet'), {'sources/memo.txt': text, 'tei/a.xml': letter('A', '1901-01-01', 'a')})
    for (const args of [['encode', 'sources/memo.txt', '-o', 'out-tei', '-q'], ['validate', 'tei/a.xml', '--quiet'], ['render', 'tei/a.xml', '-o', 'site', '-q'], ['build', '--jobs', '1', '-q']]) {
      const io = memoryIo(dir)
      const code = await run(args, io)
      expect(code, args.join(' ')).toBe(0)
      expect(io.err, args.join(' ')).not.toMatch(/unknown option|warning/)
    }
  }, 120_000)
})
