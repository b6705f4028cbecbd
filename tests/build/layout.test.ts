/**
 * Where a build reads and writes: never an output folder over its inputs (sources, TEI, cache), never its
 * own outputs read back as inputs (TEI kept at the project root), nothing created where there is nothing to build.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {build, letter, memoSource, readTree, tempRoot, writeProject} from './helpers.js'

const {root, cleanup} = tempRoot('layout')
afterAll(cleanup)

/** An editor's TEI: a stylesheet PI, an internal subset and an entity reference the published copy expands. */
const edited = `<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/css" href="my-editor-view.css"?>
<!DOCTYPE TEI [ <!ENTITY gdr "German Democratic Republic"> ]>
${letter('Letter', '1961-08-13', 'The &gdr; replied.').replace(/^<\?xml[^>]*>\n/, '')}`

describe('teipipe build refuses an output folder over its inputs (exit 2, nothing written)', () => {
  const cases: {name: string; files: Record<string, string>; args: string[]; says: string}[] = [
    {name: 'out-is-tei', files: {'tei/letter.xml': edited}, args: ['-o', 'tei'], says: 'The output folder tei is the TEI folder (tei): its TEI files would be replaced by their published copies'},
    {name: 'out-is-sources', files: {'sources/300638.txt': memoSource().text}, args: ['-o', 'sources'], says: 'The output folder sources is the sources folder (sources): its source texts would be replaced by their text editions'},
    {name: 'out-inside-tei', files: {'tei/letter.xml': edited}, args: ['-o', 'tei/site'], says: 'The output folder tei/site is inside the TEI folder (tei)'},
    {name: 'out-contains-tei', files: {'tei/letter.xml': edited}, args: ['-o', '.'], says: 'The output folder . contains the TEI folder (tei)'},
    {name: 'out-is-cache', files: {'tei/letter.xml': edited}, args: ['-o', '.teipipe-cache'], says: 'The output folder .teipipe-cache is the cache folder (.teipipe-cache)'},
    {name: 'config-tei-and-out-at-root', files: {'letter.xml': edited, 'teipipe.config.json': '{"build": {"tei": ".", "out": "."}}'}, args: [], says: 'The output folder . is the TEI folder (.)'}
  ]
  for (const c of cases) {
    it(`${c.name}: ${c.says.slice(0, 60)}…`, async () => {
      const dir = writeProject(join(root, c.name), c.files)
      const before = readTree(dir)
      const result = await build(dir, '--jobs', '1', ...c.args)
      expect(result.code).toBe(2)
      expect(result.err).toContain(c.says)
      expect(result.err).toMatch(/Nothing was built; choose an output folder apart from \S+ with -o\/--out \(or build\.out in the config\)\.\s+build-output-overlap/)
      expect(readTree(dir)).toEqual(before) // not a byte changed, no folder made (no dist/, no cache)
    })
  }
})

describe('teipipe build never reads its own outputs as inputs', () => {
  it('TEI kept at the project root ("tei": "."): the second and third builds publish the same one document', async () => {
    const dir = writeProject(join(root, 'tei-at-root'), {'letter.xml': letter('Letter', '1961-08-13', 'At the root.'), 'teipipe.config.json': '{"build": {"tei": "."}}'})
    for (let round = 1; round <= 3; round++) {
      const result = await build(dir, '--jobs', '1')
      expect(result.err, `build ${round}`).not.toContain('build-id-clash')
      expect(result.code, `build ${round}`).toBe(0)
      expect(result.out).toMatch(/published 1, failed 0 \(1 document\)/)
    }
    expect(readFileSync(join(dir, 'dist', 'letter.html'), 'utf8')).toContain('At the root.')
  })

  it('TEI at the root with another output folder and an older published site beside it: neither is read', async () => {
    const dir = writeProject(join(root, 'tei-at-root-site'), {'letter.xml': letter('Letter', '1961-08-13', 'At the root.'), 'teipipe.config.json': '{"build": {"tei": ".", "out": "site"}}'})
    expect((await build(dir, '--jobs', '1')).code).toBe(0)
    // The site is moved aside and the build told to write elsewhere: the old site is a published site, skipped.
    writeProject(dir, {'teipipe.config.json': '{"build": {"tei": ".", "out": "public"}}'})
    const second = await build(dir, '--jobs', '1')
    expect(second.err).not.toContain('build-id-clash')
    expect(second.code).toBe(0)
    expect(second.out).toMatch(/published 1, failed 0 \(1 document\)/)
  })
})

