/**
 * The handed validation cases (../shared/cases/validate, copied to tests/fixtures/cases/validate): each
 * case's right behaviour, as ../shared/cases/README.md states it.
 */
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {memoryIo} from '../../src/cli/io.js'
import {shared} from '../support/shared.js'

const dir = join(import.meta.dirname, '..', 'fixtures', 'cases', 'validate')
const teiAll = shared('reference', 'tei_all.rng')

interface Reported {
  files: {path: string; messages: {ruleId: string; reason: string; line: number; column: number}[]}[]
}

async function validate(args: string[]): Promise<{code: number; report: Reported; err: string}> {
  const io = memoryIo(dir)
  const code = await run(['validate', '--format', 'json', ...args], io)
  return {code, report: JSON.parse(io.out) as Reported, err: io.err}
}

describe('handed validation cases', () => {
  it('utf16-bom.xml: UTF-16 with a byte-order mark is read and validated', async () => {
    const {code, report} = await validate(['utf16-bom.xml'])
    expect(report.files[0]?.messages).toEqual([])
    expect(code).toBe(0)
  })

  it('nesting-300.xml: valid nesting 300 deep validates, with no depth message', async () => {
    const {code, report} = await validate(['nesting-300.xml'])
    expect(report.files[0]?.messages).toEqual([])
    expect(code).toBe(0)
  })

  it('nesting 5,000 deep: RELAX NG still checked, Schematron refused with a clear coded message for that file (exit 1, not 2)', async () => {
    const {mkdtempSync, writeFileSync, rmSync} = await import('node:fs')
    const {tmpdir} = await import('node:os')
    const scratch = mkdtempSync(join(tmpdir(), 'teipipe-deep-'))
    const header = '<teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>'
    writeFileSync(join(scratch, 'deep.xml'), `<TEI xmlns="http://www.tei-c.org/ns/1.0">${header}<text><body>${'<div>'.repeat(5000)}<p>x</p>${'</div>'.repeat(5000)}</body></text></TEI>\n`)
    try {
      const io = memoryIo(scratch)
      const code = await run(['validate', '--format', 'json', 'deep.xml'], io)
      const messages = (JSON.parse(io.out) as Reported).files[0]?.messages ?? []
      expect(messages.find((m) => m.ruleId === 'nesting-too-deep')?.reason).toMatch(/nest 500[0-9] levels deep/)
      expect(messages.some((m) => /Maximum call stack/.test(m.reason))).toBe(false)
      expect(code).toBe(1)
    } finally {
      rmSync(scratch, {recursive: true, force: true})
    }
  }, 120_000)

  it('a UTF-16 file without a byte-order mark that is not UTF-16 is refused with a sentence naming the encoding', async () => {
    const {decodeXml} = await import('../../src/parse/decode.js')
    const latin = decodeXml(new TextEncoder().encode('<?xml version="1.0" encoding="UTF-16"?><TEI/>'))
    expect(latin.ok).toBe(false)
    expect(latin.ok ? '' : latin.reason).toContain('UTF-16')
    const iso = decodeXml(Uint8Array.from([...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><p>caf'), 0xe9, ...new TextEncoder().encode('</p>')]))
    expect(iso.ok && iso.text.endsWith('café</p>')).toBe(true)
  })

  it('abstract-pattern.sch: abstract patterns with is-a and param are instantiated: 2 failed asserts', async () => {
    const {report} = await validate(['--schematron', 'abstract-pattern.sch', 'abstract-pattern.xml'])
    const rules = (report.files[0]?.messages ?? []).filter((m) => m.ruleId === 'must-have-attribute')
    expect(rules.map((m) => [m.line, m.reason])).toEqual([
      [13, 'A persName element must carry @ref.'],
      [13, 'A date element must carry @when.']
    ])
  })

  it('include.sch: sch:include brings in the pattern of 16-sch-include-part.sch: 1 report', async () => {
    const {report} = await validate(['--schematron', 'include.sch', 'include.xml'])
    const rules = (report.files[0]?.messages ?? []).filter((m) => m.ruleId === 'p-empty')
    expect(rules.map((m) => [m.line, m.column, m.reason])).toEqual([[13, 7, 'An empty paragraph.']])
  })

  it.runIf(teiAll !== undefined)('misplaced-elements.xml: every error Jing reports, each saying where and what was expected, none false', async () => {
    // The grammar only, as Jing checks it (tei_all's embedded Schematron is tested in embedded-schematron.test.ts).
    const {code, report} = await validate(['--schema', teiAll as string, '--no-embedded-schematron', 'misplaced-elements.xml'])
    expect(code).toBe(1)
    const messages = report.files[0]?.messages ?? []
    // Jing (tei_all): head after p (14), p inside p (15), p directly in body after div (17), @levl (17).
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['element-not-allowed', 14, 9],
      ['element-not-allowed', 15, 30],
      ['element-not-allowed', 17, 7],
      ['attribute-not-allowed', 17, 103]
    ])
    const [head, nested, inBody, levl] = messages.map((m) => m.reason)
    expect(head).toMatch(/^<head> may not stand inside <div> after <p>\. Expected there: the end of <div>, /)
    expect(head).not.toMatch(/not allowed inside <div>\./)
    expect(nested).toMatch(/^<p> may not stand inside <p>, after its first text\. Expected there: the end of <p>, text, /)
    expect(inBody).toMatch(/^<p> may not stand inside <body> after <div>\./)
    expect(levl).toMatch(/^The attribute @levl is not allowed on <title> \(did you mean @level\?\)/)
  })
})
