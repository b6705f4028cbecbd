// Render benchmark (uses lib/: run `npm run prepare` first). Prints, for the HTML and text editions:
//   - the memo warm (median of --runs after warming up to a steady state), against the 150 ms budget for HTML + text: both editions of one
//     file as `teipipe render`/`build` do it (one parse shared by both, printed on its own and counted once);
//   - ms per document over the Wilson corpus encoded in memory (../shared), against the 10 ms/doc target;
//   - ms per 1,000 notes on generated documents of 1k, 4k and 30k footnoted paragraphs, and the
//     30k/1k time ratio (linear = 30; the limit is 40);
//   - the largest shared conformance file (../shared/conformance/tei-real/files), against 10 s;
//   - a generated 20 MB document rendered in a child process (in runs, src/transform/chunked.ts), its
//     peak RSS against 1 GB, for the HTML and the text edition;
//   - every time also as a ratio to a reference run in the same process: a one-template XSLT
//     (each element to a span) over the same input, which is what saxon-js itself costs;
//   - with TEI_STYLESHEETS set (a checkout of the TEI Stylesheets; Java and Saxon-HE installed, see
//     bench/java-chain.mjs), the TEI Stylesheets' HTML on Saxon-HE for comparison: the memo's page size
//     (ours inlining the CSS and ours linking it with css-href, each over theirs), and the time of 1,000
//     corpus documents and of the 20 MB document (ours over theirs, HTML against html/html.xsl and text
//     against txt/tei-to-text.xsl, time and peak memory; their figures include the JVM start).
// Times are CPU milliseconds of this process (the machine is shared; wall time is shown too, and the
// load average is printed first).
//   node bench/render.mjs [--runs 10] [--quick] [--big] [--documents 1000]   (--quick: no 30k notes, no 20 MB document;
//   --big: the 20 MB document only)
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'

const args = process.argv.slice(2)
const root = new URL('..', import.meta.url).pathname
const lib = (p) => join(root, 'lib', p)
if (!existsSync(lib('transform/html.js'))) {
  console.error('bench/render.mjs: run `npm run prepare` first (lib/ is missing).')
  process.exit(2)
}
const {TeiFile} = await import(lib('core/file.js'))
const {renderHtml} = await import(lib('transform/html.js'))
const {renderText} = await import(lib('transform/text.js'))
const {compileStylesheetText, transformXml} = await import(lib('transform/saxon.js'))
const {parsedSource} = await import(lib('transform/edition.js'))

/** A document of `n` paragraphs, each with a footnote, a name, a highlight and a correction. */
export function generated(n) {
  const parts = []
  for (let i = 1; i <= n; i++) {
    const p = `<p>Paragraph ${i}: the <persName>delegate</persName> of the <orgName>committee</orgName> said that <hi rend="italic">the question</hi> of meeting ${i}<note place="foot" n="${i}">See the minutes, file ${i}.</note> was not settled, and <choice><sic>teh</sic><corr resp="#ed">the</corr></choice> vote was postponed.</p>\n`
    parts.push(i % 50 === 0 ? `</div><div><head>Section ${i}</head>${p}` : p)
  }
  return `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Generated</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body><div>${parts.join('')}</div></body></text></TEI>`
}

/** Paragraphs for about `mb` megabytes. */
const paragraphsFor = (mb) => Math.ceil((mb * 1e6) / generated(100).length * 100)

// Child mode: render one generated document and report peak memory.
if (args[0] === '--write') {
  // Write the generated document of `mb` megabytes to a file (for the TEI Stylesheets run).
  writeFileSync(args[2], generated(paragraphsFor(Number(args[1]))))
  process.exit(0)
}
if (args[0] === '--child') {
  const [, edition, mb] = args
  const file = new TeiFile('big.xml', generated(paragraphsFor(Number(mb))))
  const start = process.cpuUsage()
  ;(edition === 'html' ? renderHtml : renderText)(file)
  const cpu = process.cpuUsage(start)
  process.stdout.write(JSON.stringify({cpu: (cpu.user + cpu.system) / 1000, rssMb: process.resourceUsage().maxRSS / 1024, ok: file.outputs[edition] !== undefined}))
  process.exit(0)
}

