/** Outputs are unambiguous, one bad document never stops the others, and every build reports the truth. */
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {build, letter, reportOf, tempRoot, writeProject} from './helpers.js'

const {root, cleanup} = tempRoot('outputs')
afterAll(cleanup)

describe('teipipe build stops before writing anything when document names clash', () => {
  it('two sources with the same name in different folders: exit 2, both files named, nothing written', async () => {
    const dir = writeProject(join(root, 'clash-sources'), {'sources/a/x.txt': 'One text.\n', 'sources/b/x.txt': 'Another text.\n'})
    const result = await build(dir, '--jobs', '1')
    expect(result.code).toBe(2)
    expect(result.err).toContain('These files would all be published as the document "x" and overwrite each other: sources/a/x.txt, sources/b/x.txt')
    expect(result.err).toContain('build-id-clash')
    expect(existsSync(join(dir, 'dist'))).toBe(false)
    expect(existsSync(join(dir, 'tei'))).toBe(false)
  })

  it('tei/x.xml and tei/sub/X.xml (names differ only in case): exit 2', async () => {
    const dir = writeProject(join(root, 'clash-tei'), {'tei/x.xml': letter('One', '1901-01-01', 'one'), 'tei/sub/X.xml': letter('Two', '1901-01-02', 'two')})
    const result = await build(dir, '--jobs', '1', '--format', 'json')
    expect(result.code).toBe(2)
    const report = JSON.parse(result.out) as {files: {path: string; messages: {ruleId: string; reason: string}[]}[]}
    const message = report.files.flatMap((f) => f.messages).find((m) => m.ruleId === 'build-id-clash')
    expect(message?.reason).toContain('tei/sub/X.xml, tei/x.xml')
    expect(existsSync(join(dir, 'dist'))).toBe(false)
  })

  it('a document named index would overwrite the site\'s index page: exit 2', async () => {
    const dir = writeProject(join(root, 'reserved'), {'tei/index.xml': letter('Index', '1901-01-01', 'i'), 'tei/fine.xml': letter('Fine', '1901-01-01', 'f')})
    const result = await build(dir, '--jobs', '1')
    expect(result.code).toBe(2)
    expect(result.err).toMatch(/The document name "index" is used by the site itself[\s\S]*build-reserved-id/)
    expect(existsSync(join(dir, 'dist'))).toBe(false)
  })
})

