/**
 * `teipipe init`: one fixture folder per case (tests/fixtures/init/<case>/: `project/` as found, `case.json`
 * with the arguments, the exit code, lines of the report, and which files must be teipipe's copies, unchanged
 * or absent afterwards). Then: the lines init prints are the ones `teipipe encode` writes, and they resolve
 * to the project's copies from tei/ and from the published dist/ copy.
 */
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {memoryIo} from '../../src/cli/io.js'
import {packagePath} from '../../src/core/paths.js'
import {TeiFile} from '../../src/core/file.js'
import {encodeFile} from '../../src/encode/index.js'
import {publishableTei} from '../../src/transform/tei-copy.js'
import {parseXml} from '../../src/parse/parse-xml.js'
import {associate} from '../../src/validate/associate.js'
import {loadConfig} from '../../src/config/index.js'
import {xmlModelLines} from '../../src/validate/xml-model.js'

interface Case {
  about: string
  args: string[]
  exit: 0 | 2
  report?: string[]
  stderr?: string[]
  copies?: string[]
  unchanged?: string[]
  absent?: string[]
  setup?: string[]
  files?: Record<string, string>
}

const fixtures = packagePath('tests', 'fixtures', 'init')
const scratch = mkdtempSync(join(tmpdir(), 'teipipe-init-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))
const own = (name: string) => readFileSync(packagePath('schemas', name.replace(/^.*\//, '')), 'utf8')

describe('teipipe init (fixture folders)', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(name, async () => {
      const spec = JSON.parse(readFileSync(join(fixtures, name, 'case.json'), 'utf8')) as Case
      const project = join(scratch, name)
      cpSync(join(fixtures, name, 'project'), project, {recursive: true})
      for (const path of spec.setup ?? []) {
        mkdirSync(dirname(join(project, path)), {recursive: true})
        writeFileSync(join(project, path), own(path))
      }
      const before = new Map((spec.unchanged ?? []).map((p) => [p, readFileSync(join(project, p), 'utf8')]))
      const io = memoryIo(project)
      const code = await run(['init', ...spec.args], io)
      expect({code, err: io.err}).toMatchObject({code: spec.exit})
      for (const line of spec.report ?? []) expect(io.out).toContain(line)
      for (const text of spec.stderr ?? []) expect(io.err).toContain(text)
      expect(io.err).not.toMatch(/\n\s+at /)
      for (const path of spec.copies ?? []) expect(readFileSync(join(project, path), 'utf8') === own(path), `${path} is teipipe's copy`).toBe(true)
      for (const [path, text] of before) expect(readFileSync(join(project, path), 'utf8')).toBe(text)
      for (const path of spec.absent ?? []) expect(existsSync(join(project, path)), `${path} absent`).toBe(false)
      for (const [path, expected] of Object.entries(spec.files ?? {})) expect(readFileSync(join(project, path), 'utf8')).toBe(readFileSync(join(fixtures, name, expected), 'utf8'))
      if (spec.exit === 0) {
        // Run twice: the second run finds everything up to date and changes nothing.
        const again = memoryIo(project)
        expect(await run(['init', ...spec.args.filter((a) => a !== '--force')], again)).toBe(0)
        expect(again.out).not.toMatch(/^(wrote|updated|replaced) /m)
      }
    })
  }
})

describe('init and the TEI teipipe writes agree', () => {
  it('the starter config is a valid config', async () => {
    const project = join(scratch, 'starter')
    mkdirSync(project)
    expect(await run(['init', '--with-config'], memoryIo(project))).toBe(0)
    expect(loadConfig({cwd: project}).messages).toEqual([])
  })

  it('prints the <?xml-model?> lines teipipe encode writes', async () => {
    const project = join(scratch, 'lines')
    mkdirSync(project)
    const io = memoryIo(project)
    expect(await run(['init'], io)).toBe(0)
    const file = new TeiFile('letter.txt', 'Dear friend,\nthe parcel arrived.\n')
    encodeFile(file)
    const prolog = (file.tei ?? '').split('\n').filter((l) => l.startsWith('<?xml-model'))
    expect(prolog).toHaveLength(2)
    expect(prolog).toEqual(xmlModelLines(join(project, 'tei'), join(project, 'schemas')))
    for (const line of prolog) expect(io.out).toContain(line)
  })

  it("teipipe encode names the project's schemas/ relative to its output folder (-o), as init prints them; ../schemas/ without that folder", async () => {
    const project = join(scratch, 'encode-out')
    mkdirSync(join(project, 'sources'), {recursive: true})
    writeFileSync(join(project, 'sources', 'letter.txt'), 'Dear friend,\nthe parcel arrived.\n')
    const encodeTo = async (out: string): Promise<string[]> => {
      expect(await run(['encode', 'sources/letter.txt', '-o', out, '--force'], memoryIo(project))).toBeLessThan(2)
      return readFileSync(join(project, out, 'letter.xml'), 'utf8').split('\n').filter((l) => l.startsWith('<?xml-model'))
    }
    // No schemas/ folder yet: the encoder's own lines, whatever -o.
    expect(await encodeTo('out/deep')).toEqual(xmlModelLines('tei', 'schemas'))
    for (const out of ['tei', 'out/deep', 'xml letters']) {
      const io = memoryIo(project)
      expect(await run(['init', '--tei', out], io)).toBe(0)
      const lines = await encodeTo(out)
      expect(lines).toEqual(xmlModelLines(join(project, out), join(project, 'schemas')))
      for (const line of lines) expect(io.out, out).toContain(line)
      expect(io.out).not.toContain('teipipe encode names')
      // …and they resolve to the project's copies.
      const path = join(project, out, 'letter.xml')
      const tree = parseXml(readFileSync(path, 'utf8'), path).tree
      if (!tree) throw new Error('not parsed')
      const found = await associate(tree, path, 'letter.xml', {}, {})
      expect([found.grammar, found.schematron]).toEqual([join(project, 'schemas', 'teipipe.rng'), [join(project, 'schemas', 'teipipe.sch')]])
    }
    expect(await encodeTo('out/deep')).toEqual([expect.stringContaining('href="../../schemas/teipipe.rng"'), expect.stringContaining('href="../../schemas/teipipe.sch"')])
  }, 60_000)

  it("the PIs resolve to the project's copies from tei/ and from the published copy in dist/", async () => {
    const project = join(scratch, 'resolve')
    mkdirSync(project)
    expect(await run(['init'], memoryIo(project))).toBe(0)
    const file = new TeiFile('letter.txt', 'Dear friend,\nthe parcel arrived.\n')
    encodeFile(file)
    const published = publishableTei(file.tei ?? '').text ?? ''
    for (const [folder, text] of [['tei', file.tei ?? ''], ['dist', published]] as const) {
      const path = join(project, folder, 'letter.xml')
      mkdirSync(dirname(path), {recursive: true})
      writeFileSync(path, text)
      const tree = parseXml(text, path).tree
      if (!tree) throw new Error('not parsed')
      const found = await associate(tree, path, `${folder}/letter.xml`, {}, {})
      expect([found.grammar, found.schematron, found.messages]).toEqual([join(project, 'schemas', 'teipipe.rng'), [join(project, 'schemas', 'teipipe.sch')], []])
    }
  })
})
