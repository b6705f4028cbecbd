/** Running a phase's documents in batches over the task runner, with failures confined to one document. */
import type {TaskRunner} from './pool.js'

/**
 * Run items in batches: the runner's workers all busy, results handled as they come (memory stays
 * bounded). A batch that fails as a whole (a worker that crashed or ran out of memory, a bug) is run
 * again one item at a time, and an item that fails alone becomes `lost(item, error)`: one document's
 * failure never stops the others. With workers and a `weight` (an item's expected cost, e.g. its size
 * in bytes), the heaviest items go first, so that the last batches, run while other workers may
 * already be idle, are the lightest (longest processing time first, Graham 1969).
 */
export async function forBatches<I, R>(runner: Pick<TaskRunner, 'jobs'>, items: readonly I[], run: (batch: I[]) => Promise<R[]>, handle: (results: R[]) => void, lost: (item: I, error: unknown) => R, weight?: (item: I) => number): Promise<void> {
  if (items.length === 0) return
  const batches: I[][] = []
  let start = 0
  const ordered = runner.jobs > 1 && weight !== undefined ? heaviestFirst(items, weight) : items
  for (const size of batchSizes(items.length, runner.jobs)) {
    batches.push(ordered.slice(start, start + size))
    start += size
  }
  const one = async (batch: I[]): Promise<void> => {
    try {
      handle(await run(batch))
    } catch (error) {
      if (batch.length === 1 && batch[0] !== undefined) handle([lost(batch[0], error)])
      else for (const item of batch) await one([item])
    }
  }
  if (runner.jobs <= 1) {
    for (const batch of batches) await one(batch)
    return
  }
  await Promise.all(batches.map(one))
}

/**
 * Batch sizes for `count` items over `jobs` workers, largest first ("guided self-scheduling",
 * Polychronopoulos & Kuck 1987): each batch a quarter of the remaining items' share per worker, at most
 * 8 (fewer messages between threads, results still reported often), shrinking to 1 at the end, so that
 * no worker waits long for the last batch of another. One job: batches of 8 (progress, bounded memory).
 */
export function batchSizes(count: number, jobs: number): number[] {
  const sizes: number[] = []
  let remaining = count
  while (remaining > 0) {
    const size = jobs <= 1 ? Math.min(8, remaining) : Math.max(1, Math.min(8, Math.floor(remaining / (jobs * 4))))
    sizes.push(size)
    remaining -= size
  }
  return sizes
}

/** Items by decreasing weight; equal weights keep their order (the sort is stable). */
export function heaviestFirst<I>(items: readonly I[], weight: (item: I) => number): I[] {
  const weights = new Map<I, number>()
  for (const item of items) weights.set(item, weight(item))
  return [...items].sort((a, b) => (weights.get(b) ?? 0) - (weights.get(a) ?? 0))
}
