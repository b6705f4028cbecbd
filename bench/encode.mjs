// Encoder benchmark: encodes the memo and the dev corpus many times; prints docs/s and ms/doc, and the structure
// score against the development gold (../shared/corpus/wilson/gold, via ../shared/tools/structure-score.mjs and xmllint).
// Run `node scripts/prepare.mjs` first (it compiles src/ to lib/). Usage: node bench/encode.mjs [rounds]
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'

const root = new URL('..', import.meta.url).pathname
if (!existsSync(join(root, 'lib/encode/index.js'))) {
  console.error('lib/encode/index.js is missing: run `node scripts/prepare.mjs` first.')
  process.exit(2)
}
const {encodeFile, loadEdits} = await import(join(root, 'lib/encode/index.js'))
const {TeiFile} = await import(join(root, 'lib/core/file.js'))

// A reference encoder in the same run (e.g. the encoder before a change), for a ratio:
//   node bench/encode.mjs 50 --reference /tmp/ref   (a folder whose lib/ holds a compiled teipipe; build one with
//   git archive <commit> src tsconfig.json tsconfig.build.json | tar -x -C /tmp/ref && ln -s "$PWD/node_modules" /tmp/ref/
//   && (cd /tmp/ref && npx tsc -p tsconfig.build.json --noEmitOnError false))
const refAt = process.argv.indexOf('--reference')
const refDir = refAt > 0 ? process.argv[refAt + 1] : undefined
const rounds = Number(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 50)
const memoPath = join(root, 'sources/wilson/134242.txt')
const docs = [{path: memoPath, source: readFileSync(memoPath, 'utf8'), edits: loadEdits(memoPath)}]
const corpusDir = join(root, '../shared/corpus/wilson')
const corpus = existsSync(corpusDir)
  ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({path: join(corpusDir, f), source: readFileSync(join(corpusDir, f), 'utf8'), edits: undefined}))
  : []

function encodeAll(list, encoder = {encodeFile, TeiFile}) {
  for (const d of list) {
    const file = new encoder.TeiFile(d.path, d.source)
    encoder.encodeFile(file, d.edits ? {edits: d.edits} : {})
    if (!file.tei) throw new Error(`${d.path} did not encode`)
  }
}

/** Time `n` rounds over `list`; returns ms per document. */
function time(list, n, encoder) {
  const start = performance.now()
  for (let i = 0; i < n; i++) encodeAll(list, encoder)
  return (performance.now() - start) / (n * list.length)
}

// Reference in the same process: a JSON round trip of the same texts (a fixed, encoder-independent cost).
function reference(list, n) {
  const start = performance.now()
  for (let i = 0; i < n; i++) for (const d of list) JSON.parse(JSON.stringify({path: d.path, source: d.source}))
  return (performance.now() - start) / (n * list.length)
}

const cold = time(docs, 1)
const memoWarm = time(docs, rounds)
const corpusWarm = corpus.length > 0 ? time(corpus, Math.max(1, Math.floor(rounds / 5))) : NaN
const ref = reference(docs, rounds * 20)
const row = (label, ms) => `${label.padEnd(28)} ${ms.toFixed(2).padStart(8)} ms/doc ${(1000 / ms).toFixed(1).padStart(9)} docs/s`
console.log(row('memo, first (cold) run', cold))
console.log(row(`memo, warm (${rounds} rounds)`, memoWarm))
if (corpus.length > 0) console.log(row(`corpus (${corpus.length} docs), warm`, corpusWarm))
console.log(`memo warm vs cold: ${(memoWarm / cold).toFixed(2)}x; memo warm vs JSON round trip of its text: ${(memoWarm / ref).toFixed(0)}x`)
console.log(memoWarm < 50 ? 'target met: memo < 50 ms warm' : 'TARGET MISSED: memo >= 50 ms warm')
if (refDir) {
  const reference = {encodeFile: (await import(join(refDir, 'lib/encode/index.js'))).encodeFile, TeiFile: (await import(join(refDir, 'lib/core/file.js'))).TeiFile}
  time(docs, 1, reference)
  const refMemo = time(docs, rounds, reference)
  const refCorpus = corpus.length > 0 ? time(corpus, Math.max(1, Math.floor(rounds / 5)), reference) : NaN
  console.log(`against the reference encoder in ${refDir}: memo ${(memoWarm / refMemo).toFixed(2)}x, corpus ${(corpusWarm / refCorpus).toFixed(2)}x (below 1 = faster)`)
}
console.log(corpus.length === 0 || corpusWarm < 30 ? 'target met: corpus < 30 ms/doc warm' : 'TARGET MISSED: corpus >= 30 ms/doc warm')

