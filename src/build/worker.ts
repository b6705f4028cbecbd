/** The worker-thread entry of the build's pool (piscina): each worker loads saxon-js and the compiled schema once. */
import {performance} from 'node:perf_hooks'
import {runTask, type Task} from './steps.js'
import {threadCpuMs, TIMINGS, timing} from './timings.js'

// Milliseconds from the thread's start until its modules are loaded (performance.now() counts from the thread's start).
timing('worker.loaded', performance.now())
const loadedCpu = threadCpuMs()
if (loadedCpu !== undefined) timing('worker.loaded.cpu', loadedCpu)
let first = true

/** Run one task of the pool (see `steps.ts`). */
export default async function work(task: Task): ReturnType<typeof runTask> {
  if (first) timing('worker.first-task', performance.now())
  first = false
  try {
    return await runTask(task)
  } finally {
    if (TIMINGS) {
      timing('mem.heap-mb', process.memoryUsage().heapUsed / 2 ** 20)
      // This worker's CPU so far (start-up included): the last line of each worker is its total.
      const cpu = threadCpuMs()
      if (cpu !== undefined) timing('thread.cpu', cpu)
    }
  }
}
