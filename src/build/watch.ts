/**
 * `build --watch`: rebuild when a source, sidecar or TEI file changes (chokidar). Each rebuild is an
 * ordinary incremental build, so only what a change touches is encoded, validated and rendered again.
 * Changes that arrive during a build start one more build when it ends.
 */
import {existsSync} from 'node:fs'
import {sep} from 'node:path'
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
 * caller runs that), `onError` when teipipe itself failed. `delayMs` gathers a burst of changes (an editor's save, a git checkout) into one build.
 */
export function watchProject(dir: string, options: BuildOptions, onBuild: (result: BuildResult) => void, onError: (error: unknown) => void, delayMs = 150): ProjectWatch {
  const layout = projectLayout(dir, {sources: options.sources, tei: options.tei, out: options.out})
  // chokidar reports "ready" before it has scanned a folder that does not exist yet: watch the folders
  // there are, or the project folder when there is neither.
  const folders = [layout.sources, layout.tei].filter((f) => existsSync(f))
  const watcher: FSWatcher = chokidar.watch(folders.length > 0 ? folders : [dir], {
    ignoreInitial: true,
    // Hidden files (atomic writes' temporaries, tei/.backup/, .teipipe-cache/) and the output folder.
    ignored: (path: string) => /(^|[\\/])\.[^\\/]/.test(path.slice(dir.length)) || path === layout.out || path.startsWith(`${layout.out}${sep}`),
    awaitWriteFinish: {stabilityThreshold: 50, pollInterval: 20}
  })
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let again = false
  let closed = false
  const rebuild = (): void => {
    if (closed) return
    if (running) {
      again = true
      return
    }
    running = buildProject(dir, options).then(onBuild, onError).finally(() => {
      running = undefined
      if (again) {
        again = false
        rebuild()
      }
    })
  }
  watcher.on('all', () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(rebuild, delayMs)
  })
  const ready = new Promise<void>((resolve) => watcher.on('ready', () => resolve()))
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
