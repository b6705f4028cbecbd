/**
 * Where a build's time goes, for bench/build.mjs and for profiling: with the environment variable
 * TEIPIPE_TIMINGS set, the main thread and every worker write lines `@@timing <thread> <label> <ms>` to
 * standard error (one per phase, per task stage and per worker start-up; `mem.heap-mb` lines give a
 * thread's V8 heap in MB after each task). Task stages are timed twice: wall time (`check.validate`) and
 * the thread's own CPU time (`check.validate.cpu`), since a stage's wall time also counts the time its
 * thread waited for a core. Off by default: nothing is measured or written.
 */
import {readFileSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {isMainThread, threadId} from 'node:worker_threads'

/** Whether timings are written (TEIPIPE_TIMINGS is set and not empty). */
export const TIMINGS = (process.env['TEIPIPE_TIMINGS'] ?? '') !== ''

const thread = isMainThread ? 'main' : `worker-${threadId}`

/** Write one timing line (milliseconds, rounded to 0.1) when timings are on. */
export function timing(label: string, ms: number): void {
  if (TIMINGS) process.stderr.write(`@@timing ${thread} ${label} ${ms.toFixed(1)}\n`)
}

/**
 * CPU time the calling thread has used, in milliseconds: Linux's scheduler accounting of this thread alone
 * (`/proc/thread-self/schedstat`, first field, nanoseconds; proc(5)), so that a worker's CPU is told apart
 * from its siblings' and from V8's helper threads' (`process.cpuUsage` counts the whole process). Undefined
 * where that file is missing (not Linux, or a kernel without schedstats).
 */
export function threadCpuMs(): number | undefined {
  if (!schedstat) return undefined
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6
  } catch {
    schedstat = false
    return undefined
  }
}

let schedstat = true

/** Time a phase: call the returned function at its end to write `label` and its duration. */
export function startTiming(label: string): () => void {
  if (!TIMINGS) return () => {}
  const start = performance.now()
  return () => timing(label, performance.now() - start)
}

/** Sums of milliseconds per stage within one task, written together at its end. */
export class StageTimes {
  private readonly sums = new Map<string, number>()
  private readonly cpu = new Map<string, number>()
  /** Run `work`, adding its wall and CPU time to `stage`. */
  time<T>(stage: string, work: () => T): T {
    if (!TIMINGS) return work()
    const start = performance.now()
    const cpu = threadCpuMs()
    try {
      return work()
    } finally {
      this.add(stage, start, cpu)
    }
  }
  /** Like {@link time}, for asynchronous work (the CPU time is this thread's over the whole wait). */
  async timeAsync<T>(stage: string, work: () => Promise<T>): Promise<T> {
    if (!TIMINGS) return work()
    const start = performance.now()
    const cpu = threadCpuMs()
    try {
      return await work()
    } finally {
      this.add(stage, start, cpu)
    }
  }
  private add(stage: string, start: number, cpu: number | undefined): void {
    this.sums.set(stage, (this.sums.get(stage) ?? 0) + performance.now() - start)
    const now = cpu === undefined ? undefined : threadCpuMs()
    if (cpu !== undefined && now !== undefined) this.cpu.set(stage, (this.cpu.get(stage) ?? 0) + now - cpu)
  }
  /** Write every stage's sums as `<prefix>.<stage>` (wall) and `<prefix>.<stage>.cpu` (the thread's CPU). */
  write(prefix: string): void {
    for (const [stage, ms] of this.sums) timing(`${prefix}.${stage}`, ms)
    for (const [stage, ms] of this.cpu) timing(`${prefix}.${stage}.cpu`, ms)
  }
}