const runs = Number(args[args.indexOf('--runs') + 1]) || 10
const documents = args.includes('--documents') ? Number(args[args.indexOf('--documents') + 1]) : 1000
const quick = args.includes('--quick')
// --big: only the 20 MB document (and, with TEI_STYLESHEETS, the TEI Stylesheets on it).
const bigOnly = args.includes('--big')
const reference = compileStylesheetText(`<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" html-version="5"/>
  <xsl:template match="*"><span class="{local-name()}"><xsl:apply-templates/></span></xsl:template>
</xsl:stylesheet>`)

function measure(fn) {
  const cpu = process.cpuUsage()
  const wall = performance.now()
  fn()
  const used = process.cpuUsage(cpu)
  return {cpu: (used.user + used.system) / 1000, wall: performance.now() - wall}
}
const editions = {
  html: (xml) => { const f = new TeiFile('b.xml', xml); renderHtml(f, {textHref: 'b.txt', teiHref: 'b.xml'}); if (f.outputs.html === undefined) throw new Error(f.messages.map((m) => m.reason).join('; ')) },
  text: (xml) => { const f = new TeiFile('b.xml', xml); renderText(f); if (f.outputs.text === undefined) throw new Error(f.messages.map((m) => m.reason).join('; ')) }
}
const referenceRun = (xml) => measure(() => transformXml(reference, xml)).cpu
const fmt = (ms) => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(ms < 100 ? 1 : 0)} ms`)
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (2 cores shared; CPU times below)`)

// 1. The memo, warm, as `teipipe render` and `build` render a file: one TeiFile, the text edition and then
// the HTML edition, sharing one parse of the document (parsedSource in src/transform/edition.ts). The parse
// is timed on its own and counted once in the total.
const memoPath = join(root, 'tei', '134242.xml')
if (existsSync(memoPath) && !bigOnly) {
  const memo = readFileSync(memoPath, 'utf8')
  const once = () => {
    const file = new TeiFile('134242.xml', memo)
    const parse = measure(() => parsedSource(file)).cpu
    const text = measure(() => renderText(file)).cpu
    const html = measure(() => renderHtml(file, {textHref: '134242.txt', teiHref: '134242.xml'})).cpu
    if (file.outputs.html === undefined || file.outputs.text === undefined) throw new Error(file.messages.map((m) => m.reason).join('; '))
    return {parse, text, html, total: parse + text + html}
  }
  // Warm means steady state: V8 keeps optimizing saxon-js's and our code on its compiler threads for some
  // dozens of runs, and that CPU is this process's. So warm up in windows of 10 runs until a window's median
  // is within 5 % of the one before (at most 150 runs), and print the first run and the warm-up length.
  const first = once().total
  const medianOf = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  let warmup = 1
  for (let previous; warmup < 150; ) {
    const window = medianOf(Array.from({length: 10}, () => once().total))
    warmup += 10
    if (previous !== undefined && Math.abs(window - previous) <= 0.05 * previous) break
    previous = window
  }
  const samples = Array.from({length: runs}, once)
  const median = (key) => medianOf(samples.map((s) => s[key]))
  Array.from({length: 10}, () => referenceRun(memo))
  const ref = medianOf(Array.from({length: 5}, () => referenceRun(memo)))
  const both = median('total')
  console.log(`memo warm (median of ${runs} after ${warmup} warm-up runs; the first run: ${fmt(first)}; one file, both editions, as \`teipipe render\` does): parse ${fmt(median('parse'))} (once, shared by both editions) + text ${fmt(median('text'))} + HTML ${fmt(median('html'))}; total ${fmt(both)} (median of the per-run totals, parse included); budget 150 ms: ${(both / 150).toFixed(2)} of it; ${(both / ref).toFixed(1)}x the reference run (${fmt(ref)}, its own parse included, after 10 warm-up runs)`)
}

