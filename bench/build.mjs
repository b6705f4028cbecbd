// Build benchmark: `teipipe build` on generated projects of 200 and 1,000 documents, against a reference
// run in the same script: the same documents validated and rendered one after another in one thread
// (validateFiles + renderHtml + renderText, no build machinery). Every build runs as a child process
// (`node bin/teipipe.js build`), so the figures include start-up, and peak memory is the child's (its
// worker threads included). Run after `npm run prepare` (uses lib/).
//   node bench/build.mjs [--small 200] [--large 1000]
// With TEI_STYLESHEETS set (and Java, Jing, Saxon-HE installed), the same documents also go through the Java
// chain (bench/java-chain.mjs: Jing + TEI Stylesheets HTML + text on Saxon-HE) for the ratio teipipe / Java.
// Every build runs with TEIPIPE_TIMINGS=1: the table ends with where the cold builds' time went.
// Documents: the encoded Wilson corpus (../shared) or the memo (tei/134242.xml), each copy varied in its
// title and text so that no two documents are the same.
import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {performance} from 'node:perf_hooks'
import {baseDocuments, variant} from './documents.mjs'

const root = new URL('..', import.meta.url).pathname
const lib = (p) => join(root, 'lib', p)
const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback)

if (process.argv[2] === '--child') {
  // Child mode: run the CLI, then report time and peak memory (resident set, threads included) on stderr.
  const {run} = await import(lib('cli/run.js'))
  const {memoryIo} = await import(lib('cli/io.js'))
  const io = memoryIo(process.argv[3])
  const start = performance.now()
  const code = await run(['build', ...process.argv.slice(4)], io)
  const ms = performance.now() - start
  const usage = process.resourceUsage()
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000
  // CPU by thread (Linux, /proc/<pid>/task/<tid>/schedstat, ns): this main thread, and the threads still alive
  // besides it (V8's platform threads - garbage collector and compiler helpers - and libuv's); the workers
  // have exited and report their own (`thread.cpu` timing lines).
  const threads = {mainCpuMs: undefined, otherThreadsCpuMs: undefined}
  try {
    const cpuOf = (tid) => Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6
    threads.mainCpuMs = cpuOf(process.pid)
    threads.otherThreadsCpuMs = readdirSync('/proc/self/task').filter((t) => t !== String(process.pid)).reduce((sum, t) => sum + cpuOf(t), 0)
  } catch {
    // not Linux: the table shows only the process's CPU
  }
  process.stderr.write(`\n@@${JSON.stringify({code, ms, cpuMs, ...threads, maxRssMb: usage.maxRSS / 1024, out: io.out.trim()})}\n`)
  process.exit(0)
}

if (!existsSync(lib('build/build.js'))) {
  console.error('bench/build.mjs: run `npm run prepare` first (lib/ is missing).')
  process.exit(2)
}
const small = arg('--small', 200)
const large = arg('--large', 1000)
const temp = mkdtempSync(join(tmpdir(), 'teipipe-bench-build-'))
process.on('exit', () => rmSync(temp, {recursive: true, force: true}))

const {TeiFile} = await import(lib('core/file.js'))

function project(name, count, bases) {
  const dir = join(temp, name)
  mkdirSync(join(dir, 'tei'), {recursive: true})
  for (let n = 0; n < count; n++) writeFileSync(join(dir, 'tei', `doc-${String(n).padStart(4, '0')}.xml`), variant(bases, n))
  return dir
}

/** One build in a child process; `ms` is the whole process's wall time (start-up and module loading included). */
function build(dir, ...args) {
  const start = performance.now()
  const child = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--child', dir, ...args], {encoding: 'utf8', maxBuffer: 1 << 28, env: {...process.env, TEIPIPE_TIMINGS: '1', XDG_CACHE_HOME: join(temp, 'user-cache')}})
  const ms = performance.now() - start
  const lines = child.stderr.split('\n')
  const line = lines.find((l) => l.startsWith('@@{'))
  if (!line) throw new Error(`build failed: ${child.stderr.slice(-2000)}`)
  return {...JSON.parse(line.slice(2)), ms, timings: timingsOf(lines)}
}

/**
 * The build's `@@timing <thread> <label> <ms>` lines (src/build/timings.ts) summed per thread kind and
 * label: `main plan`, `main check-phase`, `workers check.validate` (summed over workers), `workers
 * worker.loaded` (the slowest worker), ….
 */
