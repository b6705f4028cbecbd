// The fixed cost of one saxon-js transform call, with and without teipipe's changes to saxon-js
// (src/transform/saxon.ts, SAXON_PATCHES): the HTML, text and Schematron stylesheets over a tiny TEI
// document (almost nothing but the call's own cost) and over a real one, each in a child process (the
// two variants cannot share one), alternating, three rounds; CPU milliseconds per call (median of the
// rounds) and the ratio patched / unpatched. The outputs must be identical. Run after `npm run prepare`.
//   node bench/saxon-call.mjs [--calls 60]
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

const root = new URL('..', import.meta.url).pathname
const lib = (p) => join(root, 'lib', p)
const TINY = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>x</title></titleStmt></fileDesc></teiHeader><text><body><p>A tiny document.</p></body></text></TEI>'
const calls = process.argv.includes('--calls') ? Number(process.argv[process.argv.indexOf('--calls') + 1]) : 60

if (process.argv[2] === '--child') {
  const {transformXml, loadSef, parseSource, saxonPatches} = await import(lib('transform/saxon.js'))
  const {ensureStylesheet} = await import(lib('build/stylesheets.js'))
  const {loadSchematron} = await import(lib('validate/schematron/index.js'))
  const {packagePath} = await import(lib('core/paths.js'))
  const memo = readFileSync(join(root, 'tei', '134242.xml'), 'utf8')
  const sheets = {html: loadSef(ensureStylesheet('html')), text: loadSef(ensureStylesheet('text')), schematron: loadSchematron(packagePath('schemas/teipipe.sch')).sef}
  const out = {patches: saxonPatches.applied, rows: {}}
  for (const [name, sef] of Object.entries(sheets)) {
    for (const [docName, text] of [['tiny', TINY], ['memo', memo]]) {
      const source = parseSource(text)
      const run = () => transformXml(sef, source).principal
      const first = run()
      for (let i = 0; i < 30; i++) run()
      const n = docName === 'tiny' ? calls : Math.max(5, Math.round(calls / 6))
      const start = process.cpuUsage()
      for (let i = 0; i < n; i++) run()
      const used = process.cpuUsage(start)
      out.rows[`${name} ${docName}`] = {ms: (used.user + used.system) / 1000 / n, hash: createHash('sha256').update(first).digest('hex').slice(0, 12)}
    }
  }
  process.stdout.write(JSON.stringify(out))
  process.exit(0)
}

if (!existsSync(lib('transform/saxon.js'))) {
  console.error('bench/saxon-call.mjs: run `npm run prepare` first (lib/ is missing).')
  process.exit(2)
}
const child = (patches) => {
  const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--child', '--calls', String(calls)], {encoding: 'utf8', env: {...process.env, TEIPIPE_SAXON_PATCHES: patches}})
  if (r.status !== 0) throw new Error(r.stderr)
  return JSON.parse(r.stdout)
}
const rounds = {on: [], off: []}
const rounds_ = process.argv.includes("--rounds") ? Number(process.argv[process.argv.indexOf("--rounds") + 1]) : 3
for (let i = 0; i < rounds_; i++) for (const v of ['off', 'on']) rounds[v].push(child(v))
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const os = await import('node:os')
console.log(`saxon-js changes applied: ${rounds.on[0].patches.join(', ') || 'none'}; load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores`)
console.log(`${'stylesheet / document'.padEnd(24)} ${'unpatched ms'.padStart(13)} ${'patched ms'.padStart(11)} ${'ratio'.padStart(7)}  same output`)
let same = true
for (const key of Object.keys(rounds.on[0].rows)) {
  const off = median(rounds.off.map((r) => r.rows[key].ms))
  const on = median(rounds.on.map((r) => r.rows[key].ms))
  const equal = rounds.on.every((r) => r.rows[key].hash === rounds.off[0].rows[key].hash)
  same &&= equal
  console.log(`${key.padEnd(24)} ${off.toFixed(2).padStart(13)} ${on.toFixed(2).padStart(11)} ${(on / off).toFixed(2).padStart(7)}  ${equal ? 'yes' : 'NO'}`)
}
if (!same) process.exitCode = 1
