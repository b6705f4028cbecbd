/** One build of a project at a time, and a TEI the encoder wrote is never taken for a person's edit. */
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {hostname} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {lockBuild} from '../../src/build/lock.js'
import {build, compileWorker, letter, memoSource, tempRoot, writeProject} from './helpers.js'

const {root, cleanup} = tempRoot('lock')
afterAll(cleanup)

function memoProject(name: string): string {
  const {text, edits} = memoSource()
  return writeProject(join(root, name), {'sources/wilson/134242.txt': text, 'sources/wilson/134242.edits.json': edits})
}

describe('teipipe build takes the project lock', () => {
  it('refuses (exit 2, naming the running build\'s process) while another build holds the lock, and builds once it is released', async () => {
    const dir = memoProject('held')
    mkdirSync(join(dir, '.teipipe-cache'), {recursive: true})
    const lock = await lockBuild(join(dir, '.teipipe-cache'))
    if (!('release' in lock)) throw new Error('the lock should be free')
    const refused = await build(dir, '--jobs', '1')
    expect(refused.code).toBe(2)
    expect(refused.err).toContain('build-locked')
    expect(refused.err).toContain(`Another teipipe build (process ${process.pid}`)
    expect(existsSync(join(dir, 'tei', '134242.xml'))).toBe(false)
    await lock.release()
    const built = await build(dir, '--jobs', '1')
    expect(built.code).toBe(0)
    expect(existsSync(join(dir, '.teipipe-cache', 'build.lock'))).toBe(false)
  })

  it('takes over a lock left by a build that died', async () => {
    const dir = memoProject('stale')
    const cache = join(dir, '.teipipe-cache')
    mkdirSync(join(cache, 'build.lock'), {recursive: true})
    const dead = spawnSync(process.execPath, ['-e', '0']).pid
    writeFileSync(join(cache, 'build.lock.owner'), JSON.stringify({pid: dead, host: hostname()}))
    const built = await build(dir, '--jobs', '1')
    expect(built.err).not.toContain('build-locked')
    expect(built.code).toBe(0)
  })

  it('ends at once on SIGTERM or Ctrl-C, even while it validates a large document in its main thread, and the next build takes over its lock', async () => {
    const main = join(compileWorker(), '..', '..', 'cli', 'main.js')
    // About 8 MB of paragraphs: validating it takes many seconds, in the main thread (one document runs there).
    const paragraphs = Array.from({length: 60_000}, (_, i) => `<p>Paragraph ${i} of a long report, with <persName>a delegate</persName> and <hi rend="italic">a stressed word</hi>.</p>`).join('\n')
    const big = letter('Long report', '1960-01-01', 'Opening.').replace('<p>Opening.</p>', paragraphs)
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const dir = writeProject(join(root, `signal-${signal}`), {'tei/big.xml': big})
      const child = spawn(process.execPath, [main, 'build', '--jobs', '2'], {cwd: dir, stdio: ['ignore', 'ignore', 'pipe']})
      const ended = new Promise<{code: number | null; signal: NodeJS.Signals | null}>((resolve) => child.on('exit', (code, sig) => resolve({code, signal: sig})))
      await new Promise<void>((resolve) => child.stderr.on('data', (chunk: Buffer) => chunk.toString().includes('Encoding and validating') && resolve()))
      // Well inside the validation, which runs for seconds without returning to the event loop.
      await new Promise((resolve) => setTimeout(resolve, 1500))
      const sent = Date.now()
      child.kill(signal)
      const outcome = await ended
      expect(outcome.signal).toBe(signal)
      expect(Date.now() - sent).toBeLessThan(1000)
      expect(existsSync(join(dir, 'dist', 'big.html'))).toBe(false)
      // The lock is left behind by the ended process; the next build takes it over.
      expect(existsSync(join(dir, '.teipipe-cache', 'build.lock'))).toBe(true)
      rmSync(join(dir, 'tei', 'big.xml'))
      writeFileSync(join(dir, 'tei', 'small.xml'), letter('Short note', '1960-01-02', 'Short.'))
      const next = await build(dir, '--jobs', '1')
      expect(next.err).not.toContain('build-locked')
      expect(next.code).toBe(0)
    }
  }, 120_000)
})

describe('a TEI the encoder wrote is never classed as edited by hand', () => {
  it('recognises an earlier encoding of the source (from its record\'s history) and encodes the changed source again', async () => {
    const dir = memoProject('history')
    const teiPath = join(dir, 'tei', '134242.xml')
    const sourcePath = join(dir, 'sources', 'wilson', '134242.txt')
    expect((await build(dir, '--jobs', '1')).code).toBe(0)
    const first = readFileSync(teiPath, 'utf8')
    const original = readFileSync(sourcePath, 'utf8')
    writeFileSync(sourcePath, original.replace('the', 'THE'))
    expect((await build(dir, '--jobs', '1')).code).toBe(0)
    const second = readFileSync(teiPath, 'utf8')
    expect(second).not.toBe(first)
    // A build that raced this one left the first encoding in place; then the source is corrected back.
    writeFileSync(teiPath, first)
    writeFileSync(sourcePath, original)
    const after = await build(dir, '--jobs', '1')
    expect(after.err).not.toContain('build-source-changed')
    expect(after.err).not.toContain('build-tei-kept')
    expect(readFileSync(teiPath, 'utf8')).toBe(first)
    // …and the next correction is applied too.
    writeFileSync(sourcePath, original.replace('the', 'THE'))
    const again = await build(dir, '--jobs', '1')
    expect(again.err).not.toContain('build-source-changed')
    expect(readFileSync(teiPath, 'utf8')).toBe(second)
  })
})
