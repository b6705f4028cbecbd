/**
 * Conformance: `teipipe validate --schema tei_all.rng` over the 88 real-world files of
 * ../shared/conformance/tei-real, all in ONE run, agrees with Jing (stub-DTD verdicts) on ≥ 87 of 88.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {memoryIo} from '../../src/cli/io.js'
import {shared} from '../support/shared.js'

const root = shared('conformance', 'tei-real')
const schema = shared('reference', 'tei_all.rng')

describe.runIf(root !== undefined && schema !== undefined)('tei-real conformance against Jing', () => {
  it('agrees with jing_with_stub_dtd_verdict on at least 87 of 88 files, in one run', async () => {
    const dir = join(root as string, 'files')
    const rows = readFileSync(join(root as string, 'manifest.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'))
    const header = rows.shift() as string[]
    const verdictColumn = header.indexOf('jing_with_stub_dtd_verdict')
    const expected = new Map(rows.map((r) => [r[0] as string, r[verdictColumn] as string]))
    expect(expected.size).toBe(88)
    expect(readdirSync(dir).length).toBe(88)

    const io = memoryIo(dir)
    const code = await run(['validate', '--schema', schema as string, '--format', 'json', '.'], io)
    expect(code).toBe(1)
    const report = JSON.parse(io.out) as {files: {path: string; errorCount: number; messages: {ruleId: string; line?: number; column?: number}[]}[]}
    expect(report.files).toHaveLength(88)
    const disagreements: string[] = []
    for (const file of report.files) {
      const verdict = file.errorCount > 0 ? 'invalid' : 'valid'
      if (verdict !== expected.get(file.path)) disagreements.push(`${file.path}: ours ${verdict}, Jing ${expected.get(file.path)}`)
      // Every error has an exact place.
      for (const m of file.messages) expect(m.line, `${file.path} ${m.ruleId}`).toBeGreaterThan(0)
      for (const m of file.messages) expect(m.column, `${file.path} ${m.ruleId}`).toBeGreaterThan(0)
    }
    expect(disagreements.length, disagreements.join('\n')).toBeLessThanOrEqual(1)
  }, 600_000)
})