describe('teipipe build publishes the other documents when one fails', () => {
  it('an output that cannot be written fails that document with its path and reason (exit 1); the rest are published', async () => {
    const dir = writeProject(join(root, 'unwritable'), {'tei/good.xml': letter('Good letter', '1901-01-01', 'Fine.'), 'tei/blocked.xml': letter('Blocked letter', '1901-02-01', 'Blocked.')})
    // A folder where the page should go (permissions would not stop root, a folder does).
    mkdirSync(join(dir, 'dist', 'blocked.html', 'inside'), {recursive: true})
    const result = await build(dir, '--jobs', '1')
    expect(result.code).toBe(1)
    expect(result.err).toMatch(/The output dist\/blocked\.html could not be written: a folder of that name is in the way\. This document is not published; the others are\.\s+build-write-failed/)
    expect(result.err).not.toContain('internal error')
    expect(result.out).toMatch(/published 1, failed 1 \(2 documents\)/)
    expect(readFileSync(join(dir, 'dist', 'good.html'), 'utf8')).toContain('Good letter')
    expect(existsSync(join(dir, 'dist', 'blocked.txt'))).toBe(false) // no partial document
    const index = readFileSync(join(dir, 'dist', 'index.html'), 'utf8')
    expect(index).toContain('good.html')
    expect(index).toMatch(/id="failed-blocked"[\s\S]*?class="reason">dist\/blocked\.html could not be written: a folder of that name is in the way</)
  })

  it('an output that cannot be written on a later build: none of that document\'s editions stay (no old .xml or .txt), the index does not link it', async () => {
    const dir = writeProject(join(root, 'unwritable-later'), {'tei/good.xml': letter('Good letter', '1901-01-01', 'Fine.'), 'tei/blocked.xml': letter('Blocked letter', '1901-02-01', 'Blocked.')})
    expect((await build(dir, '--jobs', '1')).code).toBe(0)
    for (const name of ['blocked.html', 'blocked.txt', 'blocked.xml']) expect(existsSync(join(dir, 'dist', name))).toBe(true)
    writeFileSync(join(dir, 'tei', 'blocked.xml'), letter('Blocked letter', '1901-02-01', 'Blocked, corrected.'))
    rmSync(join(dir, 'dist', 'blocked.html'))
    mkdirSync(join(dir, 'dist', 'blocked.html', 'inside'), {recursive: true})
    const result = await build(dir, '--jobs', '1')
    expect(result.code).toBe(1)
    expect(result.err).toContain('The output dist/blocked.html could not be written: a folder of that name is in the way.')
    expect(existsSync(join(dir, 'dist', 'blocked.txt'))).toBe(false)
    expect(existsSync(join(dir, 'dist', 'blocked.xml'))).toBe(false)
    expect(existsSync(join(dir, 'dist', 'blocked.html', 'inside'))).toBe(true) // the folder in the way is not ours
    const index = readFileSync(join(dir, 'dist', 'index.html'), 'utf8')
    expect(index).not.toMatch(/href="blocked\.(html|xml|txt)"/)
    expect(index).toMatch(/id="failed-blocked"/)
  })

  it('a document that is not well-formed is listed as failed with the reason, every build, and the others are published', async () => {
    const dir = writeProject(join(root, 'broken'), {'tei/good.xml': letter('Good letter', '1901-01-01', 'Fine.'), 'tei/broken.xml': '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>\n'})
    const first = await build(dir, '--jobs', '1')
    expect(first.code).toBe(1)
    expect(first.err).toMatch(/tei\/broken\.xml[\s\S]*error[\s\S]*not-well-formed/)
    expect(first.out).toMatch(/published 1, failed 1 \(2 documents\)/)
    expect(existsSync(join(dir, 'dist', 'good.html'))).toBe(true)
    expect(existsSync(join(dir, 'dist', 'broken.html'))).toBe(false)
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toMatch(/id="failed-broken"[\s\S]*?class="reason">[^<]*not well-formed/)
    // Nothing changed: the same messages and exit code, from the cache.
    const second = await build(dir, '--jobs', '1')
    expect(second.code).toBe(1)
    expect(reportOf(second.err)).toBe(reportOf(first.err))
    expect(second.out).toMatch(/unchanged 1, published 1, failed 1/)
  })

  it('removes the editions of a document that starts failing, and of a document that is removed', async () => {
    const dir = writeProject(join(root, 'stale'), {'tei/a.xml': letter('A', '1901-01-01', 'a'), 'tei/b.xml': letter('Bravo letter', '1901-01-02', 'Written by <persName>Zebediah Quux</persName> in <placeName>Xanadu</placeName>.')})
    expect((await build(dir, '--jobs', '1')).code).toBe(0)
    writeFileSync(join(dir, 'tei', 'a.xml'), '<TEI')
    await build(dir, '--jobs', '1')
    expect(existsSync(join(dir, 'dist', 'a.html'))).toBe(false)
    writeFileSync(join(dir, 'tei', 'a.xml'), letter('A', '1901-01-01', 'a'))
    await build(dir, '--jobs', '1')
    expect(existsSync(join(dir, 'dist', 'a.html'))).toBe(true)
    // Before the removal: b is published and listed everywhere (so the checks below can fail).
    const site = (path: string): string => readFileSync(join(dir, 'dist', path), 'utf8')
    const listed = ['index.html', 'corpus/persons.html', 'corpus/places.html', 'corpus/search-index.js']
    for (const page of listed) expect(site(page)).toMatch(/b\.html|Zebediah|Xanadu/)
    expect(existsSync(join(dir, 'dist', 'corpus', 'text', 'b.js'))).toBe(true)
    const {rmSync} = await import('node:fs')
    rmSync(join(dir, 'tei', 'b.xml'))
    const result = await build(dir, '--jobs', '1')
    expect(result.out).toMatch(/\(1 document\)/)
    for (const name of ['b.html', 'b.txt', 'b.xml', 'corpus/text/b.js']) expect(existsSync(join(dir, 'dist', name)), name).toBe(false)
    for (const page of listed) {
      expect(site(page), page).not.toMatch(/b\.html|Bravo letter|Zebediah|Xanadu/)
    }
    expect(site('index.html')).toContain('a.html')
  })
})

