// Render benchmark: saxon-js load time, first run, then warm ms per document for the HTML and
// text editions, on the memo and on the encoded corpus. Run after `npm run prepare` (uses lib/).
//   node bench/render.mjs [--runs 20]
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 20
const root = new URL('..', import.meta.url).pathname
const lib = (p) => join(root, 'lib', p)
if (!existsSync(lib('transform/html.js'))) {
  console.error('bench/render.mjs: run `npm run prepare` first (lib/ is missing).')
  process.exit(2)
}

let t = performance.now()
await import('saxon-js')
const saxonLoad = performance.now() - t
const {TeiFile} = await import(lib('core/file.js'))
const {renderHtml} = await import(lib('transform/html.js'))
const {loadRenderText} = await import(lib('transform/load-text.js'))
const renderText = await loadRenderText()

/** The documents: the memo, every other TEI in tei/, and the Wilson corpus encoded in memory when the encoder exists. */
async function documents() {
  const docs = []
  const teiDir = join(root, 'tei')
  for (const f of existsSync(teiDir) ? readdirSync(teiDir).sort() : []) if (f.endsWith('.xml')) docs.push({name: f, xml: readFileSync(join(teiDir, f), 'utf8')})
  const corpus = join(root, '..', 'shared', 'corpus', 'wilson')
  if (existsSync(lib('encode/index.js')) && existsSync(corpus)) {
    const {encodeFile} = await import(lib('encode/index.js'))
    for (const f of readdirSync(corpus).sort()) {
      if (!f.endsWith('.txt') || docs.some((d) => d.name === f.replace('.txt', '.xml'))) continue
      const file = new TeiFile(join(corpus, f), readFileSync(join(corpus, f), 'utf8'))
      try { encodeFile(file) } catch { continue }
      if (file.tei) docs.push({name: f.replace('.txt', '.xml'), xml: file.tei})
    }
  }
  return docs
}

function time(fn) {
  const start = performance.now()
  fn()
  return performance.now() - start
}

const editions = {html: (xml) => { const f = new TeiFile('b.xml', xml); renderHtml(f, {textHref: 'b.txt', teiHref: 'b.xml'}); return f }}
if (renderText) editions.text = (xml) => { const f = new TeiFile('b.xml', xml); renderText(f, {profile: 'reading'}); return f }

const docs = await documents()
const memo = docs.find((d) => d.name === '134242.xml') ?? docs[0]
if (!memo) {
  console.error('bench/render.mjs: no TEI documents (tei/ is empty).')
  process.exit(2)
}
console.log(`saxon-js load: ${saxonLoad.toFixed(0)} ms; documents: ${docs.length}; warm runs: ${runs}`)
const warm = {}
for (const [name, render] of Object.entries(editions)) {
  const first = time(() => render(memo.xml)) // includes SEF load
  const samples = []
  for (let i = 0; i < runs; i++) samples.push(time(() => render(memo.xml)))
  samples.sort((a, b) => a - b)
  warm[name] = samples[Math.floor(samples.length / 2)]
  let total = 0
  for (const d of docs) total += time(() => render(d.xml))
  console.log(`${name.padEnd(4)}  first run ${first.toFixed(0)} ms · memo warm median ${warm[name].toFixed(1)} ms · corpus ${(total / docs.length).toFixed(1)} ms/doc`)
}
const both = (warm.html ?? 0) + (warm.text ?? 0)
console.log(`memo HTML${renderText ? ' + text' : ''} warm: ${both.toFixed(1)} ms (target < 150 ms: ${(both / 150).toFixed(2)} of the budget)`)
if (warm.text) console.log(`ratio HTML / text (warm, memo): ${(warm.html / warm.text).toFixed(2)}`)
