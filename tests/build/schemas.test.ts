/** The build validates each TEI file against the schema its own <?xml-model?> names, teipipe's when it names none. */
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {memoryIo} from '../../src/cli/io.js'
import {run} from '../../src/cli/run.js'
import {parseXml} from '../../src/parse/parse-xml.js'
import {associate} from '../../src/validate/associate.js'
import {ENCODER_XML_MODEL_LINES, xmlModelLines} from '../../src/validate/xml-model.js'
import {build, letter, memoSource, tempRoot, writeProject} from './helpers.js'

const {root, cleanup} = tempRoot('schemas')
afterAll(cleanup)

/** A project's own RELAX NG: a TEI root that must carry @n (or may, with `optional`), anything inside. */
function letterRng(optional = false): string {
  const n = optional ? '<optional><attribute name="n"/></optional>' : '<attribute name="n"/>'
  return `<grammar xmlns="http://relaxng.org/ns/structure/1.0">
  <start><element name="TEI" ns="http://www.tei-c.org/ns/1.0">${n}<ref name="any"/></element></start>
  <define name="any"><zeroOrMore><choice><attribute><anyName><except><name>n</name></except></anyName></attribute><text/><element><anyName/><ref name="any"/></element></choice></zeroOrMore></define>
</grammar>
`
}

/** A letter naming `href` in an <?xml-model?>, with an element teipipe's schema does not allow, and @n on its root when `n`. */
function ownLetter(href: string, n: boolean): string {
  return letter('Own', '1901-01-01', 'Text <unknownThing>x</unknownThing>.')
    .replace('?>\n', `?>\n<?xml-model href="${href}" schematypens="http://relaxng.org/ns/structure/1.0"?>\n`)
    .replace('<TEI ', n ? '<TEI n="1" ' : '<TEI ')
}

interface JsonReport {
  files: {path: string; messages: {ruleId: string; severity: string; reason: string}[]}[]
}

function errorsOf(out: string, path: string): {ruleId: string; reason: string}[] {
  const report = JSON.parse(out) as JsonReport
  return (report.files.find((f) => f.path === path)?.messages ?? []).filter((m) => m.severity === 'error')
}

describe('teipipe build validates against each file\'s own schema', () => {
  it('uses the RELAX NG a file\'s <?xml-model?> names, teipipe\'s for a file naming none, and checks again when that schema changes', async () => {
    const dir = writeProject(join(root, 'own'), {
      'schemas/letter.rng': letterRng(),
      'tei/own-ok.xml': ownLetter('../schemas/letter.rng', true),
      'tei/own-bad.xml': ownLetter('../schemas/letter.rng', false),
      // The same unknown element, no <?xml-model?>: teipipe's schema applies and refuses it.
      'tei/plain.xml': letter('Plain', '1901-01-02', 'Text <unknownThing>x</unknownThing>.')
    })
    const first = await build(dir, '--jobs', '1', '--format', 'json')
    expect(first.code).toBe(1)
    expect(errorsOf(first.out, 'tei/own-ok.xml')).toEqual([])
    const bad = errorsOf(first.out, 'tei/own-bad.xml')
    expect(bad.length).toBeGreaterThan(0)
    expect(bad.map((m) => m.reason).join(' ')).toMatch(/\bn\b/)
    expect(bad.map((m) => m.reason).join(' ')).not.toMatch(/unknownThing/)
    expect(errorsOf(first.out, 'tei/plain.xml').map((m) => m.reason).join(' ')).toMatch(/unknownThing/)
    // Nothing changed: the same report from the cache.
    const again = await build(dir, '--jobs', '1', '--format', 'json')
    expect(again.out).toBe(first.out)
    // The project's schema changes (@n optional): the files naming it are checked again.
    writeFileSync(join(dir, 'schemas', 'letter.rng'), letterRng(true))
    const changed = await build(dir, '--jobs', '1', '--format', 'json')
    expect(errorsOf(changed.out, 'tei/own-bad.xml')).toEqual([])
    expect(errorsOf(changed.out, 'tei/plain.xml').length).toBeGreaterThan(0)
  })

  it('resolves a schema address through the config\'s schemaMap, never the network; an unknown address is an error that is checked again', async () => {
    const url = 'https://example.org/schemas/letter.rng'
    const dir = writeProject(join(root, 'mapped'), {
      'local/letter.rng': letterRng(),
      'tei/mapped.xml': ownLetter(url, false),
      'tei/unmapped.xml': ownLetter('https://example.org/elsewhere.rng', true),
      'teipipe.config.json': JSON.stringify({validate: {schemaMap: {[url]: 'local/letter.rng'}}})
    })
    const first = await build(dir, '--jobs', '1', '--format', 'json')
    expect(errorsOf(first.out, 'tei/mapped.xml').map((m) => m.reason).join(' ')).toMatch(/\bn\b/)
    expect(errorsOf(first.out, 'tei/unmapped.xml').map((m) => m.ruleId)).toContain('schema-not-found')
    // The missing schema is mapped now: the file is checked against it (its result was not cached as final).
    writeFileSync(join(dir, 'teipipe.config.json'), JSON.stringify({validate: {schemaMap: {[url]: 'local/letter.rng', 'https://example.org/elsewhere.rng': 'local/letter.rng'}}}))
    const second = await build(dir, '--jobs', '1', '--format', 'json')
    expect(errorsOf(second.out, 'tei/unmapped.xml')).toEqual([])
  })
})

