#!/usr/bin/env node
// Validation benchmark, as ratios against Jing in the same script:
//  1. the memo with teipipe's schema + rules (cold and warm, in process);
//  2. tei_all.rng over the 88 conformance files (../shared/conformance/tei-real), one teipipe process
//     (`teipipe validate --schema tei_all.rng`, Node start included) against one Jing process (JVM start
//     included) on the same files, with empty stand-in DTDs so that Jing does not stop at a missing DTD;
//  3. tei_all.rng over the Wilson corpus encoded by teipipe (../shared/corpus/wilson/*.txt, each encoded
//     once, plus the same documents again under a second name, 2 × 21+ documents), same comparison.
// Each comparison runs 3 times and reports medians; teipipe checks the grammar only there, as Jing does
// (--no-embedded-schematron), and one more run times tei_all's embedded Schematron on top (encoded documents).
// The load average is printed with the figures. Run `npm run prepare` first (the CLI uses lib/).
// Usage: node bench/validate.mjs
import {execFileSync, spawnSync} from 'node:child_process'
import {copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const shared = join(root, '..', 'shared')
const bin = join(root, 'bin', 'teipipe.js')
const {TeiFile} = await import(join(root, 'lib/core/file.js'))
const {validateFiles} = await import(join(root, 'lib/validate/index.js'))

const rows = []
const report = (what, ms, extra = '') => rows.push(`${what.padEnd(58)} ${ms.toFixed(0).padStart(7)} ms ${extra}`)
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

// 1. The memo, in process.
const memoPath = join(root, 'tei/134242.xml')
if (existsSync(memoPath)) {
  const memo = readFileSync(memoPath, 'utf8')
  const once = async () => {
    const start = performance.now()
    await validateFiles([new TeiFile(memoPath, memo)], {schema: join(root, 'schemas/teipipe.rng'), schematron: join(root, 'schemas/teipipe.sch')})
    return performance.now() - start
  }
  const cold = await once()
  const warm = await once()
  report('memo, teipipe schema + rules, first run in process', cold)
  report('memo, teipipe schema + rules, warm', warm, `(${(warm / cold).toFixed(3)} of the first run)`)
}

const teiAll = join(shared, 'reference', 'tei_all.rng')
const jingJars = ['jing.jar', 'xercesImpl.jar', 'xml-resolver.jar', 'Saxon-HE.jar'].map((j) => `/usr/share/java/${j}`)
const plainJing = jingJars.every((j) => existsSync(j))
const haveJing = existsSync('/usr/bin/jing')

const gnuTime = existsSync('/usr/bin/time')

/** Time one process: wall-clock milliseconds and, with GNU time, CPU milliseconds (user + system; steadier on a busy machine). */
function timed(command, args, cwd) {
  const start = performance.now()
  const result = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', 'teipipe-bench-cpu %U %S', command, ...args], {cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 2 ** 20, encoding: 'utf8'})
    : spawnSync(command, args, {cwd, stdio: 'ignore', maxBuffer: 256 * 2 ** 20})
  const wall = performance.now() - start
  const m = gnuTime ? /teipipe-bench-cpu ([\d.]+) ([\d.]+)/.exec(result.stderr ?? '') : null
  return {wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN}
}

/** teipipe and Jing on the same files in `dir`, 3 runs each (alternating), medians and their ratio. */
function compare(label, dir, files, timeEmbedded = false) {
  const ours = []
  const theirs = []
  for (let i = 0; i < 3; i++) {
    // The grammar only, as Jing checks it (tei_all's embedded Schematron is timed on its own below).
    ours.push(timed(process.execPath, [bin, 'validate', '--schema', teiAll, '--no-embedded-schematron', '--format', 'json', ...files], dir))
    // Plain Jing (no XInclude), as the conformance set's README runs it; else Debian's wrapper.
    theirs.push(plainJing ? timed('java', ['-cp', jingJars.join(':'), 'com.thaiopensource.relaxng.util.Driver', teiAll, ...files], dir) : timed('/usr/bin/jing', [teiAll, ...files], dir))
  }
  const t = median(ours.map((r) => r.wall))
  const j = median(theirs.map((r) => r.wall))
  const tc = median(ours.map((r) => r.cpu))
  const jc = median(theirs.map((r) => r.cpu))
  report(`${label}: teipipe (one process)`, t, Number.isNaN(tc) ? '' : `(CPU ${tc.toFixed(0)} ms)`)
  report(`${label}: jing (one process)`, j, Number.isNaN(jc) ? '' : `(CPU ${jc.toFixed(0)} ms)`)
  rows.push(`ratio teipipe/jing, ${label}: ${(t / j).toFixed(2)} wall-clock (target <= 1.00: ${t <= j ? 'met' : 'NOT met'})${Number.isNaN(tc) ? '' : `, ${(tc / jc).toFixed(2)} CPU time`}`)
  if (!timeEmbedded) return
  // The same files with tei_all's embedded Schematron run after the grammar (what oXygen does; Jing has no
  // counterpart). Only for the encoded documents: on the conformance set's novels it takes minutes.
  // First run: compiles the extracted rules to SEF unless the user's cache has them; second: the steady state.
  const firstWithRules = timed(process.execPath, [bin, 'validate', '--schema', teiAll, '--embedded-schematron', '--format', 'json', ...files], dir)
  report(`${label}: teipipe with embedded Schematron, first run`, firstWithRules.wall, Number.isNaN(firstWithRules.cpu) ? '' : `(CPU ${firstWithRules.cpu.toFixed(0)} ms)`)
  const withRules = timed(process.execPath, [bin, 'validate', '--schema', teiAll, '--embedded-schematron', '--format', 'json', ...files], dir)
  report(`${label}: teipipe with embedded Schematron, compiled`, withRules.wall, Number.isNaN(withRules.cpu) ? '' : `(CPU ${withRules.cpu.toFixed(0)} ms)`)
  rows.push(`ratio with embedded Schematron / grammar only, ${label}: ${(withRules.wall / t).toFixed(2)} wall-clock${Number.isNaN(tc) ? '' : `, ${(withRules.cpu / tc).toFixed(2)} CPU time`}`)
}

if (!existsSync(teiAll) || !haveJing) rows.push('tei_all.rng (../shared) or /usr/bin/jing missing: no comparison with Jing')
else {
  const scratch = mkdtempSync(join(tmpdir(), 'teipipe-bench-'))
  try {
    // 2. The conformance set, with stand-in DTDs.
    const conf = join(scratch, 'conformance')
    cpSync(join(shared, 'conformance', 'tei-real', 'files'), conf, {recursive: true})
    for (const name of readdirSync(conf)) {
      const system = /<!DOCTYPE\s+\S+\s+SYSTEM\s+"([^"]+)"/.exec(readFileSync(join(conf, name), 'utf8').slice(0, 2000))?.[1]
      if (!system || /^[a-z]+:/i.test(system)) continue
      const stub = resolve(conf, system)
      if (!stub.startsWith(scratch)) continue
      mkdirSync(dirname(stub), {recursive: true})
      if (!existsSync(stub)) writeFileSync(stub, '')
    }
    const confFiles = readdirSync(conf).filter((f) => /\.(xml|tei)$/.test(f)).sort()
    compare(`tei_all, ${confFiles.length} conformance files`, conf, confFiles)

    // 3. The Wilson corpus encoded by teipipe, twice under different names.
    const sources = join(shared, 'corpus', 'wilson')
    const encoded = join(scratch, 'encoded')
    mkdirSync(encoded)
    const texts = readdirSync(sources).filter((f) => f.endsWith('.txt')).map((f) => join(sources, f))
    try {
      execFileSync(process.execPath, [bin, 'encode', '-o', encoded, '--force', ...texts], {stdio: 'ignore'})
    } catch {
      // a text that fails to encode is left out; the others are written
    }
    for (const f of readdirSync(encoded)) if (f.endsWith('.xml')) copyFileSync(join(encoded, f), join(encoded, `copy-${f}`))
    const encodedFiles = readdirSync(encoded).filter((f) => f.endsWith('.xml')).sort()
    compare(`tei_all, ${encodedFiles.length} encoded documents`, encoded, encodedFiles, true)
  } finally {
    rmSync(scratch, {recursive: true, force: true})
  }
}
const {loadavg} = await import('node:os')
process.stdout.write(`teipipe validate benchmark (load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})\n${rows.join('\n')}\n`)
