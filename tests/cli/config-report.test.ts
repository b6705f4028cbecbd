/**
 * A config file that cannot be used (exit code 2) reaches machine formats too: `--format json|junit|github|
 * sarif` print the config problem (file, line, column, rule config-invalid) on standard output, and `--sarif`
 * writes it, for `validate` and `build` alike; the human sentence stays on standard error.
 */
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {memoryIo} from '../../src/cli/io.js'

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'teipipe-config-report-'))
  writeFileSync(join(dir, 'teipipe.config.json'), '{\n  "validate": {bad}\n}\n')
  mkdirSync(join(dir, 'tei'))
  writeFileSync(join(dir, 'tei', 'a.xml'), '<TEI xmlns="http://www.tei-c.org/ns/1.0"/>')
  return dir
}

describe('config problems in machine formats', () => {
  it('validate --format json and --sarif: the problem with its place, exit 2', async () => {
    const dir = project()
    const io = memoryIo(dir)
    expect(await run(['validate', '--format', 'json', '--sarif', 'out.sarif', 'tei/a.xml'], io)).toBe(2)
    const report = JSON.parse(io.out) as {files: {path: string; messages: {ruleId: string; line: number; column: number}[]}[]}
    expect(report.files).toMatchObject([{path: 'teipipe.config.json', messages: [{ruleId: 'config-invalid', line: 2, column: 16}]}])
    expect(io.err).toContain('teipipe: the config file has a problem')
    expect(existsSync(join(dir, 'out.sarif'))).toBe(true)
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as {runs: {results: {ruleId: string}[]}[]}
    expect(sarif.runs[0]?.results.map((r) => r.ruleId)).toEqual(['config-invalid'])
  })

  it('build --format github from another folder: an annotation naming the config file relative to the working folder', async () => {
    const dir = project()
    const io = memoryIo(join(dir, '..'))
    const name = dir.split('/').pop() as string
    expect(await run(['build', name, '--format', 'github'], io)).toBe(2)
    expect(io.out).toMatch(new RegExp(`^::error file=${name}/teipipe\\.config\\.json,line=2,col=16.*title=config-invalid::`, 'm'))
  })

  it('the human format prints nothing on standard output', async () => {
    const io = memoryIo(project())
    expect(await run(['validate', 'tei/a.xml'], io)).toBe(2)
    expect(io.out).toBe('')
  })
})