function timingsOf(lines) {
  const sums = new Map()
  // `thread.cpu` is a worker's CPU so far: its last (largest) line is its total, summed over workers.
  const threadCpu = new Map()
  for (const l of lines) {
    const m = /^@@timing (\S+) (.+) ([\d.]+)$/.exec(l)
    if (!m) continue
    const thread = m[1] === 'main' ? 'main' : 'workers'
    const label = m[2].replace(/\(\d+(, \d+ jobs)?\)/, '')
    const key = `${thread} ${label}`
    const ms = Number(m[3])
    if (label === 'thread.cpu') threadCpu.set(m[1], Math.max(threadCpu.get(m[1]) ?? 0, ms))
    else sums.set(key, label.startsWith('worker.') || label.startsWith('mem.') ? Math.max(sums.get(key) ?? 0, ms) : (sums.get(key) ?? 0) + ms)
  }
  if (threadCpu.size > 0) sums.set('workers thread.cpu', [...threadCpu.values()].reduce((a, b) => a + b, 0))
  return sums
}

function tree(dir) {
  const out = {}
  const walk = (d) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e)
      if (statSync(p).isDirectory()) walk(p)
      else out[relative(dir, p)] = readFileSync(p, 'utf8')
    }
  }
  walk(dir)
  return out
}

const bases = await baseDocuments()
const os = await import('node:os')
console.log(`base documents: ${bases.length}; projects of ${small} and ${large} documents; cores: ${os.availableParallelism()}; load average at start: ${os.loadavg()[0].toFixed(1)}`)

// Reference: the same documents, validated and rendered one after another in this process.
const {validateFiles} = await import(lib('validate/index.js'))
const {renderHtml} = await import(lib('transform/html.js'))
const {renderText} = await import(lib('transform/text.js'))
{
  // Warm the engines (schema, stylesheets) so the reference is the steady per-document cost.
  const warm = new TeiFile('w.xml', variant(bases, 0))
  await validateFiles([warm]); renderHtml(warm); renderText(warm)
}
const refStart = performance.now()
for (let n = 0; n < small; n += 10) {
  const files = []
  for (let k = n; k < Math.min(small, n + 10); k++) files.push(new TeiFile(`d${k}.xml`, variant(bases, k)))
  await validateFiles(files)
  for (const f of files) { renderText(f); renderHtml(f) }
}
const refPerDoc = (performance.now() - refStart) / small
console.log(`reference (one thread, engines warm, no build machinery): ${refPerDoc.toFixed(1)} ms/doc`)

// The first build on a machine compiles teipipe's Schematron rules into the user's cache (once; the builds
// here use a fresh one under the bench's temporary folder). Measured on a project of 3 documents, once with
// and once without that cache; the cold builds below start with it in place, so they measure the documents' work.
const seedDir = project('seed', 3, bases)
const firstEver = build(seedDir, '--jobs', '1')
rmSync(join(seedDir, '.teipipe-cache', 'build-state.json'), {force: true}); rmSync(join(seedDir, 'dist'), {recursive: true, force: true})
const seeded = build(seedDir, '--jobs', '1')

const smallDir = project('small', small, bases)
const cold1 = build(smallDir, '--jobs', '1')
rmSync(join(smallDir, '.teipipe-cache'), {recursive: true, force: true}); rmSync(join(smallDir, 'dist'), {recursive: true, force: true})
const cold2 = build(smallDir, '--jobs', '2')
const noop = build(smallDir, '--jobs', '2')
const one = join(smallDir, 'tei', 'doc-0007.xml')
writeFileSync(one, readFileSync(one, 'utf8').replace('Copy 7. ', 'Copy 7, changed. '))
const changed = build(smallDir, '--jobs', '2')

const largeDir = project('large', large, bases)
const coldLarge = build(largeDir)
// --jobs 1 on the large project too: each worker warms its own V8 (the compiler threads optimizing saxon-js
// spend seconds of CPU per isolate, whatever the number of documents), so the ratio of two workers to one
// depends on how many documents share that fixed cost.
rmSync(join(largeDir, '.teipipe-cache'), {recursive: true, force: true}); rmSync(join(largeDir, 'dist'), {recursive: true, force: true})
const coldLarge1 = build(largeDir, '--jobs', '1')
rmSync(join(largeDir, '.teipipe-cache'), {recursive: true, force: true}); rmSync(join(largeDir, 'dist'), {recursive: true, force: true})
const coldLarge2 = build(largeDir, '--jobs', '2')

