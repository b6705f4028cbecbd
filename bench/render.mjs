// Render benchmark (uses lib/: run `npm run prepare` first). Prints, for the HTML and text editions:
//   - the memo warm (median of --runs), against the 150 ms budget for HTML + text;
//   - ms per 1,000 notes on generated documents of 1k, 4k and 30k footnoted paragraphs, and the
//     30k/1k time ratio (linear = 30; the limit is 40);
//   - the largest shared conformance file (../shared/conformance/tei-real/files), against 10 s;
//   - a generated 20 MB document rendered in a child process, its peak RSS against 1 GB;
//   - every time also as a ratio to a reference run in the same process: a one-template XSLT
//     (each element to a span) over the same input, which is what saxon-js itself costs.
// Times are CPU milliseconds of this process (the machine is shared; wall time is shown too).
//   node bench/render.mjs [--runs 10] [--quick]   (--quick: no 30k notes, no 20 MB document)
import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
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
const quick = args.includes('--quick')
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

// 1. The memo, warm.
const memoPath = join(root, 'tei', '134242.xml')
if (existsSync(memoPath)) {
  const memo = readFileSync(memoPath, 'utf8')
  const warm = {}
  for (const [name, render] of Object.entries(editions)) {
    render(memo)
    const samples = Array.from({length: runs}, () => measure(() => render(memo)).cpu).sort((a, b) => a - b)
    warm[name] = samples[Math.floor(samples.length / 2)]
  }
  const ref = [1, 2, 3].map(() => referenceRun(memo)).sort((a, b) => a - b)[1]
  const both = warm.html + warm.text
  console.log(`memo warm (median of ${runs}): HTML ${fmt(warm.html)} + text ${fmt(warm.text)} = ${fmt(both)}; budget 150 ms: ${(both / 150).toFixed(2)} of it; ${(both / ref).toFixed(1)}x the reference run (${fmt(ref)})`)
}

// 2. Time per 1,000 notes.
const counts = quick ? [1000, 4000] : [1000, 4000, 30000]
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
for (const name of Object.keys(editions)) {
  const ratio = perThousand[name][last] / perThousand[name][1000]
  console.log(`${name}: time for ${last / 1000}k notes / time for 1k = ${ratio.toFixed(1)} (linear ${last / 1000}; limit ${last === 30000 ? 40 : (last / 1000) * 4 / 3})`)
}

// 3. The largest shared conformance file.
const conformance = join(root, '..', 'shared', 'conformance', 'tei-real', 'files')
if (existsSync(conformance)) {
  const largest = readdirSync(conformance).map((f) => join(conformance, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0]
  const xml = readFileSync(largest, 'utf8')
  const ref = referenceRun(xml)
  for (const [name, render] of Object.entries(editions)) {
    const t = measure(() => render(xml))
    console.log(`largest conformance file (${(xml.length / 1e6).toFixed(1)} MB) ${name}: ${fmt(t.cpu)} cpu (${fmt(t.wall)} wall); budget 10 s: ${(t.cpu / 10000).toFixed(2)} of it; ${(t.cpu / ref).toFixed(1)}x the reference run (${fmt(ref)})`)
  }
}

// 4. 20 MB in a child process: peak memory.
if (!quick) {
  for (const name of Object.keys(editions)) {
    const out = JSON.parse(execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--child', name, '20'], {encoding: 'utf8', maxBuffer: 1 << 20}))
    console.log(`generated 20 MB document ${name}: peak RSS ${out.rssMb.toFixed(0)} MB (budget 1024 MB: ${(out.rssMb / 1024).toFixed(2)} of it), ${fmt(out.cpu)} cpu${out.ok ? '' : ' - FAILED'}`)
  }
}
