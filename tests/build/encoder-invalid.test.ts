/**
 * TEI the encoder made that fails validation is the encoder's fault, in `teipipe build` as in `teipipe encode`
 * (src/encode/output-check.ts): the TEI is kept for review, each problem is an encode-output-invalid error at its
 * place in the TEI, and the document is not published until it passes — or until a person edits it (then the
 * TEI and its problems are theirs). The project's schemas/ hold teipipe's rules plus one the encoder's TEI
 * always breaks, standing in for an encoder fault.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {packagePath} from '../../src/core/paths.js'
import {build, memoSource, tempRoot, writeProject} from './helpers.js'

const {root, cleanup} = tempRoot('encoder-invalid')
afterAll(cleanup)

const RULE = '<pattern id="stand-in"><rule context="tei:change[@status = \'draft\']"><assert id="stand-in-fault" role="error" test="false()">A stand-in encoder fault.</assert></rule></pattern>'

interface Report {files: {path: string; messages: {ruleId: string; reason: string; severity: string; line?: number}[]}[]}

describe('teipipe build: TEI the encoder made that fails validation', () => {
  it('is kept for review and not published, with encode-output-invalid at its place; once edited, it is the person\'s', async () => {
    const {text, edits} = memoSource()
    const sch = readFileSync(packagePath('schemas', 'teipipe.sch'), 'utf8').replace('</schema>', `${RULE}</schema>`)
    expect(sch).toContain('stand-in-fault')
    const dir = writeProject(join(root, 'p'), {'sources/wilson/134242.txt': text, 'sources/wilson/134242.edits.json': edits, 'schemas/teipipe.rng': readFileSync(packagePath('schemas', 'teipipe.rng'), 'utf8'), 'schemas/teipipe.sch': sch})
    const first = await build(dir, '--jobs', '1', '--format', 'json')
    expect(first.code).toBe(1)
    const teiPath = join(dir, 'tei', '134242.xml')
    expect(existsSync(teiPath)).toBe(true)
    expect(existsSync(join(dir, 'dist', '134242.html'))).toBe(false)
    const messages = (JSON.parse(first.out) as Report).files.find((f) => f.path === 'tei/134242.xml')?.messages ?? []
    const fault = messages.find((m) => m.ruleId === 'encode-output-invalid')
    expect(fault?.severity).toBe('error')
    expect(fault?.reason).toContain('A stand-in encoder fault. [stand-in-fault]')
    expect(fault?.reason).toContain('not a mistake in your text')
    const line = readFileSync(teiPath, 'utf8').split('\n').findIndex((l) => l.includes('<change ')) + 1
    expect(fault?.line).toBe(line)
    expect(messages.some((m) => m.ruleId === 'stand-in-fault')).toBe(false)
    // The next build, nothing changed: still the encoder's TEI, still not published.
    const second = await build(dir, '--jobs', '1')
    expect(second.code).toBe(1)
    expect(second.err).toContain('encode-output-invalid')
    expect(second.out).toMatch(/published 0, failed 1/)
    // A person corrects it: the TEI is theirs and is published.
    writeFileSync(teiPath, readFileSync(teiPath, 'utf8').replace('status="draft">Encoded', 'status="proposed">Encoded'))
    const third = await build(dir, '--jobs', '1')
    expect(third.err).not.toContain('encode-output-invalid')
    expect(third.out).toMatch(/published 1, failed 0/)
    expect(existsSync(join(dir, 'dist', '134242.html'))).toBe(true)
  }, 240_000)
})