// 1b. The Wilson corpus, encoded in memory: ms per document (warm; min of 3 passes) against the reference.
const wilson = join(root, '..', 'shared', 'corpus', 'wilson')
const corpusDocs = []
if (existsSync(wilson) && !bigOnly) {
  const {encodeFile} = await import(lib('encode/index.js'))
  for (const name of readdirSync(wilson).filter((f) => f.endsWith('.txt')).sort()) {
    const file = new TeiFile(join(wilson, name), readFileSync(join(wilson, name), 'utf8'))
    try { encodeFile(file) } catch { continue }
    if (file.tei) corpusDocs.push(file.tei)
  }
  for (const xml of corpusDocs) { editions.html(xml); transformXml(reference, xml) }
  const pass = (fn) => Math.min(...[1, 2, 3].map(() => measure(() => { for (const xml of corpusDocs) fn(xml) }).cpu)) / corpusDocs.length
  const ref = pass((xml) => transformXml(reference, xml))
  const html = pass(editions.html)
  const text = pass(editions.text)
  console.log(`corpus (${corpusDocs.length} encoded Wilson documents, ${(corpusDocs.reduce((a, x) => a + x.length, 0) / corpusDocs.length / 1000).toFixed(1)} KB each): HTML ${fmt(html)}/doc (${(html / ref).toFixed(1)}x the reference run, ${fmt(ref)}/doc; target 10 ms: ${(html / 10).toFixed(2)} of it) · text ${fmt(text)}/doc (${(text / ref).toFixed(1)}x)`)
}

// 2. Time per 1,000 notes.
const counts = bigOnly ? [] : quick ? [1000, 4000] : [1000, 4000, 30000]
const perThousand = {html: {}, text: {}}
for (const n of counts) {
  const xml = generated(n)
  const ref = referenceRun(xml)
  const line = []
  for (const [name, render] of Object.entries(editions)) {
    const t = measure(() => render(xml))
    perThousand[name][n] = t.cpu
    line.push(`${name} ${fmt(t.cpu / (n / 1000))}/1k notes (${fmt(t.cpu)} cpu, ${fmt(t.wall)} wall, ${(t.cpu / ref).toFixed(1)}x ref)`)
  }
  console.log(`${String(n).padStart(6)} notes: ${line.join(' · ')}`)
}
const last = counts.at(-1)
for (const name of last ? Object.keys(editions) : []) {
  const ratio = perThousand[name][last] / perThousand[name][1000]
  console.log(`${name}: time for ${last / 1000}k notes / time for 1k = ${ratio.toFixed(1)} (linear ${last / 1000}; limit ${last === 30000 ? 40 : (last / 1000) * 4 / 3})`)
}

