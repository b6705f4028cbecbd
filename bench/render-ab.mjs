// Same-process A/B timing of two compiled stylesheets (SEF files) of one edition: old and new run
// alternately over the same inputs, CPU time of this process; prints each side's median per input
// set (and minimum) and the ratio new / old, which a shared machine's load affects far less than absolute figures.
// Uses lib/ (run `npm run prepare` first). Typical use: copy build/sef/html.sef.json aside before a
// change, `npm run prepare` after it, then
//   node bench/render-ab.mjs --edition html --old /tmp/html-old.sef.json [--new build/sef/html.sef.json] [--rounds 7]
// Inputs: the memo (tei/134242.xml), the Wilson corpus encoded in memory (../shared) and the
// transform fixtures (tests/fixtures/transform).
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {loadavg} from 'node:os'
import {join} from 'node:path'

const args = process.argv.slice(2)
const arg = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const root = new URL('..', import.meta.url).pathname
const edition = arg('--edition', 'html')
const oldPath = arg('--old')
const newPath = arg('--new', join(root, 'build', 'sef', `${edition}.sef.json`))
const rounds = Number(arg('--rounds', '7'))
if (!oldPath) {
  console.error('usage: node bench/render-ab.mjs --edition html|text --old OLD.sef.json [--new NEW.sef.json] [--rounds 7]')
  process.exit(2)
}
const lib = (p) => join(root, 'lib', p)
const {TeiFile} = await import(lib('core/file.js'))
const {transformXml} = await import(lib('transform/saxon.js'))
const {encodeFile} = await import(lib('encode/index.js'))
const sefs = {old: JSON.parse(readFileSync(oldPath, 'utf8')), new: JSON.parse(readFileSync(newPath, 'utf8'))}
const params = edition === 'html' ? {'text-href': 'b.txt', 'tei-href': 'b.xml'} : {profile: 'reading'}

const sets = {}
const memo = join(root, 'tei', '134242.xml')
if (existsSync(memo)) sets.memo = [readFileSync(memo, 'utf8')]
const wilson = join(root, '..', 'shared', 'corpus', 'wilson')
if (existsSync(wilson)) {
  sets.corpus = []
  for (const name of readdirSync(wilson).filter((f) => f.endsWith('.txt')).sort()) {
    const file = new TeiFile(join(wilson, name), readFileSync(join(wilson, name), 'utf8'))
    try { encodeFile(file) } catch { continue }
    if (file.tei) sets.corpus.push(file.tei)
  }
}
const fixtures = join(root, 'tests', 'fixtures', 'transform')
const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : n.endsWith('.xml') ? [join(d, n)] : []))
sets.fixtures = walk(fixtures).filter((p) => !p.includes('nesting-1000')).map((p) => readFileSync(p, 'utf8'))

const cpu = (fn) => {
  const start = process.cpuUsage()
  fn()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${edition}; ${rounds} rounds, old and new alternating; CPU ms per document`)
for (const [name, docs] of Object.entries(sets)) {
  const run = (side) => cpu(() => { for (const xml of docs) transformXml(sefs[side], xml, {params}) })
  for (let i = 0; i < 2; i++) { run('old'); run('new') }
  const times = {old: [], new: []}
  for (let i = 0; i < rounds; i++) for (const side of i % 2 ? ['new', 'old'] : ['old', 'new']) times[side].push(run(side) / docs.length)
  const o = median(times.old)
  const n = median(times.new)
  const lo = Math.min(...times.old)
  const ln = Math.min(...times.new)
  console.log(`${name.padEnd(8)} (${docs.length} docs): median old ${o.toFixed(2)} ms, new ${n.toFixed(2)} ms, new/old ${(n / o).toFixed(3)} · minimum old ${lo.toFixed(2)}, new ${ln.toFixed(2)}, new/old ${(ln / lo).toFixed(3)}`)
}
