#!/usr/bin/env node
// Validation benchmark: the memo (schema + rules, cold and warm), then N copies in one run, against Jing
// on the same RELAX NG schema when /usr/bin/jing is installed. Prints times and ratios, not verdicts.
// Run `npm run prepare` first (it compiles src/ to lib/). Usage: node bench/validate.mjs [copies=1000]
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const {TeiFile} = await import(join(root, 'lib/core/file.js'))
const {validateFiles} = await import(join(root, 'lib/validate/index.js'))

const copies = Number(process.argv[2] ?? 1000)
const schema = join(root, 'schemas/teipipe.rng')
const schematron = join(root, 'schemas/teipipe.sch')
const memoPath = [join(root, 'tei/134242.xml'), join(root, '../shared/docs/tei-encoding-skeleton.xml')].find((p) => existsSync(p))
if (!memoPath) throw new Error('no memo: neither tei/134242.xml nor ../shared/docs/tei-encoding-skeleton.xml exists')
const memo = readFileSync(memoPath, 'utf8')

/** Milliseconds taken by an async function, and its result. */
async function time(fn) {
  const start = performance.now()
  const result = await fn()
  return {ms: performance.now() - start, result}
}

function errors(files) {
  return files.reduce((n, f) => n + f.messages.filter((m) => m.severity === 'error').length, 0)
}

const rows = []
const report = (what, ms, extra = '') => rows.push(`${what.padEnd(48)} ${ms.toFixed(0).padStart(7)} ms ${extra}`)

const cold = await time(async () => {
  const files = [new TeiFile(memoPath, memo)]
  await validateFiles(files, {schema, schematron})
  return files
})
report('memo, schema + rules, first run in process', cold.ms, `(${errors(cold.result)} errors)`)
const warm = await time(async () => {
  const files = [new TeiFile(memoPath, memo)]
  await validateFiles(files, {schema, schematron})
  return files
})
report('memo, schema + rules, warm (second run)', warm.ms, `(${(warm.ms / cold.ms).toFixed(3)} of the first run; target < 300 ms: ${warm.ms < 300 ? 'met' : 'NOT met'})`)
const rulesOnly = await time(async () => {
  const files = [new TeiFile(memoPath, memo)]
  await validateFiles(files, {schema: join(root, 'tests/fixtures/validate/mini-tei.rng'), schematron})
  return files
})
report('memo, rules + a trivial schema (rules cost)', rulesOnly.ms)

const dir = mkdtempSync(join(tmpdir(), 'teipipe-bench-'))
const paths = Array.from({length: copies}, (_, i) => join(dir, `memo-${String(i).padStart(5, '0')}.xml`))
for (const path of paths) writeFileSync(path, memo)
const many = await time(async () => {
  const files = paths.map((p) => new TeiFile(p, memo))
  await validateFiles(files, {schema, schematron: false})
  return files
})
report(`${copies} copies, schema only, one run`, many.ms)
const manyRules = await time(async () => {
  const files = paths.map((p) => new TeiFile(p, memo))
  await validateFiles(files, {schema, schematron})
  return files
})
report(`${copies} copies, schema + rules, one run`, manyRules.ms)

const jing = '/usr/bin/jing'
if (existsSync(jing)) {
  const run = (files) => {
    const start = performance.now()
    try {
      execFileSync(jing, [schema, ...files], {stdio: 'pipe'})
    } catch {
      // jing exits 1 on invalid documents; only the time matters here
    }
    return performance.now() - start
  }
  const jingOne = run([memoPath])
  report('jing, memo, schema only (JVM start included)', jingOne)
  const jingMany = run(paths)
  report(`jing, ${copies} copies, schema only`, jingMany)
  rows.push('')
  rows.push(`ratio warm/first run, memo, schema + rules: ${(warm.ms / cold.ms).toFixed(3)}`)
  rows.push(`ratio teipipe/jing, memo (schema + rules, warm vs one jing run): ${(warm.ms / jingOne).toFixed(2)}`)
  rows.push(`ratio teipipe/jing, ${copies} copies, schema only: ${(many.ms / jingMany).toFixed(2)} (target <= 1)`)
  rows.push(`ratio teipipe/jing, ${copies} copies, schema + rules vs schema only: ${(manyRules.ms / jingMany).toFixed(2)}`)
} else rows.push(`ratio warm/first run, memo, schema + rules: ${(warm.ms / cold.ms).toFixed(3)}`, 'jing is not installed: no comparison')
rmSync(dir, {recursive: true, force: true})
process.stdout.write(`teipipe validate benchmark (${memoPath.replace(root, '')})\n${rows.join('\n')}\n`)
