import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {TeiFile} from '../../src/core/file.js'
import {schematronRuleIds} from '../../src/validate/schematron/rule-ids.js'
import {packagePath} from '../../src/core/paths.js'
import {applyRuleSeverities, findConfigFile, loadConfig, resolveConfigPath, unknownRuleMessages} from '../../src/config/index.js'
import '../../src/validate/rules.js'

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'config')

interface Expected {
  config: unknown
  messages: {line: number; column: number; reason: string}[]
  /** When the reason quotes a parser's own wording: what it must start with (only the first message is compared). */
  reasonStart?: string
}

describe('config fixtures (a folder per case: the config file and expected.json)', () => {
  it.each(readdirSync(fixtures).sort())('%s', (name) => {
    const dir = join(fixtures, name)
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected
    const loaded = loadConfig({cwd: dir})
    expect(loaded.path?.startsWith(dir)).toBe(true)
    expect(loaded.dir).toBe(dir)
    expect(loaded.config).toEqual(expected.config)
    const got = loaded.messages.map((m) => ({line: m.place?.start.line, column: m.place?.start.column, reason: m.reason}))
    if (expected.reasonStart !== undefined) {
      // The parser's own wording (Node's JSON.parse, the yaml package) is its own; what we promise is one
      // located error that starts with a plain sentence naming the format.
      expect(got).toHaveLength(expected.messages.length)
      expect(got[0]?.reason.startsWith(expected.reasonStart), got[0]?.reason).toBe(true)
      expect([got[0]?.line, got[0]?.column]).toEqual([expected.messages[0]?.line, expected.messages[0]?.column])
    } else {
      expect(got).toEqual(expected.messages)
    }
    for (const m of loaded.messages) expect(m).toMatchObject({ruleId: 'config-invalid', source: 'cli', severity: 'error', file: loaded.path})
  })
})

describe('finding the config file', () => {
  it('searches upwards from the working folder, and ignores a package.json without a teipipe key', () => {
    const root = mkdtempSync(join(tmpdir(), 'teipipe-config-'))
    const deep = join(root, 'a', 'b')
    mkdirSync(deep, {recursive: true})
    writeFileSync(join(root, 'teipipe.config.json'), '{"build": {"out": "public"}}')
    writeFileSync(join(root, 'a', 'package.json'), '{"name": "x"}')
    expect(findConfigFile(deep)).toBe(join(root, 'teipipe.config.json'))
    const loaded = loadConfig({cwd: deep})
    expect(loaded.config).toEqual({build: {out: 'public'}})
    expect(resolveConfigPath(loaded, 'public')).toBe(join(root, 'public'))
  })

  it('gives no config and no message where there is no file', () => {
    const root = mkdtempSync(join(tmpdir(), 'teipipe-noconfig-'))
    const loaded = loadConfig({cwd: root})
    expect(loaded).toEqual({config: {}, dir: root, messages: []})
  })

  it('reports a named config file that does not exist', () => {
    const root = mkdtempSync(join(tmpdir(), 'teipipe-named-'))
    const loaded = loadConfig({cwd: root, configPath: 'missing.json'})
    expect(loaded.messages.map((m) => m.reason)).toEqual(['The config file does not exist.'])
  })
})

describe('rule settings', () => {
  it('switches a rule off, changes a severity, and never touches a fatal message', () => {
    const file = new TeiFile('a.xml', '')
    file.message('a', {ruleId: 'x-one', source: 'tei', severity: 'error'})
    file.message('b', {ruleId: 'x-two', source: 'tei', severity: 'warning'})
    file.message('c', {ruleId: 'x-three', source: 'xml', severity: 'error', fatal: true})
    const dropped = applyRuleSeverities([file], {config: {rules: {'x-one': 'off', 'x-two': 'error', 'x-three': 'off'}}})
    expect(dropped).toBe(1)
    expect(file.messages.map((m) => [m.ruleId, m.severity])).toEqual([['x-two', 'error'], ['x-three', 'error']])
  })

  it('warns about a rule id nobody registered, with the closest known one', () => {
    const [warning, ...rest] = unknownRuleMessages({config: {rules: {'relaxng-invaild': 'off'}}, path: 'teipipe.config.json'})
    expect(rest).toEqual([])
    expect(warning?.reason).toContain('"relaxng-invaild"')
    expect(warning?.reason).toMatch(/did you mean "[a-z-]+"\?/)
    expect(warning?.severity).toBe('warning')
  })

  it("knows the ids of teipipe's Schematron checks (the README's example switches date-in-period off)", () => {
    const ids = schematronRuleIds([packagePath('schemas', 'teipipe.sch')])
    expect(ids).toContain('date-in-period')
    expect(ids).toContain('register-entry-used')
    const config = {config: {rules: {'date-in-period': 'off' as const, 'register-entry-used': 'off' as const, 'nosuch-rule': 'off' as const}}, path: 'teipipe.config.json'}
    expect(unknownRuleMessages(config, ids).map((m) => m.reason)).toEqual([expect.stringContaining('"nosuch-rule"')])
  })
})
