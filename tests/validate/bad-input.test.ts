/** Bad input (issue 3 §4): each gets a clear message and the right exit code; one bad file never stops the others. */
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {memoryIo} from '../../src/cli/io.js'
import {tempRoot, writeProject} from '../build/helpers.js'

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'validate')
const schema = join(fixtures, 'mini-tei.rng')
const rules = join(fixtures, 'mini-rules.sch')
const valid = readFileSync(join(fixtures, 'valid.xml'), 'utf8')
let dir = ''

/** A TEI document (mini schema) whose body is `body`, after an optional DOCTYPE. */
function tei(body: string, doctype = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${doctype}<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>\n<text><body>\n${body}\n</body></text>\n</TEI>\n`
}

async function validate(args: string[]): Promise<{code: number; out: string; err: string}> {
  const io = memoryIo(dir)
  const code = await run(['validate', '--schema', schema, ...args], io)
  return {code, out: io.out, err: io.err}
}

function json(out: string): {files: {path: string; messages: {ruleId: string; severity: string; line?: number; column?: number; reason: string}[]}[]} {
  return JSON.parse(out)
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'teipipe-bad-input-'))
})

describe('bad input', () => {
  it('malformed XML: exact place, and the other files of the run are still validated', async () => {
    writeFileSync(join(dir, 'broken.xml'), tei('<p>one <hi>two</p>'))
    writeFileSync(join(dir, 'good.xml'), valid)
    writeFileSync(join(dir, 'wrong.xml'), tei('<p>x</p><foo/>'))
    const r = await validate(['--format', 'json', 'broken.xml', 'good.xml', 'wrong.xml'])
    expect(r.code).toBe(1)
    const [broken, good, wrong] = json(r.out).files
    expect(broken?.messages).toMatchObject([{ruleId: 'not-well-formed', line: 5, column: 15}])
    expect(broken?.messages[0]?.reason).toContain('</p> does not match the open element <hi> (line 5, column 8)')
    expect(good?.messages).toEqual([])
    expect(wrong?.messages).toMatchObject([{ruleId: 'element-unknown', line: 5, column: 9}])
  })

  it('a non-TEI root is refused with not-tei', async () => {
    writeFileSync(join(dir, 'html.xml'), '<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>\n')
    const r = await validate(['--format', 'json', 'html.xml'])
    expect(r.code).toBe(1)
    expect(json(r.out).files[0]?.messages).toMatchObject([{ruleId: 'not-tei', line: 1, column: 1}])
  })

  it('a missing schema exits 2', async () => {
    writeFileSync(join(dir, 'good.xml'), valid)
    const io = memoryIo(dir)
    expect(await run(['validate', '--schema', 'nowhere.rng', 'good.xml'], io)).toBe(2)
    expect(io.err).toBe('teipipe: The schema nowhere.rng does not exist.\n')
  })

  it('an unreadable schema exits 2', async () => {
    mkdirSync(join(dir, 'folder.rng'), {recursive: true})
    const io = memoryIo(dir)
    expect(await run(['validate', '--schema', 'folder.rng', 'good.xml'], io)).toBe(2)
    expect(io.err).toMatch(/^teipipe: The schema folder\.rng cannot be read: it is a folder, not a file\.\n$/)
  })

  it('a broken schema (not well-formed, or not RELAX NG) exits 2 with the reason', async () => {
    writeFileSync(join(dir, 'nwf.rng'), '<element name="TEI"')
    writeFileSync(join(dir, 'bad.rng'), '<element name="TEI" xmlns="http://relaxng.org/ns/structure/1.0"><foo/></element>')
    for (const [file, detail] of [['nwf.rng', 'not well-formed'], ['bad.rng', '<foo> is not a RELAX NG pattern']] as const) {
      const io = memoryIo(dir)
      expect(await run(['validate', '--schema', file, 'good.xml'], io)).toBe(2)
      // Said once, in the report (not again on stderr, not once per file).
      expect(io.out).toContain(`could not be used: `)
      expect(io.out).toContain(detail)
      expect(io.out).toContain('schema-error')
      expect(io.err).not.toContain('could not be used')
    }
  })

  it('a broken Schematron file exits 2', async () => {
    writeFileSync(join(dir, 'bad.sch'), '<schema xmlns="http://purl.oclc.org/dsdl/schematron"><pattern><rule context="tei:p"><assert test="(">x</assert></rule></pattern></schema>')
    const r = await validate(['--schematron', 'bad.sch', 'good.xml'])
    expect(r.code).toBe(2)
    expect(r.out).toMatch(/The Schematron rules .*bad\.sch could not be used/)
  })

  it('a DOCTYPE with internal entities: expanded, and columns stay those of the file as written', async () => {
    const doctype = '<!DOCTYPE TEI [\n  <!ENTITY who "Kim Il Sung">\n  <!ENTITY greeting "Dear &who;">\n]>\n'
    writeFileSync(join(dir, 'entities.xml'), tei('<p>&greeting; and &who;</p><p>&who; <foo/></p>', doctype))
    const r = await validate(['--format', 'json', '--schematron', rules, 'entities.xml'])
    const messages = json(r.out).files[0]?.messages ?? []
    // Only the stray <foo/>, at its column in the original line `<p>&greeting; and &who;</p><p>&who; <foo/></p>` (col 37).
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['element-unknown', 9, 37]])
    expect(r.code).toBe(1)
  })

  it('billion laughs is refused quickly with entity-limit-exceeded', async () => {
    const levels = ['<!ENTITY lol "lol">']
    for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`)
    writeFileSync(join(dir, 'laughs.xml'), tei('<p>&lol9;</p>', `<!DOCTYPE TEI [\n${levels.join('\n')}\n]>\n`))
    const started = Date.now()
    const r = await validate(['--format', 'json', 'laughs.xml', 'good.xml'])
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(r.code).toBe(1)
    const [good, laughs] = json(r.out).files // sorted by path
    expect(laughs?.messages).toMatchObject([{ruleId: 'entity-limit-exceeded', severity: 'error', line: 17, column: 4}])
    expect(laughs?.messages[0]?.reason).toContain('billion laughs')
    expect(good?.messages).toEqual([])
  })

  it('an external entity is never loaded: its secret appears in no output format', async () => {
    const secret = `SECRET-${process.pid}-${Date.now()}`
    writeFileSync(join(dir, 'secret.txt'), secret)
    const doctype = `<!DOCTYPE TEI [\n<!ENTITY leak SYSTEM "file://${join(dir, 'secret.txt')}">\n<!ENTITY leak2 SYSTEM "secret.txt">\n]>\n`
    writeFileSync(join(dir, 'xxe.xml'), tei('<p>&leak; &leak2;</p><p><persName>&leak;</persName></p>', doctype))
    for (const format of ['human', 'json', 'junit', 'github', 'sarif']) {
      const r = await validate(['--format', format, '--schematron', rules, 'xxe.xml'])
      expect(r.out + r.err).not.toContain(secret)
      expect(r.out).toContain(format === 'github' || format === 'sarif' || format === 'json' || format === 'human' ? 'external-entity-ignored' : 'leak')
      expect(r.code).toBe(0) // warnings only
    }
    const r = await validate(['--format', 'json', '--schematron', rules, 'xxe.xml'])
    const ids = json(r.out).files[0]?.messages.map((m) => m.ruleId)
    // The name in <persName> is empty: the entity was left out, not read (the rule quotes the name).
    expect(ids).toEqual(['external-entity-ignored', 'external-entity-ignored', 'name-has-ref'])
    expect(json(r.out).files[0]?.messages[2]?.reason).toBe('The name "" has no @ref.')
  })

  it('an external DTD is not loaded (a warning); --max-warnings 0 makes that exit 1', async () => {
    writeFileSync(join(dir, 'dtd.xml'), tei('<p>x</p>', `<!DOCTYPE TEI SYSTEM "${join(dir, 'missing.dtd')}">\n`))
    const r = await validate(['--format', 'json', 'dtd.xml'])
    expect(r.code).toBe(0)
    expect(json(r.out).files[0]?.messages).toMatchObject([{ruleId: 'external-dtd-ignored', severity: 'warning', line: 2, column: 1}])
    // Failing on warnings says why, even with --quiet (whose report shows no warning and "0 errors").
    for (const quiet of [[], ['--quiet']]) {
      const over = await validate(['--max-warnings', '0', ...quiet, 'dtd.xml'])
      expect(over.code).toBe(1)
      expect(over.err).toContain('teipipe: 1 warning, more than --max-warnings 0 allows, so this run fails (exit 1). Correct it, or raise the limit.')
    }
    const within = await validate(['--max-warnings', '1', 'dtd.xml'])
    expect(within.code).toBe(0)
    expect(within.err).not.toContain('--max-warnings')
    const bad = await validate(['--max-warnings', 'many', 'dtd.xml'])
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('--max-warnings needs a whole number')
  })

  it('a 20 MB file validates', async () => {
    const paragraph = '<p xml:id="p{n}">A paragraph of the memo with <hi rend="italic">some</hi> markup, <date when="1969-06-09">9 June 1969</date>, and more text to fill the line.</p>\n'
    const count = Math.ceil((20 * 2 ** 20) / paragraph.length)
    const body = Array.from({length: count}, (_, n) => paragraph.replace('{n}', String(n))).join('')
    writeFileSync(join(dir, 'big.xml'), tei(`${body}<p><foo/></p>`))
    expect(readFileSync(join(dir, 'big.xml')).length).toBeGreaterThan(20 * 2 ** 20)
    const r = await validate(['--format', 'json', 'big.xml'])
    expect(json(r.out).files[0]?.messages).toMatchObject([{ruleId: 'element-unknown', line: count + 5, column: 4}])
    expect(r.code).toBe(1)
  }, 180_000)

  it('an empty file is a clear not-well-formed error', async () => {
    writeFileSync(join(dir, 'empty.xml'), '')
    const r = await validate(['--format', 'json', 'empty.xml'])
    expect(r.code).toBe(1)
    expect(json(r.out).files[0]?.messages).toMatchObject([{ruleId: 'not-well-formed', line: 1, column: 1, reason: 'The file is empty; a TEI document needs at least a <TEI> root element.'}])
  })

  it('a binary file is a clear not-well-formed error', async () => {
    writeFileSync(join(dir, 'binary.xml'), Buffer.from([0x3c, 0x54, 0x00, 0x01]))
    const r = await validate(['--format', 'json', 'binary.xml'])
    expect(r.code).toBe(1)
    expect(json(r.out).files[0]?.messages[0]?.reason).toContain('binary')
  })

  it('a byte-order mark is accepted and does not shift columns', async () => {
    writeFileSync(join(dir, 'bom.xml'), `\uFEFF${tei('<p>x</p><foo/>')}`)
    const r = await validate(['--format', 'json', 'bom.xml'])
    expect(json(r.out).files[0]?.messages).toMatchObject([{ruleId: 'element-unknown', line: 5, column: 9}])
    writeFileSync(join(dir, 'bom-ok.xml'), `\uFEFF${valid}`)
    expect((await validate(['bom-ok.xml'])).code).toBe(0)
  })

  it('a named directory without TEI files is that path\'s error (file-not-found, exit 1), as a missing file is in encode and render', async () => {
    mkdirSync(join(dir, 'no-tei'), {recursive: true})
    writeFileSync(join(dir, 'no-tei', 'notes.txt'), 'not TEI')
    const r = await validate(['--format', 'json', 'no-tei'])
    expect(r.code).toBe(1)
    expect(json(r.out).files.map((f) => [f.path, f.messages.map((m) => [m.ruleId, m.reason])])).toEqual([['no-tei', [['file-not-found', 'The directory no-tei contains no .xml or .tei files.']]]])
  })

  it('a glob matching nothing is its error (exit 1); a glob matching files validates them', async () => {
    const none = await validate(['nothing/**/*.tei'])
    expect(none.code).toBe(1)
    expect(none.out).toContain('The pattern nothing/**/*.tei matches no files.')
    mkdirSync(join(dir, 'corpus', 'a'), {recursive: true})
    writeFileSync(join(dir, 'corpus', 'a', 'one.xml'), valid)
    writeFileSync(join(dir, 'corpus', 'two.tei'), valid)
    writeFileSync(join(dir, 'corpus', 'skip.txt'), 'x')
    const r = await validate(['--format', 'json', 'corpus/**/*.{xml,tei}'])
    expect(r.code).toBe(0)
    expect(json(r.out).files.map((f) => f.path)).toEqual(['corpus/a/one.xml', 'corpus/two.tei'])
    const d = await validate(['--format', 'json', 'corpus'])
    expect(json(d.out).files.map((f) => f.path)).toEqual(['corpus/a/one.xml', 'corpus/two.tei'])
  })

  it('a missing file is its error (exit 1); no paths means tei/, and no tei/ is a usage error (exit 2)', async () => {
    const missing = await validate(['nope.xml'])
    expect(missing.code).toBe(1)
    expect(missing.out).toMatch(/nope\.xml does not exist\.\s+file-not-found/)
    const none = await validate([])
    expect(none.code).toBe(2)
    expect(none.err).toContain('tei does not exist')
    mkdirSync(join(dir, 'tei'), {recursive: true})
    writeFileSync(join(dir, 'tei', 'memo.xml'), valid)
    const r = await validate(['--format', 'json'])
    expect(r.code).toBe(0)
    expect(json(r.out).files.map((f) => f.path)).toEqual(['tei/memo.xml'])
  })
})