// 3. The largest shared conformance file.
const conformance = join(root, '..', 'shared', 'conformance', 'tei-real', 'files')
if (existsSync(conformance) && !bigOnly) {
  const largest = readdirSync(conformance).map((f) => join(conformance, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0]
  const xml = readFileSync(largest, 'utf8')
  const ref = referenceRun(xml)
  for (const [name, render] of Object.entries(editions)) {
    const t = measure(() => render(xml))
    console.log(`largest conformance file (${(xml.length / 1e6).toFixed(1)} MB) ${name}: ${fmt(t.cpu)} cpu (${fmt(t.wall)} wall); budget 10 s: ${(t.cpu / 10000).toFixed(2)} of it; ${(t.cpu / ref).toFixed(1)}x the reference run (${fmt(ref)})`)
  }
}

// 4. 20 MB in a child process: peak memory.
const big = {}
if (!quick) {
  for (const name of Object.keys(editions)) {
    const out = JSON.parse(execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--child', name, '20'], {encoding: 'utf8', maxBuffer: 1 << 20}))
    big[name] = out
    console.log(`generated 20 MB document ${name} (rendered in runs: src/transform/chunked.ts): peak RSS ${out.rssMb.toFixed(0)} MB (budget 1024 MB: ${(out.rssMb / 1024).toFixed(2)} of it), ${fmt(out.cpu)} cpu${out.ok ? '' : ' - FAILED'}; load average now ${loadavg()[0].toFixed(2)}`)
  }
}

// 5. The TEI Stylesheets' HTML on Saxon-HE (only with TEI_STYLESHEETS): sizes and times as ratios ours / theirs.
const {javaChainAvailable} = await import(new URL('./java-chain.mjs', import.meta.url).pathname)
const java = javaChainAvailable()
if (!java.ok) {
  console.log(`TEI Stylesheets comparison skipped: ${java.reason}`)
} else {
  const work = mkdtempSync(join(tmpdir(), 'teipipe-render-bench-'))
  /** One Saxon-HE run of the TEI Stylesheets' html.xsl (a file or a folder in, out); CPU ms and peak MB from GNU time. */
  const theirs = (input, output, stylesheet = join('html', 'html.xsl')) => {
    const useTime = existsSync('/usr/bin/time')
    const command = ['java', '-jar', '/usr/share/java/Saxon-HE.jar', `-s:${input}`, `-o:${output}`, `-xsl:${join(java.stylesheets, stylesheet)}`]
    const wall = performance.now()
    const run = useTime ? spawnSync('/usr/bin/time', ['-f', '@@time %U %S %M', ...command], {encoding: 'utf8', maxBuffer: 1 << 28}) : spawnSync(command[0], command.slice(1), {encoding: 'utf8', maxBuffer: 1 << 28})
    const m = /@@time ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr ?? '')
    if (run.status !== 0) throw new Error(`Saxon-HE with the TEI Stylesheets failed: ${(run.stderr ?? '').slice(-500)}`)
    return {cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : performance.now() - wall, rssMb: m ? Number(m[3]) / 1024 : NaN}
  }
  try {
    if (existsSync(memoPath) && !bigOnly) {
      const memo = readFileSync(memoPath, 'utf8')
      theirs(memoPath, join(work, 'memo.html'))
      const theirSize = statSync(join(work, 'memo.html')).size
      const inlined = new TeiFile('134242.xml', memo)
      renderHtml(inlined, {textHref: '134242.txt', teiHref: '134242.xml'})
      const linked = new TeiFile('134242.xml', memo)
      renderHtml(linked, {textHref: '134242.txt', teiHref: '134242.xml', params: {'css-href': 'teipipe.css'}})
      const size = (f) => Buffer.byteLength(f.outputs.html ?? '')
      console.log(`memo HTML size: ours ${(size(inlined) / 1000).toFixed(1)} KB with the CSS inlined (${(size(inlined) / theirSize).toFixed(2)}x theirs), ${(size(linked) / 1000).toFixed(1)} KB linking a shared stylesheet with css-href (${(size(linked) / theirSize).toFixed(2)}x); TEI Stylesheets ${(theirSize / 1000).toFixed(1)} KB`)
    }
    if (corpusDocs.length > 0 && !bigOnly) {
      const dir = join(work, 'docs')
      mkdirSync(dir)
      const docs = Array.from({length: documents}, (_, i) => corpusDocs[i % corpusDocs.length])
      docs.forEach((xml, i) => writeFileSync(join(dir, `d${String(i).padStart(4, '0')}.xml`), xml))
      const ours = measure(() => { for (const xml of docs) editions.html(xml) }).cpu
      mkdirSync(join(work, 'out'))
      const them = theirs(dir, join(work, 'out'))
      console.log(`${documents.toLocaleString('en')} corpus documents HTML: ours ${fmt(ours)} cpu, TEI Stylesheets ${fmt(them.cpu)} cpu (one JVM, start included): ours / theirs = ${(ours / them.cpu).toFixed(2)}`)
    }
    if (big.html) {
      const file = join(work, 'big.xml')
      execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--write', '20', file])
      // Their HTML (html/html.xsl) and plain text (txt/tei-to-text.xsl) of the same document.
      for (const [name, stylesheet] of [['html', join('html', 'html.xsl')], ['text', join('txt', 'tei-to-text.xsl')]]) {
        if (!big[name] || !existsSync(join(java.stylesheets, stylesheet))) continue
        const them = theirs(file, join(work, `big.${name}`), stylesheet)
        console.log(`generated 20 MB document ${name} (${stylesheet}): ours ${fmt(big[name].cpu)} cpu, ${big[name].rssMb.toFixed(0)} MB peak; TEI Stylesheets ${fmt(them.cpu)} cpu, ${them.rssMb.toFixed(0)} MB peak: ours / theirs = ${(big[name].cpu / them.cpu).toFixed(2)} (time), ${(big[name].rssMb / them.rssMb).toFixed(2)} (memory); load average now ${loadavg()[0].toFixed(2)}`)
      }
    }
  } finally {
    rmSync(work, {recursive: true, force: true})
  }
}
