/**
 * Where the build's tasks run: in the main thread (`--jobs 1`) or in a pool of worker threads (piscina),
 * each loading saxon-js, the compiled stylesheets and the schema once. Both run the same code (`steps.ts`),
 * so the outputs are byte-identical whatever the number of jobs.
 */
import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Piscina} from 'piscina'
import type {CheckResult, CheckTask, RenderResult, RenderTask, SiteTask, StylesheetResult, StylesheetTask, Task} from './steps.js'
import type {SitePagesOutcome} from './site-pages.js'

/** Runs tasks; `close` ends the workers. */
export interface TaskRunner {
  check(task: CheckTask): Promise<CheckResult[]>
  render(task: RenderTask): Promise<RenderResult[]>
  stylesheet(task: StylesheetTask): Promise<StylesheetResult>
  site(task: SiteTask): Promise<SitePagesOutcome>
  /** Start the workers now (each loads saxon-js and teipipe's modules, ~0.5 s of CPU) instead of at the first task. */
  start(): void
  readonly jobs: number
  close(): Promise<void>
}

/** The default number of jobs: the cores Node may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism())
}

/**
 * A runner with `requested` workers (1: the main thread, no workers; also when no compiled worker exists).
 */
export function createRunner(requested: number): TaskRunner {
  const filename = workerModule()
  const jobs = filename === undefined ? 1 : requested
  // The engines load only when there is work: a build with nothing to do starts no worker and loads no saxon-js.
  if (jobs <= 1 || filename === undefined) {
    const run = async (task: Task): Promise<unknown> => (await import('./steps.js')).runTask(task)
    return {jobs: 1, check: async (task) => (await run(task)) as CheckResult[], render: async (task) => (await run(task)) as RenderResult[], stylesheet: async (task) => (await run(task)) as StylesheetResult, site: async (task) => (await run(task)) as SitePagesOutcome, start: () => {}, close: async () => {}}
  }
  let pool: Promise<Piscina> | undefined
  // piscina starts minThreads workers when it is made; they load their modules in parallel. piscina itself
  // loads only then: a build with nothing to do does without it.
  const started = (): Promise<Piscina> => (pool ??= import('piscina').then(({Piscina}) => new Piscina({filename, minThreads: jobs, maxThreads: jobs, idleTimeout: 60_000, concurrentTasksPerWorker: 1})))
  const run = async (task: Task): Promise<unknown> => (await started()).run(task)
  return {
    jobs,
    start: () => void started(),
    check: async (task) => (await run(task)) as CheckResult[],
    render: async (task) => (await run(task)) as RenderResult[],
    stylesheet: async (task) => (await run(task)) as StylesheetResult,
    site: async (task) => (await run(task)) as SitePagesOutcome,
    // Idempotent: the build closes the pool as soon as it is done with it, and again when it ends.
    close: async () => {
      const running = pool
      pool = undefined
      await (await running)?.destroy()
    }
  }
}

/**
 * The worker module's path: `worker.js` beside this module when it is compiled (lib/). Worker threads
 * cannot load the TypeScript sources (tests run those): there, the compiled worker named by
 * TEIPIPE_BUILD_WORKER, else undefined (everything then runs in the main thread, never a stale lib/).
 */
export function workerModule(): string | undefined {
  const here = fileURLToPath(import.meta.url)
  const beside = join(dirname(here), 'worker.js')
  if (here.endsWith('.js') && existsSync(beside)) return beside
  const compiled = process.env['TEIPIPE_BUILD_WORKER']
  return compiled !== undefined && existsSync(compiled) ? compiled : undefined
}
