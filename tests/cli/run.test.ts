import {readFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'
import {packagePath} from '../../src/core/paths.js'
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

describe('commands are loaded lazily', () => {
  it("the table's summaries are the commands' own, and --help lists init", async () => {
    const {commands} = await import('../../src/cli/commands/index.js')
    for (const entry of commands) {
      const spec = await entry.load()
      expect([spec.name, spec.summary]).toEqual([entry.name, entry.summary])
    }
    const io = memoryIo()
    expect(await run(['--help'], io)).toBe(0)
    expect(io.out).toMatch(/^ {2}init /m)
  })

  it('help for one command shows its options (its module is loaded for it)', async () => {
    const io = memoryIo()
    expect(await run(['help', 'validate'], io)).toBe(0)
    expect(io.out).toContain('--schematron <file>')
    const direct = memoryIo()
    expect(await run(['init', '--help'], direct)).toBe(0)
    expect(direct.out).toContain('--with-config')
  })

  it('the CLI frame and the validate command import no heavy engine statically (saxon-js, the encoder, the build)', () => {
    const reach = (entry: string) => staticImports(packagePath('src', ...entry.split('/')))
    const frame = reach('cli/run.ts')
    expect(frame.files.some((f) => f.endsWith('cli/commands/index.ts'))).toBe(true) // the walk works
    expect(frame.files.filter((f) => /cli\/commands\/(encode|validate|render|build|init)\.ts$/.test(f))).toEqual([])
    const validate = reach('cli/commands/validate.ts')
    expect(validate.files.some((f) => f.endsWith('validate/index.ts'))).toBe(true)
    expect(validate.packages.filter((p) => ['saxon-js', 'compromise', 'piscina', 'xmllint-wasm', 'chokidar'].includes(p))).toEqual([])
    expect(validate.files.filter((f) => /\/src\/(encode|build|transform)\//.test(f) || /schematron\/index\.ts$/.test(f))).toEqual([])
  })

  it('the build command imports no rendering engine, pool, watcher or config parser statically: a build with nothing to do never loads them', () => {
    const build = staticImports(packagePath('src', 'cli', 'commands', 'build.ts'))
    expect(build.files.some((f) => f.endsWith('build/build.ts'))).toBe(true) // the walk works
    // `import {type A} from` keeps a side-effect import under verbatimModuleSyntax: counted here as a value import.
    expect(build.files.filter((f) => /\/src\/transform\//.test(f) || /\/src\/encode\/index\.ts$/.test(f) || /build\/(steps|stylesheets|worker)\.ts$/.test(f))).toEqual([])
    expect(build.packages).toContain('saxes') // the walk finds packages
    // Loaded only when used: piscina (workers), chokidar (--watch), cli-progress (a terminal), yaml and ajv (a config file).
    expect(build.packages.filter((p) => ['saxon-js', 'compromise', 'xmllint-wasm', 'piscina', 'chokidar', 'cli-progress', 'yaml', 'ajv'].includes(p))).toEqual([])
  })
})

/** The modules (and npm packages) a module reaches through static value imports (`import type` and `import()` excluded). */
function staticImports(entry: string): {files: string[]; packages: string[]} {
  const files = new Set<string>()
  const packages = new Set<string>()
  const queue = [entry]
  while (queue.length > 0) {
    const file = queue.pop() as string
    if (files.has(file)) continue
    files.add(file)
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
      const target = m[1] ?? ''
      if (target.startsWith('.')) queue.push(resolve(dirname(file), target.replace(/\.js$/, '.ts')))
      else if (!target.startsWith('node:')) packages.add(target.startsWith('@') ? target.split('/').slice(0, 2).join('/') : (target.split('/')[0] ?? target))
    }
  }
  return {files: [...files], packages: [...packages]}
}
