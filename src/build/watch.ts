/**
 * `build --watch`: rebuild when a project input changes (chokidar): a source, sidecar or TEI file, the
 * config's CSS file (`render.css`) or an XSLT customisation layer (with the .xsl files beside and below it,
 * which the render key covers). Each rebuild is an ordinary incremental build, so only what a change touches
 * is encoded, validated and rendered again. One change gives one build: a file whose content is what the
 * last build used or wrote (an editor's second event for one save, the TEI the build itself encoded) starts
 * none. Changes that arrive during a build start one more build when it ends.
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, statSync} from 'node:fs'
import {dirname, join, resolve, sep} from 'node:path'
import chokidar, {type FSWatcher} from 'chokidar'
import {buildProject, type BuildOptions, type BuildResult} from './build.js'
import {projectLayout} from './project.js'

/** A running watch: `close` stops watching (and waits for a build in progress). */
export interface ProjectWatch {
  close(): Promise<void>
  /** Resolves when the watcher is ready (initial scan done). */
  ready: Promise<void>
}

/**
 * Watch the project in `dir` and call `onBuild` after every rebuild (not after the first build: the
 * caller runs that), `onError` when teipipe itself failed. `delayMs` gathers a burst of changes (an editor's
 * save, a git checkout) into one build. `onSkip` (for tests and logs) hears of changes that needed no build.
 */
export function watchProject(dir: string, options: BuildOptions, onBuild: (result: BuildResult) => void, onError: (error: unknown) => void, delayMs = 150, onSkip?: (paths: string[]) => void): ProjectWatch {
  const layout = projectLayout(dir, {sources: options.sources, tei: options.tei, out: options.out})
  const css = options.render?.css
  const layers = [options.render?.htmlXslt, options.render?.textXslt].filter((l): l is string => l !== undefined)
  const layerFolders = [...new Set(layers.map((l) => dirname(resolve(l))))]
  // chokidar reports "ready" before it has scanned a folder that does not exist yet: watch the folders
  // there are, or the project folder when there is neither.
  const folders = [layout.sources, layout.tei].filter((f) => existsSync(f))
  const inputs = [...(folders.length > 0 ? folders : [dir]), ...(css === undefined ? [] : [resolve(css)]), ...layerFolders]
  const within = (path: string, folder: string): boolean => path === folder || path.startsWith(`${folder}${sep}`)
  const ignored = (path: string, stats?: {isFile(): boolean}): boolean => {
    // Hidden files (atomic writes' temporaries, tei/.backup/, .teipipe-cache/), node_modules and the output folder.
    if (/(^|[\\/])\.[^\\/]/.test(path.slice(dir.length)) || /(^|[\\/])node_modules([\\/]|$)/.test(path) || within(path, layout.out)) return true
    // In a layer's folder (it may be the project folder), only stylesheets matter.
    if (stats?.isFile() && !folders.some((f) => within(path, f)) && path !== css && layerFolders.some((f) => within(path, f))) return !/\.xslt?$/i.test(path)
    return false
  }
  const watcher: FSWatcher = chokidar.watch(inputs, {ignoreInitial: true, ignored, awaitWriteFinish: {stabilityThreshold: 50, pollInterval: 20}})
  /** The content each path had when the last build used or wrote it. */
  const known = new Map<string, string>()
  const pending = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let closed = false
  const rebuild = (): void => {
    if (closed || running || pending.size === 0) return
    const changed = [...pending].filter((p) => known.get(p) !== contentOf(p))
    if (changed.length === 0) {
      onSkip?.([...pending].sort())
      pending.clear()
      return
    }
    for (const p of pending) known.set(p, contentOf(p))
    pending.clear()
    running = buildProject(dir, options).then((result) => {
      // What the build wrote itself (encoded TEI, retired TEI) is not a change to build again for.
      for (const id of result.encoded) remember(join(layout.tei, `${id}.xml`))
      for (const r of result.sourceRemoved) remember(join(layout.dir, r.tei))
      onBuild(result)
    }, onError).finally(() => {
      running = undefined
      rebuild()
    })
  }
  const remember = (path: string): void => {
    known.set(path, contentOf(path))
  }
  watcher.on('all', (_event, path) => {
    pending.add(resolve(path))
    if (timer) clearTimeout(timer)
    timer = setTimeout(rebuild, delayMs)
  })
  const ready = new Promise<void>((done) => watcher.on('ready', () => done()))
  return {
    ready,
    async close() {
      closed = true
      if (timer) clearTimeout(timer)
      await watcher.close()
      await running
    }
  }
}

/** A file's content hash ('absent' when it is gone, 'folder' for a folder): what tells a real change from a repeated event. */
function contentOf(path: string): string {
  try {
    if (statSync(path).isDirectory()) return 'folder'
    return createHash('sha256').update(readFileSync(path)).digest('hex')
  } catch {
    return 'absent'
  }
}

/**
 * Resolves when the process is asked to stop - SIGINT (Ctrl-C), SIGTERM, SIGHUP (the terminal closed) - or its
 * parent process is gone (a wrapper such as `npx`'s shell killed without passing the signal on: the watcher
 * would otherwise run on, orphaned). The handlers are removed first, so a second Ctrl-C stops at once.
 * Resolves with what happened (`SIGINT`, `SIGTERM`, `SIGHUP` or `parent exited`). `pollMs`: how often the parent is looked for.
 */
export function untilStopped(pollMs = 500): Promise<string> {
  const parent = process.ppid
  return new Promise((done) => {
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
    const stop = (why: string): void => {
      for (const s of signals) process.off(s, handlers[s])
      clearInterval(orphan)
      done(why)
    }
    const handlers = {SIGINT: () => stop('SIGINT'), SIGTERM: () => stop('SIGTERM'), SIGHUP: () => stop('SIGHUP')}
    for (const s of signals) process.on(s, handlers[s])
    // process.ppid is read anew each time: it changes when the parent dies and the process is re-parented.
    const orphan = setInterval(() => {
      if (process.ppid !== parent) stop('parent exited')
    }, pollMs)
  })
}
