/**
 * Where a build's time goes, for bench/build.mjs and for profiling: with the environment variable
 * TEIPIPE_TIMINGS set, the main thread and every worker write lines `@@timing <thread> <label> <ms>` to
 * standard error (one per phase, per task stage and per worker start-up; `mem.heap-mb` lines give a
 * thread's V8 heap in MB after each task). Off by default: nothing is measured or written.
 */
import {performance} from 'node:perf_hooks'
import {isMainThread, threadId} from 'node:worker_threads'

/** Whether timings are written (TEIPIPE_TIMINGS is set and not empty). */
export const TIMINGS = (process.env['TEIPIPE_TIMINGS'] ?? '') !== ''

const thread = isMainThread ? 'main' : `worker-${threadId}`

/** Write one timing line (milliseconds, rounded to 0.1) when timings are on. */
export function timing(label: string, ms: number): void {
  if (TIMINGS) process.stderr.write(`@@timing ${thread} ${label} ${ms.toFixed(1)}\n`)
}

/** Time a phase: call the returned function at its end to write `label` and its duration. */
export function startTiming(label: string): () => void {
  if (!TIMINGS) return () => {}
  const start = performance.now()
  return () => timing(label, performance.now() - start)
}

/** Sums of milliseconds per stage within one task, written together at its end. */
export class StageTimes {
  private readonly sums = new Map<string, number>()
  /** Run `work`, adding its duration to `stage`. */
  time<T>(stage: string, work: () => T): T {
    if (!TIMINGS) return work()
    const start = performance.now()
    try {
      return work()
    } finally {
      this.sums.set(stage, (this.sums.get(stage) ?? 0) + performance.now() - start)
    }
  }
  /** Like {@link time}, for asynchronous work. */
  async timeAsync<T>(stage: string, work: () => Promise<T>): Promise<T> {
    if (!TIMINGS) return work()
    const start = performance.now()
    try {
      return await work()
    } finally {
      this.sums.set(stage, (this.sums.get(stage) ?? 0) + performance.now() - start)
    }
  }
  /** Write every stage's sum as `<prefix>.<stage>`. */
  write(prefix: string): void {
    for (const [stage, ms] of this.sums) timing(`${prefix}.${stage}`, ms)
  }
}
