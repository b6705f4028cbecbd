// A/B of a cold `teipipe build` under two environments (e.g. TEIPIPE_SAXON_PATCHES=off / on): the same
// project built cold by child processes (bench/build.mjs --child), alternating A and B, CPU and wall time of
// each build; prints the medians and B / A. CPU ratios are what a shared machine's load affects least.
// The Schematron compile cache is warmed first (not measured). Run after `npm run prepare`.
//   node bench/build-env-ab.mjs --a TEIPIPE_SAXON_PATCHES=off --b TEIPIPE_SAXON_PATCHES=on [--docs 100] [--jobs 1] [--rounds 3]
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {baseDocuments, variant} from './documents.mjs'

const args = process.argv.slice(2)
const arg = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const root = new URL('..', import.meta.url).pathname
const lib = (p) => join(root, 'lib', p)
const env = (text) => Object.fromEntries((text ?? '').split(',').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]))
const sides = {A: env(arg('--a')), B: env(arg('--b'))}
const docs = Number(arg('--docs', '100'))
const jobs = arg('--jobs', '1')
const rounds = Number(arg('--rounds', '3'))
const temp = mkdtempSync(join(tmpdir(), 'teipipe-bench-env-ab-'))
process.on('exit', () => rmSync(temp, {recursive: true, force: true}))

const {TeiFile} = await import(lib('core/file.js'))
const bases = await baseDocuments()
const dir = join(temp, 'project')
mkdirSync(join(dir, 'tei'), {recursive: true})
for (let n = 0; n < docs; n++) writeFileSync(join(dir, 'tei', `doc-${String(n).padStart(4, '0')}.xml`), variant(bases, n))

const build = (extra) => {
  rmSync(join(dir, '.teipipe-cache'), {recursive: true, force: true})
  rmSync(join(dir, 'dist'), {recursive: true, force: true})
  const child = spawnSync(process.execPath, [join(root, 'bench', 'build.mjs'), '--child', dir, '--jobs', jobs], {encoding: 'utf8', maxBuffer: 1 << 28, env: {...process.env, ...extra, XDG_CACHE_HOME: join(temp, 'user-cache')}})
  const line = child.stderr.split('\n').find((l) => l.startsWith('@@{'))
  if (!line) throw new Error(`build failed: ${child.stderr.slice(-2000)}`)
  return JSON.parse(line.slice(2))
}
build(sides.A)
const runs = {A: [], B: []}
for (let r = 0; r < rounds; r++) for (const side of ['A', 'B']) runs[side].push(build(sides[side]))
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const m = (side, key) => median(runs[side].map((x) => x[key]))
console.log(`${docs} documents, --jobs ${jobs}, ${rounds} rounds; load average ${loadavg()[0].toFixed(1)}`)
for (const side of ['A', 'B']) console.log(`${side} ${JSON.stringify(sides[side])}: CPU ${(m(side, 'cpuMs') / 1000).toFixed(2)} s, wall ${(m(side, 'ms') / 1000).toFixed(2)} s, exit ${runs[side][0].code}`)
console.log(`B / A: CPU ${(m('B', 'cpuMs') / m('A', 'cpuMs')).toFixed(3)}, wall ${(m('B', 'ms') / m('A', 'ms')).toFixed(3)}`)
