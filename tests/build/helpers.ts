/** Helpers for the build tests: project folders in a temporary directory, running the CLI, reading outputs. */
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, relative} from 'node:path'
import {createRequire} from 'node:module'
import {memoryIo} from '../../src/cli/io.js'
import {run} from '../../src/cli/run.js'
import {packagePath} from '../../src/core/paths.js'

/** A temporary folder for a test file; `cleanup` removes it. */
export function tempRoot(prefix: string): {root: string; cleanup: () => void} {
  const root = mkdtempSync(join(tmpdir(), `teipipe-${prefix}-`))
  return {root, cleanup: () => rmSync(root, {recursive: true, force: true})}
}

/** Write a project: relative path → content. */
export function writeProject(dir: string, files: Record<string, string>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), {recursive: true})
    writeFileSync(join(dir, path), content)
  }
  return dir
}

/** Run `teipipe build …args` in `dir`; returns the exit code and what was printed. */
export async function build(dir: string, ...args: string[]): Promise<{code: number; out: string; err: string}> {
  const io = memoryIo(dir)
  const code = await run(['build', ...args], io)
  return {code, out: io.out, err: io.err}
}

/** Every file under a folder: relative '/'-separated path → content (hidden cache folders included). */
export function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (d: string): void => {
    for (const entry of readdirSync(d).sort()) {
      const path = join(d, entry)
      if (statSync(path).isDirectory()) walk(path)
      else out[relative(dir, path).split('\\').join('/')] = readFileSync(path, 'utf8')
    }
  }
  walk(dir)
  return out
}

/** A small TEI letter, valid against teipipe's schema and rules, with a title, a date and a paragraph. */
export function letter(title: string, when: string, text: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc><titleStmt><title>${title}</title></titleStmt><publicationStmt><publisher>teipipe tests</publisher><availability><licence>CC0</licence></availability></publicationStmt><sourceDesc><bibl><date when="${when}">${when}</date></bibl></sourceDesc></fileDesc><profileDesc><langUsage><language ident="en">English</language></langUsage></profileDesc></teiHeader><text><body><p>${text}</p></body></text></TEI>
`
}

/** The memo's source text and sidecar (in the repository: present in every clone). */
export function memoSource(): {text: string; edits: string} {
  return {text: readFileSync(packagePath('sources', 'wilson', '134242.txt'), 'utf8'), edits: readFileSync(packagePath('sources', 'wilson', '134242.edits.json'), 'utf8')}
}

let compiled: string | undefined

/**
 * Compile src/ to build/test-lib/ (tsc, about a second) so that worker threads run the code under test,
 * and point the build's pool at it (TEIPIPE_BUILD_WORKER).
 */
export function compileWorker(): string {
  if (compiled) return compiled
  const require = createRequire(import.meta.url)
  const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc')
  const outDir = packagePath('build', 'test-lib')
  execFileSync(process.execPath, [tsc, '-p', packagePath('tsconfig.build.json'), '--outDir', outDir], {stdio: 'pipe'})
  compiled = join(outDir, 'build', 'worker.js')
  process.env['TEIPIPE_BUILD_WORKER'] = compiled
  return compiled
}

/** Stderr without the progress lines (which say how much work there was, so differ between builds). */
export function reportOf(err: string): string {
  return err.split('\n').filter((l) => !/^(Encoding and validating|Rendering) \d+ of \d+ document/.test(l)).join('\n')
}
