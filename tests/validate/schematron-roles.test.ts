/**
 * Schematron `@role` → severity. ISO/IEC 19757-3 leaves role values to the schema's author; teipipe follows the
 * values oXygen knows (warn/warning, info/information, error, fatal) and reads the TEI's `nonfatal` (used by six
 * constraints of tei_all) as its authors mean it: a warning, which neither fails a run nor changes the exit code.
 * Any other value is an error, as in oXygen. The decision is written down in src/validate/README.md.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {memoryIo} from '../../src/cli/io.js'
import {run} from '../../src/cli/run.js'

const dir = mkdtempSync(join(tmpdir(), 'teipipe-roles-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const ROLES = ['error', 'fatal', 'warn', 'warning', 'WARNING', 'nonfatal', 'info', 'information', 'something-else'] as const

describe('Schematron roles', () => {
  it('map to severities as oXygen does, nonfatal to a warning; only errors fail the run', async () => {
    const asserts = ROLES.map((r, i) => `<report id="r${i}" role="${r}" test="true()">role ${r}.</report>`).join('')
    writeFileSync(join(dir, 'roles.sch'), `<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3"><ns prefix="t" uri="http://www.tei-c.org/ns/1.0"/><pattern><rule context="t:TEI">${asserts}</rule></pattern></schema>`)
    writeFileSync(join(dir, 'doc.xml'), '<TEI xmlns="http://www.tei-c.org/ns/1.0"/>')
    writeFileSync(join(dir, 'any.rng'), '<element xmlns="http://relaxng.org/ns/structure/1.0" name="TEI" ns="http://www.tei-c.org/ns/1.0"><empty/></element>')
    const json = memoryIo(dir)
    const code = await run(['validate', '--schema', 'any.rng', '--schematron', 'roles.sch', '--format', 'json', 'doc.xml'], json)
    const messages = (JSON.parse(json.out) as {files: {messages: {reason: string; severity: string}[]}[]}).files[0]?.messages ?? []
    const severity = Object.fromEntries(messages.map((m) => [m.reason.replace(/^role (.*)\.$/, '$1'), m.severity]))
    expect(severity).toEqual({error: 'error', fatal: 'error', warn: 'warning', warning: 'warning', WARNING: 'warning', nonfatal: 'warning', info: 'info', information: 'info', 'something-else': 'error'})
    expect(code).toBe(1)
    // Without the error roles, a nonfatal finding does not fail the run.
    writeFileSync(join(dir, 'nonfatal.sch'), `<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3"><ns prefix="t" uri="http://www.tei-c.org/ns/1.0"/><pattern><rule context="t:TEI"><report id="nf" role="nonfatal" test="true()">The @when attribute cannot be used with any other att.datable.w3c attributes.</report></rule></pattern></schema>`)
    expect(await run(['validate', '--schema', 'any.rng', '--schematron', 'nonfatal.sch', 'doc.xml'], memoryIo(dir))).toBe(0)
  })
})
