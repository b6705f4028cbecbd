/** Done-when of issue 3: `teipipe validate tei/134242.xml` (our schema and rules, the defaults) exits 0. */
import {describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {memoryIo} from '../../src/cli/io.js'
import {packageRoot} from '../../src/core/paths.js'

describe('the memo', () => {
  it('is valid against teipipe.rng and teipipe.sch, in every format', async () => {
    const io = memoryIo(packageRoot)
    expect(await run(['validate', 'tei/134242.xml'], io), io.out + io.err).toBe(0)
    expect(io.out).toBe('1 file checked: no problems\n')
    const json = memoryIo(packageRoot)
    expect(await run(['validate', '--format', 'json'], json)).toBe(0)
    const report = JSON.parse(json.out) as {files: {path: string; errorCount: number}[]}
    expect(report.files.find((f) => f.path === 'tei/134242.xml')?.errorCount).toBe(0)
  }, 120_000)
})
