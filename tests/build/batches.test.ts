/** A batch that fails as a whole is retried item by item; only the item that fails alone is lost. */
import {describe, expect, it} from 'vitest'
import {batchSizes, forBatches, heaviestFirst, MAX_BATCH_WEIGHT} from '../../src/build/batches.js'

describe('forBatches', () => {
  for (const jobs of [1, 2]) {
    it(`confines a failure to the one item that causes it (jobs ${jobs})`, async () => {
      const items = Array.from({length: 20}, (_, i) => i)
      const results: string[] = []
      await forBatches({jobs}, items, async (batch) => {
        if (batch.includes(13)) throw new Error('worker ran out of memory')
        return batch.map((n) => `ok ${n}`)
      }, (r) => results.push(...r), (item, error) => `lost ${item}: ${(error as Error).message}`)
      expect(results.sort()).toEqual([...items.filter((n) => n !== 13).map((n) => `ok ${n}`), 'lost 13: worker ran out of memory'].sort())
    })
  }
})

describe('heaviestFirst', () => {
  it('orders items by decreasing weight, keeping the order of equal weights', () => {
    expect(heaviestFirst(['a', 'bbb', 'cc', 'dd', 'eee'], (s) => s.length)).toEqual(['bbb', 'eee', 'cc', 'dd', 'a'])
  })

  it('is used by forBatches with workers (heaviest batch first), not with one job (the order is kept)', async () => {
    const items = [3, 9, 1, 7, 5]
    for (const [jobs, first] of [[2, 9], [1, 3]] as const) {
      const started: number[] = []
      await forBatches({jobs}, items, async (batch) => {
        started.push(...batch)
        return batch
      }, () => {}, (item) => item, (n) => n)
      expect(started[0]).toBe(first)
      expect([...started].sort()).toEqual([...items].sort())
    }
  })
})

describe('batch weight', () => {
  for (const jobs of [1, 2]) {
    it(`keeps every batch of several items under the weight limit, batching light items together (jobs ${jobs})`, async () => {
      const heavy = MAX_BATCH_WEIGHT * 0.6
      const items = [heavy, heavy, ...Array.from({length: 40}, (_, i) => i + 1)]
      const batches: number[][] = []
      await forBatches({jobs}, items, async (batch) => {
        batches.push(batch)
        return batch
      }, () => {}, (item) => item, (n) => n)
      for (const batch of batches) expect(batch.length === 1 || batch.reduce((x, y) => x + y, 0) <= MAX_BATCH_WEIGHT).toBe(true)
      expect(batches.some((batch) => batch.filter((n) => n === heavy).length > 1)).toBe(false)
      expect(batches.flat().sort((x, y) => x - y)).toEqual([...items].sort((x, y) => x - y))
      expect(batches.some((batch) => batch.length > 1)).toBe(true)
    })
  }
})

describe('batchSizes', () => {
  it('covers every item, largest batches first, ending in batches of one when there are workers', () => {
    const sizes = batchSizes(200, 2)
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(200)
    expect(Math.max(...sizes)).toBe(8)
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes)
    expect(sizes.slice(-4)).toEqual([1, 1, 1, 1])
    expect(batchSizes(20, 1)).toEqual([8, 8, 4])
    expect(batchSizes(0, 2)).toEqual([])
  })
})
