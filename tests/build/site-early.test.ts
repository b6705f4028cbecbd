/** Which site a worker makes while the others render: one with few words to index (its memory stays small). */
import {describe, expect, it} from 'vitest'
import {EARLY_SITE_MAX_WORDS, siteFitsWorker} from '../../src/build/site-pages.js'
import type {DocumentFacts} from '../../src/build/site-api.js'

const facts = (id: string, words: number, text?: boolean): DocumentFacts => ({id, title: id, status: 'published', persons: [], places: [], orgs: [], words, ...(text ? {text: 'w '.repeat(words).trim()} : {textHash: `h-${id}`})})

describe('siteFitsWorker', () => {
  it('sums the words of every document against the limit (at the limit: fits; one word more: does not)', () => {
    const many = Array.from({length: 10}, (_, i) => facts(`d${i}`, 100))
    expect(siteFitsWorker(many, 1000)).toBe(true)
    expect(siteFitsWorker([...many, facts('one-more', 1)], 1000)).toBe(false)
    expect(siteFitsWorker([facts('big', 1001)], 1000)).toBe(false)
  })

  it('counts the same whether the facts carry their text or keep it apart in the cache (textHash)', () => {
    expect(siteFitsWorker([facts('a', 600, true), facts('b', 400)], 1000)).toBe(true)
    expect(siteFitsWorker([facts('a', 600, true), facts('b', 401)], 1000)).toBe(false)
  })

  it('lets a worker make the pages of a 200-document build of the benchmark (270 k words), not of 1,000 (1.36 M)', () => {
    const corpus = (count: number): DocumentFacts[] => Array.from({length: count}, (_, i) => facts(`doc-${i}`, 1362))
    expect(siteFitsWorker(corpus(200))).toBe(true)
    expect(siteFitsWorker(corpus(1000))).toBe(false)
    expect(EARLY_SITE_MAX_WORDS).toBeLessThan(1000 * 1362)
  })
})