describe('teipipe build where there is nothing to build', () => {
  it('no sources/, no tei/, no config: exit 2, the folders it looked for named, nothing created', async () => {
    const dir = writeProject(join(root, 'empty'), {'notes.md': 'not a project\n'})
    const result = await build(dir, '--jobs', '1')
    expect(result.code).toBe(2)
    expect(result.err).toContain('There is nothing to build here: this folder has neither a sources folder (sources/, source texts) nor a TEI folder (tei/, TEI files).')
    expect(result.err).toContain('build-nothing-to-build')
    expect(readdirSync(dir)).toEqual(['notes.md'])
  })

  it('an empty tei/ folder is a project with no documents yet: it builds (exit 0)', async () => {
    const dir = join(root, 'empty-tei')
    writeProject(dir, {'tei/.keep': ''})
    const result = await build(dir, '--jobs', '1')
    expect(result.code).toBe(0)
    expect(existsSync(join(dir, 'dist', 'index.html'))).toBe(true)
  })
})

describe('document names that look alike', () => {
  it('école.xml typed composed (NFC) and decomposed (NFD) is one name: build-id-clash, exit 2', async () => {
    const nfc = 'école'.normalize('NFC')
    const nfd = 'école'.normalize('NFD')
    expect(nfc).not.toBe(nfd)
    const dir = writeProject(join(root, 'nfc-nfd'), {[`tei/${nfc}.xml`]: letter('One', '1901-01-01', 'one'), [`tei/sub/${nfd}.xml`]: letter('Two', '1901-01-02', 'two')})
    const names = readdirSync(join(dir, 'tei', 'sub'))
    // A file system that normalises names (macOS) cannot hold the two apart: nothing to test there.
    if (names[0] === nfc) return
    const result = await build(dir, '--jobs', '1')
    expect(result.code).toBe(2)
    expect(result.err).toContain('build-id-clash')
    expect(existsSync(join(dir, 'dist'))).toBe(false)
  })

  it('Straße.xml and STRASSE.xml (case folding, not just lower case) clash', async () => {
    const dir = writeProject(join(root, 'fold'), {'tei/Straße.xml': letter('One', '1901-01-01', 'one'), 'tei/sub/STRASSE.xml': letter('Two', '1901-01-02', 'two')})
    const result = await build(dir, '--jobs', '1')
    expect(result.code).toBe(2)
    expect(result.err).toMatch(/tei\/Straße\.xml, tei\/sub\/STRASSE\.xml|tei\/sub\/STRASSE\.xml, tei\/Straße\.xml/)
  })
})

describe('one message each', () => {
  it('an external entity is reported once by a build (the check and the render both see it), at its line and column', async () => {
    const doc = letter('Entities', '1901-01-01', 'A &chap; B').replace('<TEI ', '<!DOCTYPE TEI [ <!ENTITY chap SYSTEM "chapter.xml"> ]>\n<TEI ')
    const dir = writeProject(join(root, 'entity-once'), {'tei/ext.xml': doc})
    const result = await build(dir, '--jobs', '1', '--format', 'json')
    const report = JSON.parse(result.out) as {files: {path: string; messages: {ruleId: string; line?: number; place?: {start: {line: number}}}[]}[]}
    const found = report.files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'external-entity-ignored')
    expect(found).toHaveLength(1)
    expect(found[0]?.place?.start.line ?? found[0]?.line).toBe(3)
  })
})
