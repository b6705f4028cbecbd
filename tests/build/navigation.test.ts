/**
 * Previous/next links lead only to published documents: a document that failed (its check, or writing its
 * edition) has no page, so its neighbours link past it.
 */
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {packagePath} from '../../src/core/paths.js'
import {build, letter, memoSource, tempRoot, writeProject} from './helpers.js'

const {root, cleanup} = tempRoot('navigation')
afterAll(cleanup)

/** The href of a page's previous or next link (`rel="prev"` / `rel="next"`), or undefined. */
function link(html: string, rel: 'prev' | 'next'): string | undefined {
  return new RegExp(`<a [^>]*rel="${rel}"[^>]*href="([^"]*)"|<a [^>]*href="([^"]*)"[^>]*rel="${rel}"`).exec(html)?.slice(1).find((h) => h !== undefined)
}

describe('teipipe build: navigation skips unpublished documents', () => {
  it('a document whose edition cannot be written: its neighbours link past it', async () => {
    const dir = writeProject(join(root, 'render-failed'), {
      'tei/a.xml': letter('A', '1901-01-01', 'a'),
      'tei/b.xml': letter('B', '1902-01-01', 'b'),
      'tei/c.xml': letter('C', '1903-01-01', 'c')
    })
    expect((await build(dir, '--jobs', '1')).code).toBe(0)
    const page = (id: string): string => readFileSync(join(dir, 'dist', `${id}.html`), 'utf8')
    expect(link(page('a'), 'next')).toBe('b.html')
    expect(link(page('c'), 'prev')).toBe('b.html')
    rmSync(join(dir, 'dist', 'b.html'))
    mkdirSync(join(dir, 'dist', 'b.html', 'inside'), {recursive: true})
    writeFileSync(join(dir, 'tei', 'b.xml'), letter('B', '1902-01-01', 'b, corrected'))
    const failed = await build(dir, '--jobs', '1')
    expect(failed.code).toBe(1)
    expect(failed.out).toMatch(/published 2, failed 1/)
    expect(link(page('a'), 'next')).toBe('c.html')
    expect(link(page('c'), 'prev')).toBe('a.html')
    // Unblocked: b is back between them.
    rmSync(join(dir, 'dist', 'b.html'), {recursive: true})
    expect((await build(dir, '--jobs', '1')).code).toBe(0)
    expect(link(page('a'), 'next')).toBe('b.html')
    expect(link(page('c'), 'prev')).toBe('b.html')
  })

  it('a document the encoder made that fails validation (not published): its neighbours link past it', async () => {
    const {text, edits} = memoSource()
    // A rule the encoder's TEI always breaks stands in for an encoder fault (as in encoder-invalid.test.ts).
    const rule = '<pattern id="stand-in"><rule context="tei:change[@status = \'draft\']"><assert id="stand-in-fault" role="error" test="false()">A stand-in encoder fault.</assert></rule></pattern>'
    const sch = readFileSync(packagePath('schemas', 'teipipe.sch'), 'utf8').replace('</schema>', `${rule}</schema>`)
    const dir = writeProject(join(root, 'check-failed'), {
      'sources/134242.txt': text,
      'sources/134242.edits.json': edits,
      'schemas/teipipe.rng': readFileSync(packagePath('schemas', 'teipipe.rng'), 'utf8'),
      'schemas/teipipe.sch': sch,
      'tei/before.xml': letter('Before', '1960-01-01', 'before'),
      'tei/after.xml': letter('After', '1980-01-01', 'after')
    })
    const result = await build(dir, '--jobs', '1')
    expect(result.code).toBe(1)
    expect(result.out).toMatch(/published 2, failed 1/)
    const page = (id: string): string => readFileSync(join(dir, 'dist', `${id}.html`), 'utf8')
    // Whatever the order, the two published pages link each other, never the memo's missing page.
    const links = ['before', 'after'].flatMap((id) => (['prev', 'next'] as const).map((rel) => link(page(id), rel))).filter((h) => h !== undefined)
    expect(links.sort()).toEqual(['after.html', 'before.html'])
  })
})
