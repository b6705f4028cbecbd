/** `teipipe validate` options: help, formats, --quiet. */
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {memoryIo} from '../../src/cli/io.js'

const fixtures = join(import.meta.dirname, '..', 'fixtures')
const schema = join(fixtures, 'validate', 'mini-tei.rng')
const rules = join(fixtures, 'validate', 'mini-rules.sch')

describe('teipipe validate options', () => {
  it('documents its options and exit codes in --help', async () => {
    const io = memoryIo()
    expect(await run(['validate', '--help'], io)).toBe(0)
    for (const option of ['--schema <file>', '--schematron <file>', '--format <name>', '--max-warnings <n>', '--quiet']) expect(io.out).toContain(option)
    expect(io.out).toContain('Exit codes: 0 clean, 1 invalid (or too many warnings), 2 usage or configuration error.')
  })

  it('refuses an unknown format with exit 2', async () => {
    const io = memoryIo(fixtures)
    expect(await run(['validate', '--format', 'xml', 'validate/valid.xml'], io)).toBe(2)
    expect(io.err).toContain("argument 'xml' is invalid")
  })

  it('--quiet shows errors only, and warnings alone do not fail the run', async () => {
    const io = memoryIo(join(fixtures, 'invalid'))
    expect(await run(['validate', '--schema', schema, '--schematron', rules, '--quiet', 'schematron-rules'], io)).toBe(1)
    expect(io.out).not.toContain('name-has-ref')
    expect(io.out).not.toContain('div-n-large')
    expect(io.out).toContain('ref-resolves')
    expect(io.out).toMatch(/1 file checked: 3 errors\n$/)
  })
})
