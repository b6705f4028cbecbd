import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {memoryIo} from '../../src/cli/io.js'
import {memoPath} from '../transform/html/helpers.js'
import {packagePath} from '../../src/core/paths.js'

const temp = mkdtempSync(join(tmpdir(), 'teipipe-build-'))
afterAll(() => rmSync(temp, {recursive: true, force: true}))

const letter = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A &amp; B letter</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><bibl><date type="document" when="1901-05-04">4 May 1901</date></bibl></sourceDesc></fileDesc></teiHeader><text><body><p>Dear B, all is well.</p></body></text></TEI>`

describe('teipipe render', () => {
  it('writes the HTML (and text, when available) edition of each file into -o', async () => {
    const dir = join(temp, 'render')
    mkdirSync(dir)
    writeFileSync(join(dir, 'letter.xml'), letter)
    const io = memoryIo(dir)
    const code = await run(['render', 'letter.xml', '--to', 'html', '-o', 'out'], io)
    expect(io.err).toBe('')
    expect(code).toBe(0)
    const html = readFileSync(join(dir, 'out', 'letter.html'), 'utf8')
    expect(html).toContain('<h1>A &amp; B letter</h1>')
    expect(html).toContain('<a href="../letter.xml">TEI XML source</a>')
    expect(existsSync(join(dir, 'out', 'letter.txt'))).toBe(false)
  })

  it('writes both editions by default, the page linking to the text', async () => {
    const dir = join(temp, 'render-both')
    mkdirSync(dir)
    writeFileSync(join(dir, 'letter.xml'), letter)
    expect(await run(['render', 'letter.xml', '-o', 'out'], memoryIo(dir))).toBe(0)
    expect(readFileSync(join(dir, 'out', 'letter.html'), 'utf8')).toContain('<a href="letter.txt">plain-text edition</a>')
    expect(readFileSync(join(dir, 'out', 'letter.txt'), 'utf8')).toContain('Dear B, all is well.')
  })

  it('reports a missing file and a bad --to as errors, with exit codes 1 and 2', async () => {
    const io = memoryIo(temp)
    expect(await run(['render', 'nope.xml', '-o', 'out2'], io)).toBe(1)
    expect(io.err).toMatch(/nope\.xml[\s\S]*does not exist/)
    expect(await run(['render', 'nope.xml', '--to', 'pdf'], memoryIo(temp))).toBe(2)
  })
})

const memo = memoPath()

describe.runIf(memo !== undefined)('teipipe build', () => {
  it('publishes every TEI file with an index, deterministically', async () => {
    const dir = join(temp, 'project')
    mkdirSync(join(dir, 'tei'), {recursive: true})
    copyFileSync(memo ?? '', join(dir, 'tei', '134242.xml'))
    writeFileSync(join(dir, 'tei', 'letter.xml'), letter)
    const io = memoryIo(dir)
    const code = await run(['build'], io)
    expect(code === 0 || code === 1).toBe(true) // 1 when the schema reports problems in a test file
    const dist = join(dir, 'dist')
    const files = readdirSync(dist).filter((f) => f.includes('.')).sort()
    for (const f of ['134242.html', '134242.xml', 'index.html', 'letter.html', 'letter.xml']) expect(files).toContain(f)
    const index = readFileSync(join(dist, 'index.html'), 'utf8')
    expect(index.indexOf('letter.html')).toBeLessThan(index.indexOf('134242.html')) // 1901 before 1969
    expect(index).toContain('<a href="letter.html">A &amp; B letter</a>')
    expect(index).toMatch(/<time datetime="1969-06-09">[^<]+<\/time>/)
    expect(index).toContain('<td>Report</td>')
    expect(readFileSync(join(dist, '134242.html'), 'utf8')).toContain('href="134242.xml"')
    const first = Object.fromEntries(files.map((f) => [f, readFileSync(join(dist, f), 'utf8')]))
    await run(['build'], memoryIo(dir))
    for (const f of files) expect(readFileSync(join(dist, f), 'utf8')).toBe(first[f])
  })
})

describe('teipipe build from sources', () => {
  it('encodes missing or stale sources only, then publishes them', async () => {
    const dir = join(temp, 'from-sources')
    mkdirSync(join(dir, 'sources', 'wilson'), {recursive: true})
    const source = packagePath('sources', 'wilson', '134242.txt')
    copyFileSync(source, join(dir, 'sources', 'wilson', '134242.txt'))
    const edits = packagePath('sources', 'wilson', '134242.edits.json')
    if (existsSync(edits)) copyFileSync(edits, join(dir, 'sources', 'wilson', '134242.edits.json'))
    const first = memoryIo(dir)
    await run(['build'], first)
    expect(first.out).toMatch(/^Encoded 1, unchanged 0, published 1, failed 0 \(1 document\)/m)
    expect(existsSync(join(dir, 'tei', '134242.xml'))).toBe(true)
    expect(readFileSync(join(dir, 'dist', '134242.html'), 'utf8')).toContain('RGANI, fond 5, opis 61, delo 462, listy 79–94')
    const second = memoryIo(dir)
    await run(['build'], second)
    expect(second.out).toMatch(/^Encoded 0, unchanged 1, published 1, failed 0/m)
    writeFileSync(join(dir, 'sources', 'wilson', '134242.txt'), `${readFileSync(source, 'utf8')}\n`)
    const third = memoryIo(dir)
    await run(['build'], third)
    // The encoder makes the same TEI of it, so the editions are not rendered again.
    expect(third.out).toMatch(/^Encoded 1, unchanged 1, published 1, failed 0/m)
  })
})
