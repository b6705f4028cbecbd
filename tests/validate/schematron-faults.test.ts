/**
 * Rules that cannot be compiled are explained in terms of the .sch the user wrote (the expression as written,
 * its line and column there, what is wrong in plain words), not a line of the XSLT teipipe generates; and the
 * run's side notes count the files it read, even when every file then fails for the rules' sake.
 * Fixtures: tests/fixtures/validate/schematron-faults/.
 */
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {memoryIo} from '../../src/cli/io.js'

const dir = join(import.meta.dirname, '..', 'fixtures', 'validate', 'schematron-faults')

async function validate(args: string[]) {
  const io = memoryIo(dir)
  const code = await run(['validate', '--format', 'json', ...args], io)
  const report = JSON.parse(io.out) as {files: {messages: {ruleId: string; reason: string}[]}[]}
  return {code, err: io.err, messages: report.files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'schematron-error')}
}

describe('Schematron rules that cannot be used', () => {
  it('an undeclared prefix: the rule context as written, its place in the .sch, and the <ns> to add', async () => {
    const {code, messages, err} = await validate(['--schematron', 'undeclared-prefix.sch', 'doc.xml'])
    expect(code).toBe(2)
    expect(messages).toHaveLength(1)
    expect(messages[0]?.reason).toContain('the expression "tei:p" at line 3, column 11 of undeclared-prefix.sch uses the prefix "tei:", which the rules do not declare. Declare it with <ns prefix="tei" uri="…"/> in the schema (for TEI: uri="http://www.tei-c.org/ns/1.0").')
    expect(messages[0]?.reason).not.toMatch(/on line \d|XPST|Failed to compile/)
    // One file was read; the side note counts it (it said "1 of 0 files"), and the rules were the user's.
    expect(err).toContain("the file names no schema (no <?xml-model?>), so teipipe's own schema (with the rules you named) was used.")
  }, 60_000)

  it('an XPath syntax error: the test as written (not as the generated stylesheet wraps it) and its place', async () => {
    const {code, messages} = await validate(['--schematron', 'broken-test.sch', 'doc.xml'])
    expect(code).toBe(2)
    expect(messages[0]?.reason).toMatch(/the expression "count\(tei:hi\) lt \(1 \+" at line 5, column 15 of broken-test\.sch is not a well-formed XPath expression \(.+\)\.$/)
  }, 60_000)
})