describe('a problem that stops every file alike is said once', () => {
  it('a .rnc schema for two files: one schema-error under the schema\'s name, not one per file and again on stderr', async () => {
    const {root, cleanup} = tempRoot('once')
    try {
      const tei = `<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><p>x</p></body></text></TEI>\n`
      writeProject(root, {'own.rnc': 'element TEI { empty }\n', 'a.xml': tei, 'b.xml': tei})
      const io = memoryIo(root)
      expect(await run(['validate', '--schema', 'own.rnc', 'a.xml', 'b.xml'], io)).toBe(2)
      expect(io.out.match(/compact syntax/g)).toHaveLength(1)
      expect(io.out).toMatch(/^own\.rnc\n\s+error\s+The schema \S*own\.rnc is in RELAX NG compact syntax/m)
      expect(io.out).toContain('2 files checked: 1 error')
      expect(io.err).not.toContain('compact syntax')
      const json = memoryIo(root)
      expect(await run(['validate', '--schema', 'own.rnc', 'a.xml', 'b.xml', '--format', 'json'], json)).toBe(2)
      expect(json.out.match(/compact syntax/g)).toHaveLength(1)
      expect(json.err.match(/compact syntax/g)).toHaveLength(1) // stdout is for machines: a person is told on stderr
    } finally {
      cleanup()
    }
  })
})