// Shards: 1/2 + 2/2 + --merge into a copy of the small project, against the one build above.
const shardDir = join(temp, 'shards')
mkdirSync(shardDir)
cpSync(join(smallDir, 'tei'), join(shardDir, 'tei'), {recursive: true})
build(shardDir, '--jobs', '1', '--shard', '1/2')
build(shardDir, '--jobs', '1', '--shard', '2/2')
build(shardDir, '--merge')
const whole = tree(join(smallDir, 'dist'))
const sharded = tree(join(shardDir, 'dist'))
const sameShards = JSON.stringify(whole) === JSON.stringify(sharded)

// The Java chain over the same TEI folders (when TEI_STYLESHEETS names the TEI Stylesheets).
const {javaChainAvailable, runJavaChain} = await import(new URL('./java-chain.mjs', import.meta.url).pathname)
const java = javaChainAvailable()
const javaRuns = {}
if (java.ok) {
  for (const [name, dir] of [['small', smallDir], ['large', largeDir]]) {
    const teiDir = join(dir, 'tei')
    const files = readdirSync(teiDir).filter((f) => f.endsWith('.xml')).sort().map((f) => join(teiDir, f))
    javaRuns[name] = runJavaChain({teiDir, files, rng: join(root, 'schemas', 'teipipe.rng'), outDir: join(temp, `java-${name}`), stylesheets: java.stylesheets})
  }
}

