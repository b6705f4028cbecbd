/**
 * Invalid fixtures: tests/fixtures/invalid/<case>/input.xml + messages.json (rule ids, severities,
 * lines, columns), validated in one run against a small TEI-like schema and rules, and checked in
 * every output format.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {TeiFile} from '../../src/core/file.js'
import {run} from '../../src/cli/run.js'
import {memoryIo} from '../../src/cli/io.js'
import {reportGithub} from '../../src/report/github.js'
import {reportHuman} from '../../src/report/human.js'
import {reportJson} from '../../src/report/json.js'
import {reportJunit} from '../../src/report/junit.js'
import {reportSarif} from '../../src/report/sarif.js'
import {validateFiles} from '../../src/validate/index.js'

const root = join(import.meta.dirname, '..', 'fixtures', 'invalid')
const schema = join(import.meta.dirname, '..', 'fixtures', 'validate', 'mini-tei.rng')
const schematron = join(import.meta.dirname, '..', 'fixtures', 'validate', 'mini-rules.sch')
const cases = readdirSync(root).filter((c) => !c.startsWith('.')).sort()

interface Expected {
  ruleId: string
  severity: string
  line: number
  column: number
}

const expected = new Map<string, Expected[]>(cases.map((c) => [c, JSON.parse(readFileSync(join(root, c, 'messages.json'), 'utf8')) as Expected[]]))
const files = cases.map((c) => new TeiFile(`${c}/input.xml`, readFileSync(join(root, c, 'input.xml'), 'utf8')))

beforeAll(async () => {
  await validateFiles(files, {schema, schematron})
}, 120_000)

describe('invalid fixtures', () => {
  it('has cases, each expecting at least one message', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10)
    for (const [name, list] of expected) expect(list.length, name).toBeGreaterThan(0)
  })

  it.each(cases)('%s gives the expected rule ids, severities and positions', (name) => {
    const file = files[cases.indexOf(name)] as TeiFile
    const got = JSON.parse(reportJson([file])).files[0].messages.map((m: Expected) => ({ruleId: m.ruleId, severity: m.severity, line: m.line, column: m.column}))
    expect(got).toEqual(expected.get(name))
  })

  it('every engine message is a sentence, not an engine dump (Schematron text is the rule author\'s)', () => {
    for (const file of files) {
      for (const m of file.messages.filter((x) => x.source !== 'schematron')) {
        expect(m.reason).toMatch(/^[A-Z<]/)
        expect(m.reason).not.toMatch(/Relax-NG|validity error|XPST|XTDE/)
      }
    }
  })

  it('human format: one aligned row per message', () => {
    const out = reportHuman(files)
    for (const [name, list] of expected) {
      for (const m of list) expect(out).toMatch(new RegExp(`^ +${m.line}:${m.column} +${m.severity} .* ${m.ruleId}$`, 'm'))
      expect(out).toContain(`${name}/input.xml`)
    }
  })

  it('junit format: a failure per error or warning, typed by rule id', () => {
    const out = reportJunit(files)
    for (const list of expected.values()) {
      for (const m of list.filter((x) => x.severity !== 'info')) expect(out).toContain(`name="${m.line}:${m.column} ${m.ruleId}">\n      <failure type="${m.ruleId}"`)
    }
  })

  it('github format: one annotation per message with its exact place', () => {
    const out = reportGithub(files)
    for (const [name, list] of expected) {
      for (const m of list) {
        const command = m.severity === 'info' ? 'notice' : m.severity
        expect(out).toMatch(new RegExp(`^::${command} file=${name}/input\\.xml,line=${m.line},col=${m.column},.*title=${m.ruleId}::`, 'm'))
      }
    }
  })

  it('sarif format: one result per message with rule id and region', () => {
    const log = JSON.parse(reportSarif(files))
    const results = log.runs[0].results as {ruleId: string; locations: {physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number; startColumn: number}}}[]}[]
    const total = [...expected.values()].reduce((n, l) => n + l.length, 0)
    expect(results).toHaveLength(total)
    for (const [name, list] of expected) {
      for (const m of list) {
        expect(results.some((r) => r.ruleId === m.ruleId && r.locations[0]?.physicalLocation.artifactLocation.uri === `${name}/input.xml` && r.locations[0].physicalLocation.region.startLine === m.line && r.locations[0].physicalLocation.region.startColumn === m.column)).toBe(true)
      }
    }
  })

  it('the CLI exits 1 for the folder and 0 for the valid companion', async () => {
    const io = memoryIo(root)
    expect(await run(['validate', '--schema', schema, '--schematron', schematron, '--format', 'github', '.'], io)).toBe(1)
    expect(io.out.split('\n').filter(Boolean)).toHaveLength([...expected.values()].reduce((n, l) => n + l.length, 0))
    const ok = memoryIo(join(root, '..', 'validate'))
    expect(await run(['validate', '--schema', schema, '--schematron', schematron, 'valid.xml'], ok)).toBe(0)
    expect(ok.out).toBe('1 file checked: no problems\n')
  }, 60_000)
})
