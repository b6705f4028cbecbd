/**
 * Conformance: `teipipe validate --schema tei_all.rng` over the 88 real-world files of
 * ../shared/conformance/tei-real, all in ONE run, against Jing:
 * - verdicts agree with `jing_with_stub_dtd_verdict` on 88 of 88;
 * - when Jing is installed (Debian's jars), it is run on a scratch copy with empty stand-in DTDs (as the
 *   set's README describes) and every error it reports must have a counterpart in teipipe's report:
 *   same kind (mapped from Jing's wording to rule ids) and Jing's line inside the message's span. The
 *   share is printed and must be at least 90 %.
 */
import {execFileSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {run} from '../../src/cli/run.js'
import {memoryIo} from '../../src/cli/io.js'
import {shared} from '../support/shared.js'

const root = shared('conformance', 'tei-real')
const schema = shared('reference', 'tei_all.rng')
const JARS = ['jing.jar', 'xercesImpl.jar', 'xml-resolver.jar', 'Saxon-HE.jar'].map((j) => `/usr/share/java/${j}`)
const haveJing = JARS.every((j) => existsSync(j)) && existsSync('/usr/bin/java')

interface ReportMessage {
  ruleId: string
  line?: number
  column?: number
  endLine?: number
}
interface ReportFile {
  path: string
  errorCount: number
  messages: ReportMessage[]
}

/** Jing's wording → teipipe's rule id (Jing's message keys, mod/pattern resources/Messages.properties). */
function kindOf(text: string): string {
  if (/not allowed anywhere/.test(text)) return 'element-unknown'
  if (/^element ".*" not allowed (here|yet)/.test(text)) return 'element-not-allowed'
  if (/^element ".*" incomplete/.test(text)) return 'element-incomplete'
  if (/^text not allowed/.test(text)) return 'text-not-allowed'
  if (/^(attribute ".*" not allowed|found attribute)/.test(text)) return 'attribute-not-allowed'
  if (/^value of attribute/.test(text)) return 'attribute-value-invalid'
  if (/missing (required attribute|one or more required attributes)/.test(text)) return 'attribute-missing'
  if (/^(character content of element|empty content for element)/.test(text)) return 'value-invalid'
  if (/has already been defined/.test(text)) return 'id-duplicate'
  if (/without matching ID/.test(text)) return 'idref-missing'
  return `jing:${text}`
}

describe.runIf(root !== undefined && schema !== undefined)('tei-real conformance against Jing', () => {
  let report: {files: ReportFile[]}
  let code: number
  let scratch: string | undefined

  beforeAll(async () => {
    const io = memoryIo(join(root as string, 'files'))
    // Jing checks the grammar only: the Schematron embedded in tei_all.rng is switched off here (tested on its own in embedded-schematron.test.ts).
    code = await run(['validate', '--schema', schema as string, '--no-embedded-schematron', '--format', 'json', '.'], io)
    report = JSON.parse(io.out) as {files: ReportFile[]}
  }, 600_000)
  afterAll(() => {
    if (scratch) rmSync(scratch, {recursive: true, force: true})
  })

  it('agrees with jing_with_stub_dtd_verdict on all 88 files, in one run, every error placed', () => {
    const dir = join(root as string, 'files')
    const rows = readFileSync(join(root as string, 'manifest.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'))
    const header = rows.shift() as string[]
    const verdictColumn = header.indexOf('jing_with_stub_dtd_verdict')
    const expected = new Map(rows.map((r) => [r[0] as string, r[verdictColumn] as string]))
    expect(expected.size).toBe(88)
    expect(readdirSync(dir).length).toBe(88)
    expect(code).toBe(1)
    expect(report.files).toHaveLength(88)
    const disagreements: string[] = []
    for (const file of report.files) {
      const verdict = file.errorCount > 0 ? 'invalid' : 'valid'
      if (verdict !== expected.get(file.path)) disagreements.push(`${file.path}: ours ${verdict}, Jing ${expected.get(file.path)}`)
      for (const m of file.messages) expect(m.line, `${file.path} ${m.ruleId}`).toBeGreaterThan(0)
      for (const m of file.messages) expect(m.column, `${file.path} ${m.ruleId}`).toBeGreaterThan(0)
    }
    expect(disagreements, disagreements.join('\n')).toEqual([])
  })

  it.runIf(haveJing)('reports a counterpart (same line, same kind) for at least 90 % of the errors Jing reports', () => {
    scratch = mkdtempSync(join(tmpdir(), 'teipipe-jing-'))
    const files = join(scratch, 'files')
    cpSync(join(root as string, 'files'), files, {recursive: true})
    // Jing (Xerces) always loads a DOCTYPE's DTD and stops when it is missing: supply empty stand-ins.
    for (const name of readdirSync(files)) {
      const system = /<!DOCTYPE\s+\S+\s+SYSTEM\s+"([^"]+)"/.exec(readFileSync(join(files, name), 'utf8').slice(0, 2000))?.[1]
      if (!system || /^[a-z]+:/i.test(system)) continue
      const stub = resolve(files, system)
      if (!stub.startsWith(scratch)) continue
      mkdirSync(dirname(stub), {recursive: true})
      if (!existsSync(stub)) writeFileSync(stub, '')
    }
    let output: string
    try {
      output = execFileSync('java', ['-cp', JARS.join(':'), 'com.thaiopensource.relaxng.util.Driver', schema as string, ...readdirSync(files).filter((f) => /\.(xml|tei)$/.test(f)).sort()], {cwd: files, encoding: 'utf8', maxBuffer: 64 * 2 ** 20})
    } catch (error) {
      output = String((error as {stdout?: string}).stdout ?? '')
    }
    const jing = new Map<string, {line: number; kind: string}[]>()
    for (const line of output.split('\n')) {
      const m = /^(?:.*\/)?([^/:]+):(\d+):(\d+): (?:error|fatal): (.*)$/.exec(line)
      if (!m) continue
      const list = jing.get(m[1] as string) ?? []
      list.push({line: Number(m[2]), kind: kindOf(m[4] as string)})
      jing.set(m[1] as string, list)
    }
    let total = 0
    let covered = 0
    const missing: string[] = []
    for (const file of report.files) {
      for (const j of jing.get(file.path) ?? []) {
        total++
        const hit = file.messages.some((m) => m.ruleId === j.kind && m.line !== undefined && j.line >= m.line && j.line <= (m.endLine ?? m.line))
        if (hit) covered++
        else missing.push(`${file.path}:${j.line} ${j.kind}`)
      }
    }
    const share = covered / total
    process.stdout.write(`[conformance] Jing reports ${total} errors in ${jing.size} files; teipipe reports a counterpart (same line, same kind) for ${covered}: ${(100 * share).toFixed(1)} %\n`)
    expect(total).toBeGreaterThan(5000)
    expect(share, missing.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(0.9)
  }, 300_000)
})
