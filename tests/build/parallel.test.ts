/** Worker threads and shards publish exactly what one build in one thread publishes. */
import {cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {build, compileWorker, letter, memoSource, readTree, tempRoot, writeProject} from './helpers.js'

const {root, cleanup} = tempRoot('parallel')
afterAll(cleanup)

/** Six documents (and `extra` more letters): the memo from its source, letters with dates that interleave, one broken TEI. */
function corpus(name: string, extra = 0): string {
  const {text, edits} = memoSource()
  const files: Record<string, string> = {'sources/wilson/134242.txt': text, 'sources/wilson/134242.edits.json': edits, 'tei/broken.xml': '<TEI xmlns="http://www.tei-c.org/ns/1.0">'}
  for (const [i, year] of ['1950', '1901', '1975', '1933'].entries()) files[`tei/letters/l${i}.xml`] = letter(`Letter ${i}`, `${year}-01-0${i + 1}`, `Text of letter ${i}.`)
  for (let i = 0; i < extra; i++) files[`tei/more/m${i}.xml`] = letter(`More ${i}`, `19${10 + i}-02-03`, `More text ${i}.`)
  return writeProject(join(root, name), files)
}

beforeAll(() => {
  compileWorker()
})

describe('teipipe build --jobs and --shard', () => {
  it('--jobs 2 (worker threads) writes byte-identical outputs to --jobs 1', async () => {
    // Enough documents that both phases go to the workers (a few run in the main thread).
    const one = corpus('jobs-1', 30)
    const two = corpus('jobs-2', 30)
    const a = await build(one, '--jobs', '1', '--format', 'json')
    const b = await build(two, '--jobs', '2', '--format', 'json')
    expect(b.code).toBe(a.code)
    expect(b.out).toBe(a.out)
    const distOne = readTree(join(one, 'dist'))
    expect(Object.keys(distOne)).toContain('134242.html')
    expect(Object.keys(distOne)).toContain('l1.html')
    expect(readTree(join(two, 'dist'))).toEqual(distOne)
    expect(readTree(join(two, 'tei'))).toEqual(readTree(join(one, 'tei')))
  })

  it('a document whose edition cannot be written while the workers render: the site pages list it as failed, as with --jobs 1', async () => {
    // The site's pages are made by a worker while the others render, assuming every render succeeds; here one
    // does not (its output path is a folder), so they are made again.
    const one = corpus('fail-1', 30)
    const two = corpus('fail-2', 30)
    for (const dir of [one, two]) mkdirSync(join(dir, 'dist', 'm7.html'), {recursive: true})
    const a = await build(one, '--jobs', '1', '--format', 'json')
    const b = await build(two, '--jobs', '2', '--format', 'json')
    expect(a.code).toBe(1)
    expect(b.out).toBe(a.out)
    const index = readFileSync(join(two, 'dist', 'index.html'), 'utf8')
    expect(index).toMatch(/id="failed-m7"/)
    expect(index).toBe(readFileSync(join(one, 'dist', 'index.html'), 'utf8'))
    expect(readFileSync(join(two, 'dist', 'corpus', 'search-index.js'), 'utf8')).toBe(readFileSync(join(one, 'dist', 'corpus', 'search-index.js'), 'utf8'))
  })

  it('--shard 1/2 and 2/2 then --merge publish the same files as one build', async () => {
    const whole = corpus('whole')
    const one = await build(whole, '--jobs', '1', '--format', 'json')
    const sharded = corpus('sharded')
    const first = await build(sharded, '--jobs', '2', '--shard', '1/2')
    const second = await build(sharded, '--jobs', '1', '--shard', '2/2')
    expect(first.code === 0 || first.code === 1).toBe(true)
    expect(second.code === 0 || second.code === 1).toBe(true)
    const merged = await build(sharded, '--merge')
    // broken.xml failed in its shard: the merge reports it and exits as the whole build does.
    expect(one.code).toBe(1)
    expect(merged.code).toBe(one.code)
    expect(merged.err).toMatch(/tei\/broken\.xml\n[^\n]*error/)
    expect(merged.out).toMatch(/^Merged the shards: published 5, failed 1 \(6 documents\)/)
    expect(readTree(join(sharded, 'dist'))).toEqual(readTree(join(whole, 'dist')))
  })

  it('shards built on separate machines combine: each output folder copied into one, then --merge', async () => {
    const whole = corpus('whole-2')
    await build(whole, '--jobs', '1')
    const machineA = corpus('machine-a')
    const machineB = corpus('machine-b')
    await build(machineA, '--jobs', '1', '--shard', '1/2')
    await build(machineB, '--jobs', '1', '--shard', '2/2')
    const combined = corpus('combined')
    cpSync(join(machineA, 'dist'), join(combined, 'dist'), {recursive: true})
    cpSync(join(machineB, 'dist'), join(combined, 'dist'), {recursive: true})
    expect((await build(combined, '--merge')).code).toBe(1)
    expect(readTree(join(combined, 'dist'))).toEqual(readTree(join(whole, 'dist')))
  })

  it('--merge with a shard missing: exit 2, naming it, nothing written', async () => {
    const dir = corpus('missing-shard')
    await build(dir, '--jobs', '1', '--shard', '2/3')
    const merged = await build(dir, '--merge')
    expect(merged.code).toBe(2)
    expect(merged.err).toMatch(/The results of shards 1\/3, 3\/3 are missing from dist\/\.teipipe-shard\/[\s\S]*build-shards-missing/)
    expect(Object.keys(readTree(join(dir, 'dist')))).not.toContain('index.html')
  })

  it('re-renders only the changed document and the neighbours whose links changed', async () => {
    const dir = corpus('incremental')
    await build(dir, '--jobs', '2')
    const before = readTree(join(dir, 'dist'))
    // A new text in one letter: only that letter is rendered again.
    const path = join(dir, 'tei', 'letters', 'l0.xml')
    writeFileSync(path, readFileSync(path, 'utf8').replace('Text of letter 0.', 'Corrected text of letter 0.'))
    const changed = await build(dir, '--jobs', '2')
    expect(changed.out).toMatch(/^Encoded 0, unchanged 4, published 5, failed 1/m)
    const after = readTree(join(dir, 'dist'))
    const differing = Object.keys(after).filter((f) => after[f] !== before[f]).sort()
    // The document's editions, and the site pages (word count, search index); no other document's.
    expect(differing.filter((f) => !f.startsWith('corpus/') && f !== 'index.html')).toEqual(['l0.html', 'l0.txt', 'l0.xml'])
    expect(differing).toContain('corpus/search-index.js')
    // A new title changes the neighbours' "previous/next" links: they are rendered again too.
    writeFileSync(path, readFileSync(path, 'utf8').replace('Letter 0', 'Letter zero'))
    const renamed = await build(dir, '--jobs', '1')
    expect(renamed.out).toMatch(/unchanged [0-3], published 5/)
    // A build with nothing changed renders nothing, and writes nothing, not even its cache.
    const statePath = join(dir, '.teipipe-cache', 'build-state.json')
    const recordsPath = join(dir, '.teipipe-cache', 'encoded.json')
    const [stateBefore, recordsBefore] = [statSync(statePath).mtimeMs, statSync(recordsPath).mtimeMs]
    expect((await build(dir, '--jobs', '2')).out).toMatch(/^Encoded 0, unchanged 5, published 5, failed 1/m)
    expect([statSync(statePath).mtimeMs, statSync(recordsPath).mtimeMs]).toEqual([stateBefore, recordsBefore])
  })

  it('keeps the reading texts apart from the build state, and a site made from cached facts is the one a fresh build makes', async () => {
    const dir = corpus('texts-apart', 30)
    await build(dir, '--jobs', '2')
    const state = readFileSync(join(dir, '.teipipe-cache', 'build-state.json'), 'utf8')
    expect(state).not.toContain('Text of letter 2.')
    expect(state).toContain('"textHash"')
    const texts = readdirSync(join(dir, '.teipipe-cache', 'texts'))
    // One file per published document with a text (the broken TEI has none).
    expect(texts).toHaveLength(35)
    expect(texts.map((t) => readFileSync(join(dir, '.teipipe-cache', 'texts', t), 'utf8'))).toContain('Text of letter 2.')
    // One letter changed: the site's pages are made again from 34 cached facts (texts read back) and one new one.
    const path = join(dir, 'tei', 'letters', 'l0.xml')
    writeFileSync(path, readFileSync(path, 'utf8').replace('Text of letter 0.', 'Corrected text of letter 0.'))
    expect((await build(dir, '--jobs', '1')).out).toMatch(/unchanged 34, published 35, failed 1/)
    const fresh = corpus('texts-fresh', 30)
    const freshPath = join(fresh, 'tei', 'letters', 'l0.xml')
    writeFileSync(freshPath, readFileSync(freshPath, 'utf8').replace('Text of letter 0.', 'Corrected text of letter 0.'))
    await build(fresh, '--jobs', '1')
    expect(readTree(join(dir, 'dist'))).toEqual(readTree(join(fresh, 'dist')))
    // The old text is no longer referred to: its file is gone.
    expect(readdirSync(join(dir, '.teipipe-cache', 'texts'))).toHaveLength(35)
    // A text file pruned by hand: that document is checked again, and the search still finds its words.
    const l2 = texts.find((t) => readFileSync(join(dir, '.teipipe-cache', 'texts', t), 'utf8') === 'Text of letter 2.') ?? ''
    rmSync(join(dir, '.teipipe-cache', 'texts', l2))
    writeFileSync(path, readFileSync(path, 'utf8').replace('Corrected text', 'Corrected again: text'))
    await build(dir, '--jobs', '1')
    expect(readFileSync(join(dir, 'dist', 'corpus', 'search-index.js'), 'utf8')).toContain('Text of letter 2.')
    expect(readdirSync(join(dir, '.teipipe-cache', 'texts'))).toContain(l2)
  }, 120_000)
})