describe('teipipe build reports', () => {
  it('re-reports an unchanged document\'s warnings without validating again; machine formats print only the report', async () => {
    // An element the text edition has no template for in a paragraph: a message from rendering.
    const dir = writeProject(join(root, 'report'), {'tei/w.xml': letter('W', '1901-01-01', 'See <desc>there</desc>.')})
    const first = await build(dir, '--jobs', '1', '--format', 'json')
    const second = await build(dir, '--jobs', '1', '--format', 'json')
    expect(first.out).toContain('unhandled-element')
    expect(second.out).toBe(first.out)
    expect(second.err).toBe('')
    const human = await build(dir, '--jobs', '1')
    expect(human.err).toContain('unhandled-element')
    expect(human.out).toMatch(/^Encoded 0, unchanged 1, published 1, failed 0 \(1 document\) → dist\/$/m)
    const quiet = await build(dir, '--jobs', '1', '--quiet')
    expect(quiet.out).toBe('')
    expect(quiet.err).toBe('')
    const warned = writeProject(join(root, 'report-warning'), {'tei/v.xml': letter('V', '1901-01-01', 'See <ref target="#nowhere">there</ref>.')})
    expect((await build(warned, '--jobs', '1', '--quiet')).err).toMatch(/pointer-resolves/)
    const sarif = await build(dir, '--jobs', '1', '--format', 'sarif')
    expect(JSON.parse(sarif.out).runs[0].results.length).toBeGreaterThan(0)
  })

  it('takes its options from the config file, the command line winning', async () => {
    const dir = writeProject(join(root, 'config'), {'tei/c.xml': letter('C', '1901-01-01', 'c'), 'teipipe.config.json': JSON.stringify({build: {out: 'site', jobs: 1, format: 'json'}})})
    const fromConfig = await build(dir)
    // format: json from the config: the json reporter's versioned shape, naming the document.
    const report = JSON.parse(fromConfig.out) as {schemaVersion: number; files: {path: string}[]}
    expect(report.schemaVersion).toBe(1)
    expect(report.files.map((f) => f.path)).toContain('tei/c.xml')
    expect(existsSync(join(dir, 'site', 'c.html'))).toBe(true)
    const overridden = await build(dir, '--format', 'human', '-o', 'public')
    expect(overridden.out).toMatch(/→ public\//)
    expect(existsSync(join(dir, 'public', 'index.html'))).toBe(true)
  })

  it('an output folder that is a file, or lies under a file, is refused before any work (exit 2, a plain sentence)', async () => {
    const dir = writeProject(join(root, 'out-file'), {'tei/o.xml': letter('O', '1901-01-01', 'o'), 'afile': 'not a folder'})
    for (const [out, words] of [['afile', 'the output folder afile is a file, not a folder'], ['afile/site', 'the output folder afile/site cannot be made: afile is a file']] as const) {
      const result = await build(dir, '--jobs', '1', '-o', join(dir, out))
      expect(result.code).toBe(2)
      expect(result.err).toContain(words)
      expect(result.err).not.toContain('internal error')
    }
    expect(existsSync(join(dir, 'dist'))).toBe(false)
  })

  it('links to a document\'s own TEI and text are URLs: a name with a space, # or ? is escaped', async () => {
    const dir = writeProject(join(root, 'odd-name'), {'tei/my doc #1?.xml': letter('Odd name', '1901-01-01', 'Odd.')})
    expect((await build(dir, '--jobs', '1')).code).toBe(0)
    const page = readFileSync(join(dir, 'dist', 'my doc #1?.html'), 'utf8')
    expect(page).toContain('href="my%20doc%20%231%3F.xml"')
    expect(page).toContain('href="my%20doc%20%231%3F.txt"')
    expect(page).not.toContain('href="my doc #1?.')
  })

  it('refuses bad option values with exit 2', async () => {
    const dir = writeProject(join(root, 'usage'), {'tei/u.xml': letter('U', '1901-01-01', 'u')})
    expect((await build(dir, '--shard', '3/2')).code).toBe(2)
    expect((await build(dir, '--jobs', '0')).code).toBe(2)
    expect((await build(dir, '--format', 'xml')).code).toBe(2)
    const reencode = await build(dir, '--jobs', '1', '--reencode', 'nothing')
    expect(reencode.code).toBe(2)
    expect(reencode.err).toContain('--reencode nothing: there is no source text')
    expect(existsSync(join(dir, 'dist'))).toBe(false)
  })
})
