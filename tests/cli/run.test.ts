import {describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {memoryIo} from '../../src/cli/io.js'
import {VERSION} from '../../src/version.js'

describe('teipipe CLI frame', () => {
  it('prints help listing the four commands and exits 0', async () => {
    const io = memoryIo()
    expect(await run(['--help'], io)).toBe(0)
    for (const name of ['encode', 'validate', 'render', 'build']) expect(io.out).toMatch(new RegExp(`^  ${name} `, 'm'))
  })

  it('prints the version', async () => {
    const io = memoryIo()
    expect(await run(['--version'], io)).toBe(0)
    expect(io.out.trim()).toBe(VERSION)
  })

  it('exits 2 with a usage message for an unknown command, without a stack trace', async () => {
    const io = memoryIo()
    expect(await run(['frobnicate'], io)).toBe(2)
    expect(io.err).toContain("unknown command 'frobnicate'")
    expect(io.err).not.toMatch(/\n\s+at /)
  })

  it('exits 2 for an unknown option', async () => {
    const io = memoryIo()
    expect(await run(['validate', '--no-such-option'], io)).toBe(2)
    expect(io.err).toContain('unknown option')
  })

  it('exits 2 and shows usage when called without a command', async () => {
    const io = memoryIo()
    expect(await run([], io)).toBe(2)
    expect(io.out).toContain('Usage: teipipe')
  })
})
