// Corpus-site benchmark (ratios, measured in this one script): the cost of reading a document's facts
// against rendering its HTML edition, how facts grow with document size, and how the site's pages
// grow with the number of documents. Run after `npm run prepare` (uses lib/).
//   node bench/site.mjs [--runs 15]
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15
const root = new URL('..', import.meta.url).pathname
const lib = (p) => join(root, 'lib', p)
if (!existsSync(lib('site/site.js'))) {
  console.error('bench/site.mjs: run `npm run prepare` first (lib/ is missing).')
  process.exit(2)
}
const {documentFacts} = await import(lib('site/facts.js'))
const {sitePages} = await import(lib('site/site.js'))
const {TeiFile} = await import(lib('core/file.js'))
const {renderHtml} = await import(lib('transform/html.js'))

const memo = readFileSync(join(root, 'tei', '134242.xml'), 'utf8')

// The fastest of n runs: on a shared machine the minimum is the least disturbed measurement.
function fastest(fn, n = runs) {
  fn()
  const samples = []
  for (let i = 0; i < n; i++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return Math.min(...samples)
}

/** The memo with its body's content repeated k times (k times the text, same header). */
function scaled(k) {
  const open = memo.indexOf('<body>') + '<body>'.length
  const close = memo.indexOf('</body>')
  return memo.slice(0, open) + memo.slice(open, close).repeat(k) + memo.slice(close)
}

const factsMs = fastest(() => documentFacts('134242', memo))
const htmlMs = fastest(() => renderHtml(new TeiFile('134242.xml', memo), {}), Math.max(3, Math.floor(runs / 3)))
console.log(`memo: facts ${factsMs.toFixed(1)} ms, HTML edition ${htmlMs.toFixed(1)} ms; facts / HTML = ${(factsMs / htmlMs).toFixed(3)}`)

const base = fastest(() => documentFacts('x', scaled(1)))
for (const k of [4, 16]) {
  const doc = scaled(k)
  const ms = fastest(() => documentFacts('x', doc))
  const size = doc.length / scaled(1).length
  console.log(`facts of the memo with its text ×${k}: ${(ms / base).toFixed(2)}× the time for ${size.toFixed(2)}× the size (time ratio / size ratio = ${((ms / base) / size).toFixed(2)}; linear ≈ 1)`)
}

const one = documentFacts('134242', memo)
const corpus = (n) => Array.from({length: n}, (_, i) => ({...one, id: `doc-${String(i).padStart(5, '0')}`, date: `19${String(50 + (i % 50)).padStart(2, '0')}-01-01`}))
const pagesBase = fastest(() => sitePages(corpus(25)), Math.max(3, Math.floor(runs / 3)))
for (const n of [100, 400]) {
  const ms = fastest(() => sitePages(corpus(n)), 3)
  console.log(`site pages for ${n} documents: ${(ms / pagesBase).toFixed(2)}× the time for 25 (${n / 25}× the documents; ratio / count ratio = ${((ms / pagesBase) / (n / 25)).toFixed(2)}; linear ≈ 1)`)
}
