/**
 * `build --watch`: a real file change rebuilds what it touches (chokidar), once; the CSS file and XSLT layers
 * of the config are watched too; SIGTERM, or the death of a wrapper such as npx's shell, stops the process.
 * Every wait is on an event (a build, a skipped change, a line of output, an exit), bounded by a deadline.
 */
import {spawn} from 'node:child_process'
import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildProject, type BuildOptions, type BuildResult} from '../../src/build/build.js'
import {watchProject, type ProjectWatch} from '../../src/build/watch.js'
import {packagePath} from '../../src/core/paths.js'
import {compileWorker, letter, tempRoot, writeProject} from './helpers.js'

const {root, cleanup} = tempRoot('watch')
afterAll(cleanup)

/** Events of a watch, each awaitable: the next build, the next skipped change. */
class Watched {
  builds: BuildResult[] = []
  skips: string[][] = []
  errors: unknown[] = []
  watch: ProjectWatch
  private waiting: {what: 'build' | 'skip'; done: () => void}[] = []
  constructor(dir: string, options: BuildOptions) {
    this.watch = watchProject(dir, options, (r) => this.event('build', () => this.builds.push(r)), (e) => this.event('build', () => this.errors.push(e)), 50, (paths) => this.event('skip', () => this.skips.push(paths)))
  }
  private event(what: 'build' | 'skip', record: () => void): void {
    record()
    for (const w of this.waiting.filter((x) => x.what === what)) w.done()
    this.waiting = this.waiting.filter((x) => x.what !== what)
  }
  /** Resolves at the next event of this kind (rejects after `ms`). */
  next(what: 'build' | 'skip', ms = 30_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} within ${ms / 1000} s`)), ms)
      this.waiting.push({what, done: () => (clearTimeout(timer), resolve())})
    })
  }
}

describe('watchProject', () => {
  it('rebuilds after a TEI file is saved, rendering only that document', async () => {
    const dir = writeProject(join(root, 'project'), {'tei/a.xml': letter('A', '1901-01-01', 'First text.'), 'tei/b.xml': letter('B', '1902-01-01', 'Other text.')})
    await buildProject(dir, {jobs: 1})
    const w = new Watched(dir, {jobs: 1})
    try {
      await w.watch.ready
      const rebuilt = w.next('build')
      writeFileSync(join(dir, 'tei', 'b.xml'), letter('B', '1902-01-01', 'Changed text.'))
      await rebuilt
    } finally {
      await w.watch.close()
    }
    expect(w.errors).toEqual([])
    expect(w.builds[0]?.unchanged).toEqual(['a'])
    expect(w.builds[0]?.published).toEqual(['a', 'b'])
    expect(readFileSync(join(dir, 'dist', 'b.txt'), 'utf8')).toContain('Changed text.')
  })

  it('one changed source gives one build: the TEI the build encodes from it starts no second build', async () => {
    const dir = writeProject(join(root, 'source'), {'sources/a.txt': 'Dear friend,\nthe parcel arrived.\n'})
    await buildProject(dir, {jobs: 1})
    const w = new Watched(dir, {jobs: 1})
    try {
      await w.watch.ready
      const built = w.next('build')
      const skipped = w.next('skip')
      writeFileSync(join(dir, 'sources', 'a.txt'), 'Dear friend,\nthe parcel arrived today.\n')
      await built
      expect(w.builds[0]?.encoded).toEqual(['a'])
      // The build's own write of tei/a.xml is seen, and recognised as no change.
      await skipped
      expect(w.skips.flat()).toContain(join(dir, 'tei', 'a.xml'))
      expect(w.builds).toHaveLength(1)
      // A person's save of the same TEI afterwards is a change.
      const again = w.next('build')
      writeFileSync(join(dir, 'tei', 'a.xml'), readFileSync(join(dir, 'tei', 'a.xml'), 'utf8').replace('today', 'this morning'))
      await again
      expect(w.builds).toHaveLength(2)
    } finally {
      await w.watch.close()
    }
    expect(w.errors).toEqual([])
    expect(readFileSync(join(dir, 'dist', 'a.txt'), 'utf8')).toContain('this morning')
  }, 60_000)

  it("rebuilds when the config's CSS file or an XSLT layer (or a stylesheet beside it) changes", async () => {
    const dir = writeProject(join(root, 'look'), {'tei/a.xml': letter('A', '1901-01-01', 'First text.'), 'look.css': '.pb { color: rebeccapurple }\n'})
    mkdirSync(join(dir, 'layer'))
    copyFileSync(packagePath('xslt', 'custom', 'example.xsl'), join(dir, 'layer', 'example.xsl'))
    const options: BuildOptions = {jobs: 1, render: {css: join(dir, 'look.css'), htmlXslt: join(dir, 'layer', 'example.xsl')}}
    await buildProject(dir, options)
    const w = new Watched(dir, options)
    try {
      await w.watch.ready
      const styled = w.next('build')
      writeFileSync(join(dir, 'look.css'), '.pb { color: teal }\n')
      await styled
      expect(readFileSync(join(dir, 'dist', 'corpus', 'edition.css'), 'utf8')).toContain('teal')
      const layered = w.next('build', 60_000)
      writeFileSync(join(dir, 'layer', 'example.xsl'), readFileSync(join(dir, 'layer', 'example.xsl'), 'utf8').replace("'Example edition'", "'Watched edition'"))
      await layered
      expect(readFileSync(join(dir, 'dist', 'a.html'), 'utf8')).toContain('Watched edition')
    } finally {
      await w.watch.close()
    }
    expect(w.errors).toEqual([])
    expect(w.builds).toHaveLength(2)
  }, 120_000)
})

describe('teipipe build --watch, the process', () => {
  let main: string
  beforeAll(() => {
    main = join(compileWorker(), '..', '..', 'cli', 'main.js')
  }, 120_000)

  /** Resolves when `text` appears on the stream (rejects after `ms`). */
  const output = (stream: NodeJS.ReadableStream, text: string, ms = 60_000): Promise<string> =>
    new Promise((resolve, reject) => {
      let seen = ''
      const timer = setTimeout(() => reject(new Error(`"${text}" not seen within ${ms / 1000} s; got: ${seen}`)), ms)
      stream.on('data', (chunk: Buffer) => {
        seen += chunk.toString()
        if (seen.includes(text)) {
          clearTimeout(timer)
          resolve(seen)
        }
      })
    })

  it('SIGTERM closes the watcher and exits', async () => {
    const dir = writeProject(join(root, 'signal'), {'tei/a.xml': letter('A', '1901-01-01', 'First text.')})
    const child = spawn(process.execPath, [main, 'build', '--watch', '--jobs', '1'], {cwd: dir, stdio: ['ignore', 'ignore', 'pipe']})
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    const err = child.stderr as NodeJS.ReadableStream
    await output(err, 'Watching for changes')
    const stopped = output(err, 'stopped watching (SIGTERM)')
    child.kill('SIGTERM')
    await stopped
    expect(await exited).toBe(0)
  }, 120_000)

  it('stops when its parent (a wrapper such as npx\'s shell) is killed without passing the signal on', async () => {
    const dir = writeProject(join(root, 'orphan'), {'tei/a.xml': letter('A', '1901-01-01', 'First text.')})
    // The shell does not exec node (a command follows), so killing it leaves node re-parented.
    const shell = spawn('/bin/sh', ['-c', `"${process.execPath}" "${main}" build --watch --jobs 1; true`], {cwd: dir, stdio: ['ignore', 'ignore', 'pipe']})
    const err = shell.stderr as NodeJS.ReadableStream
    await output(err, 'Watching for changes')
    const stopped = output(err, 'stopped watching (parent exited)')
    // The pipe closes only when every process holding it (node, the orphan) has exited.
    const closed = new Promise<void>((resolve) => err.on('close', () => resolve()))
    shell.kill('SIGKILL')
    await stopped
    await closed
  }, 120_000)
})
