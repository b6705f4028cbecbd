/** Running a phase's documents in batches over the task runner, with failures confined to one document. */
import type {TaskRunner} from './pool.js'

/** The most a batch may weigh (bytes of TEI) when items have weights: large documents are batched alone (bounded memory). */
export const MAX_BATCH_WEIGHT = 4 * 2 ** 20

/**
 * Run items in batches: the runner's workers all busy, results handled as they come (memory stays
 * bounded). A batch that fails as a whole (a worker that crashed or ran out of memory, a bug) is run
 * again one item at a time, and an item that fails alone becomes `lost(item, error)`: one document's
 * failure never stops the others. With a `weight` (an item's expected cost: its size in bytes), a
 * batch weighs at most {@link MAX_BATCH_WEIGHT} (or is one item), and with workers the heaviest items
 * go first, so that the last batches, run while other workers may already be idle, are the lightest
 * (longest processing time first, Graham 1969).
 */
export async function forBatches<I, R>(runner: Pick<TaskRunner, 'jobs'>, items: readonly I[], run: (batch: I[]) => Promise<R[]>, handle: (results: R[]) => void, lost: (item: I, error: unknown) => R, weight?: (item: I) => number): Promise<void> {
  if (items.length === 0) return
  const weights = new Map<I, number>()
  if (weight !== undefined) for (const item of items) weights.set(item, weight(item))
  const ordered = runner.jobs > 1 && weight !== undefined ? heaviestFirst(items, (item) => weights.get(item) ?? 0) : items
  const batches: I[][] = []
  let start = 0
  while (start < ordered.length) {
    const size = batchSize(ordered.length - start, runner.jobs)
    let end = start + 1
    let total = weights.get(ordered[start] as I) ?? 0
    while (end < start + size && total + (weights.get(ordered[end] as I) ?? 0) <= MAX_BATCH_WEIGHT) total += weights.get(ordered[end++] as I) ?? 0
    batches.push(ordered.slice(start, end))
    start = end
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
  for (let remaining = count; remaining > 0; remaining -= sizes[sizes.length - 1] ?? remaining) sizes.push(batchSize(remaining, jobs))
  return sizes
}

/** The size of the next batch when `remaining` items are left (see {@link batchSizes}). */
function batchSize(remaining: number, jobs: number): number {
  return jobs <= 1 ? Math.min(8, remaining) : Math.max(1, Math.min(8, Math.floor(remaining / (jobs * 4))))
}

/** Items by decreasing weight; equal weights keep their order (the sort is stable). */
export function heaviestFirst<I>(items: readonly I[], weight: (item: I) => number): I[] {
  const weights = new Map<I, number>()
  for (const item of items) weights.set(item, weight(item))
  return [...items].sort((a, b) => (weights.get(b) ?? 0) - (weights.get(a) ?? 0))
}