describe("the build's encoding names the project's schemas as teipipe encode does", () => {
  /** The `<?xml-model?>` lines at the top of a TEI file. */
  const modelLines = (path: string): string[] => readFileSync(path, 'utf8').split('\n').filter((l) => l.startsWith('<?xml-model'))

  it("writes <?xml-model?> hrefs relative to the TEI folder, to the project's schemas/ (../../schemas/ from data/tei/), the same TEI as teipipe encode -o data/tei", async () => {
    const {text, edits} = memoSource()
    const dir = writeProject(join(root, 'deep-tei'), {'sources/134242.txt': text, 'sources/134242.edits.json': edits, 'teipipe.config.json': '{"build": {"tei": "data/tei"}}\n'})
    expect(await run(['init', '--tei', 'data/tei'], memoryIo(dir))).toBe(0)
    const built = await build(dir, '--jobs', '1')
    expect(built.code).toBe(0)
    const teiPath = join(dir, 'data', 'tei', '134242.xml')
    const lines = modelLines(teiPath)
    expect(lines).toEqual([expect.stringContaining('href="../../schemas/teipipe.rng"'), expect.stringContaining('href="../../schemas/teipipe.sch"')])
    expect(lines).toEqual(xmlModelLines(join(dir, 'data', 'tei'), join(dir, 'schemas')))
    // They resolve to the project's copies, not to teipipe's own by the fallback for a missing ../schemas/.
    const tree = parseXml(readFileSync(teiPath, 'utf8'), teiPath).tree
    if (!tree) throw new Error('the TEI does not parse')
    const found = await associate(tree, teiPath, 'data/tei/134242.xml', {}, {})
    expect([found.grammar, found.schematron]).toEqual([join(dir, 'schemas', 'teipipe.rng'), [join(dir, 'schemas', 'teipipe.sch')]])
    // teipipe encode writes exactly the same file.
    const built1 = readFileSync(teiPath, 'utf8')
    expect(await run(['encode', 'sources/134242.txt', '-o', 'data/tei', '--force'], memoryIo(dir))).toBe(0)
    expect(readFileSync(teiPath, 'utf8')).toBe(built1)
  }, 60_000)

  it("keeps the encoder's ../schemas/ lines in a project without a schemas/ folder", async () => {
    const {text, edits} = memoSource()
    const dir = writeProject(join(root, 'no-schemas'), {'sources/134242.txt': text, 'sources/134242.edits.json': edits})
    expect((await build(dir, '--jobs', '1')).code).toBe(0)
    expect(modelLines(join(dir, 'tei', '134242.xml'))).toEqual([...ENCODER_XML_MODEL_LINES])
  }, 60_000)
})
