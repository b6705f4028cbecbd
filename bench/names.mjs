// Names and dates against the gold annotations: recall (as structure-score.mjs counts it: a gold entry's last word
// inside a tagged name of its kind) and precision (distinct tagged forms that match a gold entry of their kind).
// Usage: node bench/names.mjs GOLD_DIR TEI_DIR [--verbose]. Measures; exit 0 always.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {basename, join} from 'node:path'

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const [goldDir, teiDir] = args.filter((a) => !a.startsWith('--'))
if (!goldDir || !teiDir) {
  console.error('usage: node bench/names.mjs GOLD_DIR TEI_DIR [--verbose]')
  process.exit(2)
}
const lastWord = (n) => n.replace(/[[\]()]/g, ' ').trim().split(/\s+/).pop().toLowerCase()
const plain = (x) => x.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ').trim()

/** Texts of the elements `name` inside <text> (outermost occurrences, nested content flattened). */
function tagged(xml, name) {
  const body = xml.slice(xml.indexOf('<text>'))
  const out = []
  const re = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`, 'g')
  for (let m = re.exec(body); m; m = re.exec(body)) out.push(plain(m[1]))
  return out
}
const kinds = [['persons', 'persName', 'persons_mentioned'], ['places', 'placeName', 'places_mentioned'], ['orgs', 'orgName', 'organisations_mentioned']]
const total = {}
for (const [k] of [...kinds, ['dates']]) total[k] = {goldHit: 0, gold: 0, tagHit: 0, tag: 0}
for (const entry of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
  const name = basename(entry, '.json')
  const tei = join(teiDir, `${name}.xml`)
  if (!existsSync(tei)) continue
  const g = JSON.parse(readFileSync(join(goldDir, entry), 'utf8'))
  const xml = readFileSync(tei, 'utf8')
  const lines = []
  for (const [k, el, field] of kinds) {
    const gold = g[field] ?? []
    const forms = [...new Set(tagged(xml, el))]
    const low = forms.map((f) => f.toLowerCase())
    const goldHit = gold.filter((p) => low.some((t) => t.includes(lastWord(p))))
    const tagHit = forms.filter((f) => gold.some((p) => f.toLowerCase().includes(lastWord(p)) || p.toLowerCase().includes(f.toLowerCase())))
    Object.assign(total[k], {goldHit: total[k].goldHit + goldHit.length, gold: total[k].gold + gold.length, tagHit: total[k].tagHit + tagHit.length, tag: total[k].tag + forms.length})
    if (verbose) {
      const wrong = forms.filter((f) => !tagHit.includes(f))
      const missed = gold.filter((p) => !goldHit.includes(p))
      if (wrong.length) lines.push(`  ${k} wrongly tagged: ${wrong.join(' | ')}`)
      if (missed.length) lines.push(`  ${k} missed: ${missed.join(' | ')}`)
    }
  }
  const body = xml.slice(xml.indexOf('<text>'))
  const values = [...body.matchAll(/<date\b[^>]*?\s(?:when|from|notBefore)="([^"]+)"[^>]*>([\s\S]*?)<\/date>/g)].map((m) => [m[1], plain(m[2])])
  const gd = g.dates_in_body ?? []
  const dHit = gd.filter((d) => values.some(([v]) => v === d.iso.split('/')[0] || v.startsWith(d.iso.split('/')[0])))
  const tHit = values.filter(([v, t]) => gd.some((d) => d.iso.split('/')[0] === v || t.includes(d.text) || d.text.includes(t)))
  Object.assign(total.dates, {goldHit: total.dates.goldHit + dHit.length, gold: total.dates.gold + gd.length, tagHit: total.dates.tagHit + tHit.length, tag: total.dates.tag + values.length})
  if (verbose) {
    const wrong = values.filter((v) => !tHit.includes(v))
    const missed = gd.filter((d) => !dHit.includes(d))
    if (wrong.length) lines.push(`  dates wrongly tagged: ${wrong.map(([v, t]) => `${t}=${v}`).join(' | ')}`)
    if (missed.length) lines.push(`  dates missed: ${missed.map((d) => `${d.text}=${d.iso}`).join(' | ')}`)
  }
  if (verbose && lines.length) console.log(`${name}\n${lines.join('\n')}`)
}
const pct = (a, b) => (b ? `${Math.round((100 * a) / b)} %` : 'n/a')
for (const [k, t] of Object.entries(total)) console.log(`${k.padEnd(8)} recall ${t.goldHit}/${t.gold} (${pct(t.goldHit, t.gold)})  precision ${t.tagHit}/${t.tag} (${pct(t.tagHit, t.tag)})`)

// Cost of the name recogniser: the corpus encoded with it and without it (the sidecar switch names.auto = false),
// alternating in the same process, as a ratio. Needs lib/ (node scripts/prepare.mjs).
const root = new URL('..', import.meta.url).pathname
if (existsSync(join(root, 'lib/encode/index.js'))) {
  const {encodeFile} = await import(join(root, 'lib/encode/index.js'))
  const {TeiFile} = await import(join(root, 'lib/core/file.js'))
  const corpusDir = join(goldDir, '..')
  const docs = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({path: join(corpusDir, f), source: readFileSync(join(corpusDir, f), 'utf8')}))
  const run = (edits) => {
    const start = performance.now()
    for (const d of docs) encodeFile(new TeiFile(d.path, d.source), edits ? {edits} : {})
    return performance.now() - start
  }
  run(); run({names: {auto: false}})
  let on = 0
  let off = 0
  const rounds = Number(process.env.ROUNDS ?? 10)
  for (let i = 0; i < rounds; i++) {
    on += run()
    off += run({names: {auto: false}})
  }
  console.log(`encode with names ${(on / (rounds * docs.length)).toFixed(2)} ms/doc, without ${(off / (rounds * docs.length)).toFixed(2)} ms/doc: ratio ${(on / off).toFixed(2)}x (${docs.length} docs, ${rounds} rounds)`)
}