// Linear time: the memo's body repeated 1x, 4x and 16x inside its page frame, CPU time per source character (the
// ratio to 1x should stay near 1; super-linear code shows as a growing ratio).
function scaled(source, k) {
  const lines = source.split('\n')
  const start = lines.findIndex((l) => l.startsWith('This document was made possible')) + 1
  const end = lines.findIndex((l) => l.trim() === 'Document Information')
  const body = lines.slice(start, end)
  return [...lines.slice(0, start), ...Array.from({length: k}, () => body).flat(), ...lines.slice(end)].join('\n')
}
function cpuPerChar(source, n, encoder = {encodeFile, TeiFile}) {
  const t0 = process.cpuUsage()
  for (let i = 0; i < n; i++) {
    const file = new encoder.TeiFile(memoPath, source)
    encoder.encodeFile(file, {})
    if (!file.tei) throw new Error(`the memo repeated to ${source.length} characters did not encode: ${file.messages.map((m) => m.reason).join('; ')}`)
  }
  const t = process.cpuUsage(t0)
  return (t.user + t.system) / 1000 / n / source.length
}
const sizes = [1, 4, 16].map((k) => ({k, source: scaled(docs[0].source, k)}))
const perChar = sizes.map(({k, source}) => cpuPerChar(source, Math.max(1, Math.ceil(rounds / (5 * k)))))
console.log(`size scaling (memo body x1/x4/x16, ${sizes.map((s) => s.source.length).join('/')} chars): CPU per character ${perChar.map((p) => (p / perChar[0]).toFixed(2)).join(' / ')} of x1 (linear = 1.00); x16 ${(perChar[2] * sizes[2].source.length).toFixed(0)} ms per document`)
if (refDir) {
  const reference = {encodeFile: (await import(join(refDir, 'lib/encode/index.js'))).encodeFile, TeiFile: (await import(join(refDir, 'lib/core/file.js'))).TeiFile}
  const refPerChar = sizes.map(({k, source}) => cpuPerChar(source, Math.max(1, Math.ceil(rounds / (5 * k))), reference))
  console.log(`size scaling of the reference encoder: ${refPerChar.map((p) => (p / refPerChar[0]).toFixed(2)).join(' / ')} of x1; this encoder against it at x1/x4/x16: ${perChar.map((p, k) => (p / refPerChar[k]).toFixed(2)).join(' / ')}`)
}
console.log(`load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`)

const scorer = join(root, '../shared/tools/structure-score.mjs')
if (corpus.length > 0 && existsSync(scorer) && existsSync('/usr/bin/xmllint')) {
  const {structureScore} = await import('./structure-score.mjs')
  const score = structureScore(corpusDir, scorer, (path, source) => {
    const file = new TeiFile(path, source)
    encodeFile(file, {})
    return file.tei
  })
  const low = score.documents.filter((d) => d.held / d.total < 0.75).map((d) => `${d.name.slice(0, 28)} ${Math.round((100 * d.held) / d.total)} %`)
  console.log(`structure score: ${score.held} of ${score.total} checks (${Math.round((100 * score.held) / score.total)} %)${low.length ? `; below 75 %: ${low.join(', ')}` : '; every document >= 75 %'}`)
}
