/**
 * Schematron embedded in RELAX NG (tests/fixtures/validate/embedded/: a miniature ODD-generated schema and
 * documents with their expected messages): extracted and run after the grammar, switched off by the flag
 * and the config, run once when both <?xml-model?> PIs name the schema. Then tei_all.rng's own rules over
 * the 88 conformance files (when ../shared is present).
 */
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {memoryIo} from '../../src/cli/io.js'
import {packagePath} from '../../src/core/paths.js'
import {embeddedSchematron} from '../../src/validate/schematron/embedded.js'
import {shared} from '../support/shared.js'

interface ReportMessage {
  ruleId: string
  severity: string
  source: string
  line: number
  column: number
  reason: string
}
type Report = {files: {path: string; errorCount: number; messages: ReportMessage[]}[]}

const fixtures = packagePath('tests', 'fixtures', 'validate', 'embedded')
const scratch = mkdtempSync(join(tmpdir(), 'teipipe-embedded-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

async function validate(dir: string, args: string[]): Promise<{code: number; report: Report; err: string}> {
  const io = memoryIo(dir)
  const code = await run(['validate', '--format', 'json', ...args], io)
  return {code, report: JSON.parse(io.out) as Report, err: io.err}
}

describe('Schematron embedded in RELAX NG (fixtures)', () => {
  let dir: string
  beforeAll(() => {
    // A copy: validation writes its cache into the working folder.
    dir = join(scratch, 'fixtures')
    cpSync(fixtures, dir, {recursive: true})
  })

  it('extracts every pattern, a rule outside a pattern as a pattern of its own, and the sch:ns declarations', () => {
    const found = embeddedSchematron(join(dir, 'letters.rng'))
    expect(found?.patterns).toBe(3)
    expect(embeddedSchematron(join(dir, 'unsupported.rng'))?.patterns).toBe(2)
    const text = readFileSync(found?.path ?? '', 'utf8')
    expect(text.match(/<sch:ns /g)).toHaveLength(2)
    expect(embeddedSchematron(packagePath('tests', 'fixtures', 'validate', 'mini-tei.rng'))).toBeUndefined()
  })

  it('runs the rules after the grammar, with their ids, roles and places', async () => {
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>
    const names = Object.keys(expected).filter((k) => k.endsWith('.xml'))
    const {code, report} = await validate(dir, ['--embedded-schematron', ...names])
    expect(code).toBe(1)
    const actual = Object.fromEntries(report.files.map((f) => [f.path, f.messages.map((m) => [m.ruleId, m.severity, m.line ?? null, m.column ?? null])]))
    for (const name of names) expect(actual[name], name).toEqual(expected[name])
    const refused = report.files.find((f) => f.path === 'unsupported.xml')?.messages[0]
    expect(refused?.reason).toMatch(/pattern schema-aware embedded in .*unsupported\.rng.*not run.*saxon-js.*schema-aware/)
  })

  it('they run only when asked: off by default, on with --embedded-schematron or "embeddedSchematron": true, and the flag overrides the config', async () => {
    const off = await validate(dir, ['dated.xml'])
    expect(off.code).toBe(0)
    expect(off.report.files[0]?.messages).toEqual([])
    expect((await validate(dir, ['--embedded-schematron', 'dated.xml'])).report.files[0]?.messages.map((m) => m.ruleId)).toContain('schematron-in-text')
    writeFileSync(join(dir, 'teipipe.config.json'), JSON.stringify({validate: {embeddedSchematron: true}}))
    expect((await validate(dir, ['dated.xml'])).report.files[0]?.messages.map((m) => m.ruleId)).toContain('schematron-in-text')
    expect((await validate(dir, ['--no-embedded-schematron', 'dated.xml'])).report.files[0]?.messages).toEqual([])
    rmSync(join(dir, 'teipipe.config.json'))
  })

  it('--schema naming the RELAX NG runs its embedded rules too when asked', async () => {
    const {report} = await validate(dir, ['--schema', 'letters.rng', '--embedded-schematron', 'dated.xml'])
    expect(report.files[0]?.messages.filter((m) => m.source === 'schematron').map((m) => m.ruleId)).toEqual(['letters-p-dating-1', 'p-rule-1-1', 'schematron-in-text'])
  })
})

const conformance = shared('conformance', 'tei-real', 'files')
const teiAll = shared('reference', 'tei_all.rng')

/** Conformance files up to this size: tei_all's 93 patterns are 93 passes of saxon-js over each document, about a minute for the 1.3 MB novel (bench/validate.mjs times the whole set). */
const MAX_BYTES = 100_000

describe.runIf(conformance !== undefined && teiAll !== undefined)("tei_all.rng's embedded Schematron over the conformance set (files up to 100 kB)", () => {
  let grammarOnly: Report
  let withRules: Report
  let code: number
  let names: string[]
  beforeAll(async () => {
    const dir = join(scratch, 'conformance')
    cpSync(conformance as string, dir, {recursive: true})
    names = readdirSync(dir).filter((n) => n.endsWith('.xml') && statSync(join(dir, n)).size <= MAX_BYTES).sort()
    grammarOnly = (await validate(dir, ['--schema', teiAll as string, '--no-embedded-schematron', ...names])).report
    const result = await validate(dir, ['--schema', teiAll as string, '--embedded-schematron', ...names])
    withRules = result.report
    code = result.code
    const withMessages = withRules.files.filter((f) => f.messages.some((m) => m.source === 'schematron'))
    const count = withMessages.reduce((n, f) => n + f.messages.filter((m) => m.source === 'schematron').length, 0)
    process.stderr.write(`[embedded Schematron] tei_all's rules gave ${count} messages on ${withMessages.length} of ${withRules.files.length} conformance files up to 100 kB\n`)
  }, 1_800_000)

  it('adds only Schematron messages, each placed and worded, to the grammar messages', () => {
    expect(names.length).toBeGreaterThan(50)
    expect(code).toBe(1)
    expect(withRules.files.map((f) => f.path)).toEqual(grammarOnly.files.map((f) => f.path))
    withRules.files.forEach((file, i) => {
      const grammar = grammarOnly.files[i]?.messages ?? []
      expect(file.messages.filter((m) => m.source !== 'schematron'), file.path).toEqual(grammar)
      for (const m of file.messages.filter((x) => x.source === 'schematron')) {
        expect(m.ruleId, `${file.path}: ${m.reason}`).not.toBe('schematron-error')
        expect(m.line, `${file.path} ${m.ruleId}`).toBeGreaterThan(0)
        expect(m.reason.length, `${file.path} ${m.ruleId}`).toBeGreaterThan(10)
      }
    })
  })

  it('a sample of the messages is true of the files', () => {
    // Two of tei_all's constraints checked independently on the start tag each message points to:
    // delSpan requires @spanTo, and relation needs @name, @ref or @key.
    const checks: [RegExp, RegExp, RegExp][] = [
      [/^The @spanTo attribute of <delSpan> is required/, /^<delSpan[\s/>]/, /\sspanTo=/],
      [/^One of the attributes @name, @ref or @key must be supplied/, /^<relation[\s/>]/, /\s(name|ref|key)=/]
    ]
    const dir = conformance as string
    let checked = 0
    for (const file of withRules.files) {
      const lines = readFileSync(join(dir, file.path), 'utf8').split('\n')
      for (const m of file.messages) {
        const check = checks.find(([reason]) => reason.test(m.reason))
        if (!check) continue
        const tag = lines.slice(m.line - 1).join('\n').slice(m.column - 1).replace(/>[\s\S]*$/, '>')
        expect(tag, `${file.path}:${m.line}:${m.column}`).toMatch(check[1])
        expect(tag, `${file.path}:${m.line}:${m.column}`).not.toMatch(check[2])
        checked++
      }
    }
    expect(checked).toBeGreaterThanOrEqual(7)
  })
})