const perDoc = (r, n) => r.ms / n
const row = (label, value, target) => console.log(`${label.padEnd(52)} ${value.padEnd(30)} ${target}`)
console.log('')
row('measure', 'figure', 'target')
row(`cold build, ${small} docs, --jobs 1`, `${perDoc(cold1, small).toFixed(1)} ms/doc = ${(perDoc(cold1, small) / refPerDoc).toFixed(2)}x reference`, '')
row(`cold build, ${small} docs, --jobs 2`, `${perDoc(cold2, small).toFixed(1)} ms/doc = ${(perDoc(cold2, small) / refPerDoc).toFixed(2)}x reference`, '')
row(`cold build, ${large} docs (default jobs)`, `${perDoc(coldLarge, large).toFixed(1)} ms/doc = ${(perDoc(coldLarge, large) / refPerDoc).toFixed(2)}x reference`, '≤ 10 ms/doc')
row('  once per machine: compiling the Schematron', `+${((firstEver.ms - seeded.ms) / 1000).toFixed(2)} s (3 docs: ${(firstEver.ms / 1000).toFixed(2)} s, cached: ${(seeded.ms / 1000).toFixed(2)} s)`, '')
row('--jobs 2 / --jobs 1 (cold, small)', `${(cold2.ms / cold1.ms).toFixed(2)}x`, '≤ 0.6x')
row(`--jobs 2 / --jobs 1 (cold, ${large} docs)`, `${(coldLarge2.ms / coldLarge1.ms).toFixed(2)}x (${(coldLarge1.ms / 1000).toFixed(1)} s / ${(coldLarge2.ms / 1000).toFixed(1)} s; cores kept busy ${(coldLarge1.cpuMs / coldLarge1.ms).toFixed(2)} / ${(coldLarge2.cpuMs / coldLarge2.ms).toFixed(2)})`, '≤ 0.6x')
row('  cores kept busy (CPU time / wall time), --jobs 1 / 2', `${(cold1.cpuMs / cold1.ms).toFixed(2)} / ${(cold2.cpuMs / cold2.ms).toFixed(2)}`, '≈ 1 / ≈ 2 on an idle machine')
// The bound: --jobs 1 already keeps `busy1` cores busy (its thread, and V8's garbage-collector and compiler
// threads on the other core), so on `cores` cores the same CPU takes at least busy1 / cores of its wall time;
// spending more CPU with two workers (a second isolate's warm-up, more collection) raises that floor by the ratio of CPU.
const cores = Math.min(2, os.availableParallelism())
const busy1 = cold1.cpuMs / cold1.ms
const cpuRatio = cold2.cpuMs / cold1.cpuMs
row('  bound for --jobs 2 / --jobs 1 on this machine', `${Math.min(1, busy1 / cores).toFixed(2)}x with --jobs 1's CPU (${busy1.toFixed(2)} cores / ${cores}), ${Math.min(1, (busy1 * cpuRatio) / cores).toFixed(2)}x with --jobs 2's (CPU ${cpuRatio.toFixed(2)}x)`, `measured ${(cold2.ms / cold1.ms).toFixed(2)}x`)
console.log(`  (the ideal: the CPU --jobs 1 spent, spread over ${cores} cores with no loss; the measured ratio is above it by the extra CPU two workers spend and by the time a core is not given to the build)`)
const threadRow = (r) => (r.mainCpuMs === undefined ? 'n/a' : `main ${(r.mainCpuMs / 1000).toFixed(1)} s, workers ${((r.timings.get('workers thread.cpu') ?? 0) / 1000).toFixed(1)} s, V8/libuv helpers ${(r.otherThreadsCpuMs / 1000).toFixed(1)} s, process ${(r.cpuMs / 1000).toFixed(1)} s`)
row('  CPU by thread, --jobs 1', threadRow(cold1), '')
row('  CPU by thread, --jobs 2', threadRow(cold2), '')
row(`no-op rebuild, ${small} docs`, `${(noop.ms / 1000).toFixed(2)} s = ${(noop.ms / cold2.ms).toFixed(3)}x cold`, '< 1 s')
row(`one changed document among ${small}`, `${(changed.ms / 1000).toFixed(2)} s = ${(changed.ms / cold2.ms).toFixed(3)}x cold`, '< 1.5 s')
row(`peak memory, ${large} docs`, `${coldLarge.maxRssMb.toFixed(0)} MB (${small} docs: ${cold2.maxRssMb.toFixed(0)} MB)`, '< 1024 MB')
if (java.ok) {
  for (const [name, count, ours] of [['small', small, cold2], ['large', large, coldLarge]]) {
    const j = javaRuns[name]
    row(`teipipe / Java chain, ${count} docs (cold, default jobs)`, `${(ours.ms / j.ms).toFixed(2)}x wall (${(j.ms / count).toFixed(1)} ms/doc Java), CPU ${(ours.cpuMs / j.cpuMs).toFixed(2)}x`, '≤ 0.5x')
    row(`  peak memory, ${count} docs: teipipe / Java`, `${ours.maxRssMb.toFixed(0)} MB / ${j.maxRssMb.toFixed(0)} MB (Jing ${j.stages.validate.maxRssMb.toFixed(0)}, HTML ${j.stages.html.maxRssMb.toFixed(0)}, text ${j.stages.text.maxRssMb.toFixed(0)})`, '')
  }
} else row('teipipe / Java chain', `skipped: ${java.reason}`, '≤ 0.5x')
row('--shard 1/2 + 2/2 + --merge = one build', sameShards ? `yes (${Object.keys(whole).length} files)` : 'NO', 'yes')
console.log(`load average at end: ${os.loadavg()[0].toFixed(1)} (on ${os.availableParallelism()} cores; above that, wall-clock ratios between runs are not meaningful)`)
console.log('\nwhere the time went (ms; workers: summed over workers; *.cpu: the thread\'s own CPU time, the others wall time; worker.*: the slowest worker\'s start-up; thread.cpu: the workers\' CPU in all; mem.heap-mb: the largest V8 heap after a task, MB):')
const labels = [...new Set([cold1, cold2, coldLarge].flatMap((r) => [...r.timings.keys()]))].sort()
console.log(`${'timing'.padEnd(40)} ${`${small} --jobs 1`.padStart(14)} ${`${small} --jobs 2`.padStart(14)} ${`${large}`.padStart(14)}`)
for (const label of labels) console.log(`${label.padEnd(40)} ${[cold1, cold2, coldLarge].map((r) => (r.timings.get(label) ?? 0).toFixed(0).padStart(14)).join(' ')}`)
console.log(`\nsummaries: no-op "${noop.out}"; one changed "${changed.out.split('\n').pop()}"; large "${coldLarge.out}"`)
if (!sameShards) process.exitCode = 1

