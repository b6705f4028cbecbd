/** The worker-thread entry of the build's pool (piscina): each worker loads saxon-js and the compiled schema once. */
import {runTask, type Task} from './steps.js'

/** Run one task of the pool (see `steps.ts`). */
export default function work(task: Task): ReturnType<typeof runTask> {
  return runTask(task)
}
