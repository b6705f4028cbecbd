#!/usr/bin/env node
// Per-stage benchmark over the Wilson corpus (../shared/corpus/wilson/*.txt, each encoded once in
// memory): parsing, RELAX NG (schemas/teipipe.rng), Schematron (schemas/teipipe.sch) and the text
// edition (reading profile), each as CPU ms per document and as a ratio to a reference run in the
// same process: a one-template identity stylesheet on saxon-js over the same documents (what one
// saxon-js call with a full copy of the tree costs). Then the memo (tei/134242.xml) warm, text and
// Schematron. Each figure is the median of --runs passes over the corpus (default 7) after one
// warm-up pass. Times are CPU time of this process (the machine is shared); the load average is printed.
// Run `npm run prepare` first (uses lib/).   node bench/stages.mjs [--runs 7]
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {loadavg} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const lib = (p) => join(root, 'lib', p)
if (!existsSync(lib('validate/index.js'))) {
  console.error('bench/stages.mjs: run `npm run prepare` first (lib/ is missing).')
  process.exit(2)
}
const corpus = join(root, '..', 'shared', 'corpus', 'wilson')
if (!existsSync(corpus)) {
  console.log('bench/stages.mjs: ../shared/corpus/wilson is absent; nothing to measure.')
  process.exit(0)
}
const args = process.argv.slice(2)
const runs = Number(args[args.indexOf('--runs') + 1]) || 7

const {TeiFile} = await import(lib('core/file.js'))
const {encodeFile} = await import(lib('encode/index.js'))
const {parseXml} = await import(lib('parse/parse-xml.js'))
const {loadRng, validateWithRng} = await import(lib('validate/relaxng/index.js'))
const {loadSchematron, checkSchematron} = await import(lib('validate/schematron/index.js'))
const {renderText} = await import(lib('transform/text.js'))
const {compileStylesheetText, transformXml} = await import(lib('transform/saxon.js'))

const documents = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((name) => {
  const file = new TeiFile(name, readFileSync(join(corpus, name), 'utf8'))
  encodeFile(file)
  if (file.tei === undefined) throw new Error(`${name} could not be encoded`)
  return {name, tei: file.tei}
})
const kb = documents.reduce((s, d) => s + d.tei.length, 0) / documents.length / 1024

const rngPath = join(root, 'schemas', 'teipipe.rng')
const schPath = join(root, 'schemas', 'teipipe.sch')
const rng = loadRng(rngPath)
const sch = loadSchematron(schPath)
const identity = compileStylesheetText(`<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:mode on-no-match="shallow-copy"/>
</xsl:stylesheet>`)
const trees = documents.map((d) => parseXml(d.tei, d.name).tree)

/** The stages, each a function of the document's index; every one checks that it produced something. */
const stages = {
  'identity (reference)': (i) => { if (transformXml(identity, documents[i].tei).principal === '') throw new Error('identity: empty') },
  parse: (i) => { if (!parseXml(documents[i].tei, documents[i].name).tree) throw new Error('parse failed') },
  'RELAX NG': (i) => { validateWithRng(rngPath, rng, trees[i], documents[i].name) },
  Schematron: (i) => { checkSchematron(sch, trees[i], documents[i].name) },
  text: (i) => {
    const f = new TeiFile(documents[i].name, documents[i].tei)
    renderText(f)
    if (f.outputs.text === undefined) throw new Error(f.messages.map((m) => m.reason).join('; '))
  }
}

const cpuMs = (fn) => {
  const start = process.cpuUsage()
  fn()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const load = loadavg().map((l) => l.toFixed(2)).join(', ')
console.log(`${documents.length} Wilson documents encoded (average ${kb.toFixed(1)} KB of TEI); ${runs} passes per stage, medians; load average ${load}`)
// Passes interleave the stages, so that a change in the machine's load touches all of them alike.
for (const run of Object.values(stages)) documents.forEach((_, i) => run(i))
const samples = Object.fromEntries(Object.keys(stages).map((k) => [k, []]))
for (let r = 0; r < runs; r++) {
  for (const [name, run] of Object.entries(stages)) samples[name].push(cpuMs(() => documents.forEach((_, i) => run(i))) / documents.length)
}
const reference = median(samples['identity (reference)'])
for (const name of Object.keys(stages)) {
  const ms = median(samples[name])
  console.log(`${name.padEnd(22)} ${ms.toFixed(2).padStart(7)} ms/doc   ${(ms / reference).toFixed(2).padStart(5)} × identity`)
}

const memoPath = join(root, 'tei', '134242.xml')
if (existsSync(memoPath)) {
  const memo = readFileSync(memoPath, 'utf8')
  const memoTree = parseXml(memo, memoPath).tree
  const memoStages = {
    'identity (reference)': () => transformXml(identity, memo),
    Schematron: () => checkSchematron(sch, memoTree, memoPath),
    text: () => { const f = new TeiFile(memoPath, memo); renderText(f); if (f.outputs.text === undefined) throw new Error('memo text failed') }
  }
  const memoRef = {}
  for (const [name, run] of Object.entries(memoStages)) {
    run()
    memoRef[name] = median(Array.from({length: runs}, () => cpuMs(run)))
  }
  console.log(`memo (tei/134242.xml, ${(memo.length / 1024).toFixed(0)} KB), warm:`)
  for (const [name, ms] of Object.entries(memoRef)) console.log(`  ${name.padEnd(20)} ${ms.toFixed(1).padStart(7)} ms   ${(ms / memoRef['identity (reference)']).toFixed(2).padStart(5)} × identity`)
}
console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`)
