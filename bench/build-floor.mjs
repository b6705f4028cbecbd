// The least a document can cost on teipipe's engines, against the Java chain's cost per document (issue 10's
// target: a build at most 0.5x the Java chain of Jing + TEI Stylesheets HTML + text on Saxon-HE). Per
// document, in one thread with the engines warm, CPU milliseconds (median of three passes):
//   parse     teipipe's positioned parse (well-formedness, the tree every message points into);
//   relaxng   teipipe's RELAX NG validator over that tree (schemas/teipipe.rng);
//   sx-parse  saxon-js's parse of the text (what every stylesheet reads);
//   walk      a stylesheet that only visits every node and writes its text (apply-templates, nothing else):
//             the least any XSLT pass costs; a build makes three (Schematron rules, HTML, text);
//   then, for comparison, what teipipe's own passes cost now: Schematron, HTML, text.
// floor = parse + relaxng + 2 x sx-parse (the check and render phases parse apart) + 3 x walk. The build
// has two cores, so its best wall time per document is about floor / 2; the target is 0.5 x Java's wall
// time per document (bench/java-chain.mjs over the same documents when TEI_STYLESHEETS is set, else
// --java-ms-per-doc N from an earlier run). Run after `npm run prepare`.
//   node bench/build-floor.mjs [--docs 1000] [--java-ms-per-doc 18.9]
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {baseDocuments, variant} from './documents.mjs'

const root = new URL('..', import.meta.url).pathname
const lib = (p) => join(root, 'lib', p)
const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback)
if (!existsSync(lib('transform/saxon.js'))) {
  console.error('bench/build-floor.mjs: run `npm run prepare` first (lib/ is missing).')
  process.exit(2)
}
const count = arg('--docs', 1000)
const {TeiFile} = await import(lib('core/file.js'))
const {parseXml} = await import(lib('parse/parse-xml.js'))
const {loadRng, validateWithRng} = await import(lib('validate/relaxng/index.js'))
const {compileStylesheetText, loadSef, parseSource, transformXml} = await import(lib('transform/saxon.js'))
const {ensureStylesheet} = await import(lib('build/stylesheets.js'))
const {loadSchematron} = await import(lib('validate/schematron/index.js'))
const {packagePath} = await import(lib('core/paths.js'))

/** `count` varied copies of the bench documents (bench/documents.mjs). */
async function documents() {
  const bases = await baseDocuments()
  return Array.from({length: count}, (_, n) => variant(bases, n))
}

const docs = await documents()
const rngPath = packagePath('schemas/teipipe.rng')
const rng = loadRng(rngPath)
const walk = compileStylesheetText(`<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:output method="text"/><xsl:template match="/ | *"><xsl:apply-templates/></xsl:template><xsl:template match="text()"><xsl:value-of select="."/></xsl:template></xsl:stylesheet>`)
const schematron = loadSchematron(packagePath('schemas/teipipe.sch')).sef
const html = loadSef(ensureStylesheet('html'))
const text = loadSef(ensureStylesheet('text'))

const stages = {
  parse: (d) => parseXml(d, 'd.xml'),
  relaxng: (d, s) => validateWithRng(rngPath, rng, s.tree, 'd.xml'),
  'sx-parse': (d) => parseSource(d),
  walk: (d, s) => transformXml(walk, s.sx),
  schematron: (d, s) => transformXml(schematron, s.sx),
  html: (d, s) => transformXml(html, s.sx),
  text: (d, s) => transformXml(text, s.sx)
}
const prepared = docs.map((d) => ({tree: parseXml(d, 'd.xml').tree, sx: parseSource(d)}))
// Warm-up: every stage over the first 30 documents (closures compiled, V8 optimised).
for (const fn of Object.values(stages)) for (let i = 0; i < Math.min(30, docs.length); i++) fn(docs[i], prepared[i])
const perDoc = {}
for (const [name, fn] of Object.entries(stages)) {
  const passes = []
  for (let pass = 0; pass < 3; pass++) {
    // Heavier passes over a sample: 200 documents are enough for a median.
    const n = ['schematron', 'html', 'text'].includes(name) ? Math.min(200, docs.length) : docs.length
    const start = process.cpuUsage()
    for (let i = 0; i < n; i++) fn(docs[i], prepared[i])
    const used = process.cpuUsage(start)
    passes.push((used.user + used.system) / 1000 / n)
  }
  perDoc[name] = passes.sort((a, b) => a - b)[1]
}

let javaMs = arg('--java-ms-per-doc', NaN)
let javaNote = 'given'
const {javaChainAvailable, runJavaChain} = await import(new URL('./java-chain.mjs', import.meta.url).pathname)
const java = javaChainAvailable()
if (java.ok && !process.argv.includes('--java-ms-per-doc')) {
  const temp = mkdtempSync(join(tmpdir(), 'teipipe-bench-floor-'))
  try {
    const teiDir = join(temp, 'tei')
    mkdirSync(teiDir)
    const files = docs.map((d, n) => { const f = join(teiDir, `doc-${String(n).padStart(4, '0')}.xml`); writeFileSync(f, d); return f })
    const run = runJavaChain({teiDir, files, rng: rngPath, outDir: join(temp, 'java'), stylesheets: java.stylesheets})
    javaMs = run.ms / count
    javaNote = `measured now, ${count} documents, JVM start-ups included`
  } finally {
    rmSync(temp, {recursive: true, force: true})
  }
}

const os = await import('node:os')
const floor = perDoc.parse + perDoc.relaxng + 2 * perDoc['sx-parse'] + 3 * perDoc.walk
const now = perDoc.parse + perDoc.relaxng + 2 * perDoc['sx-parse'] + perDoc.schematron + perDoc.html + perDoc.text
console.log(`${count} documents; load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores`)
for (const [name, ms] of Object.entries(perDoc)) console.log(`${name.padEnd(12)} ${ms.toFixed(2).padStart(8)} ms CPU/doc`)
console.log(`floor (parse + relaxng + 2 sx-parse + 3 walk)   ${floor.toFixed(2)} ms CPU/doc -> ${(floor / 2).toFixed(2)} ms/doc on 2 cores`)
console.log(`today's passes (same sum, real stylesheets)     ${now.toFixed(2)} ms CPU/doc -> ${(now / 2).toFixed(2)} ms/doc on 2 cores`)
if (Number.isFinite(javaMs)) {
  console.log(`Java chain: ${javaMs.toFixed(2)} ms/doc (${javaNote}); target 0.5x = ${(javaMs / 2).toFixed(2)} ms/doc`)
  console.log(`floor on 2 cores / Java: ${(floor / 2 / javaMs).toFixed(2)}x; today's passes on 2 cores / Java: ${(now / 2 / javaMs).toFixed(2)}x (both without start-up, warm-up, reading and writing)`)
} else console.log(`Java chain: not run (${java.ok ? 'no --java-ms-per-doc' : java.reason})`)
