// Held-out documents (tests/fixtures/encode/unseen/): short captures written for teipipe in the archive's style, each
// varying conventions the development corpus shows in ways it does not (Hungarian and German dates, Korean and
// Vietnamese names without a cue word, enterprises, closers without a valediction …). Each <name>.txt has a
// <name>.expect.json: what a historian expects in its TEI ("checks") and which of those the encoder still misses
// ("open", each kept honest by tests/encode/unseen.test.ts: an open check must still fail).
//
//   node bench/unseen.mjs [--verbose]      (after npm run prepare; prints held/total and, verbose, every miss)
//
// Shared by the test, so both read the checks the same way.
import {readdirSync, readFileSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const UNSEEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'encode', 'unseen')

/** The held-out documents: [{name, path, checks, open}] sorted by name. */
export function unseenDocuments(dir = UNSEEN_DIR) {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const name = basename(f, '.txt')
    const expect = JSON.parse(readFileSync(join(dir, `${name}.expect.json`), 'utf8'))
    return {name, path: join(dir, f), checks: expect.checks, open: expect.open}
  })
}

/** Text content of an XML fragment: tags removed, the five predefined entities resolved, white space collapsed. */
function plain(xml) {
  return xml.replace(/<[^>]*>/g, '').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim()
}

/**
 * The text of every element matching `selector` ("name" or "name[@attr='value']") in the <text> of a TEI string.
 * Elements of the same name are assumed not to nest (true of the names the checks use: no div but the endmatter).
 */
function contents(tei, selector) {
  const m = /^([\w:]+)(?:\[@([\w:]+)='([^']*)'\])?$/.exec(selector)
  if (!m) throw new Error(`bad selector ${selector}`)
  const [, name, attr, value] = m
  const text = tei.slice(tei.indexOf('<text>'))
  const out = []
  const open = new RegExp(`<${name}(\\s[^>]*?)?(/?)>`, 'g')
  for (let hit; (hit = open.exec(text)); ) {
    if (attr && !new RegExp(`\\s${attr}="${value}"`).test(hit[1] ?? '')) continue
    if (hit[2] === '/') { out.push(''); continue }
    const end = text.indexOf(`</${name}>`, open.lastIndex)
    out.push(plain(text.slice(open.lastIndex, end < 0 ? text.length : end)))
  }
  return out
}

/**
 * Whether one check holds for an encoded document. Checks: ["has", selector, text] an element whose text is exactly
 * `text`; ["not", selector, text] no such element; ["in", selector, text] an element whose text contains `text`;
 * ["notin", selector, text] none does; ["text", xml] the serialised TEI contains `xml`.
 */
export function holds(tei, check) {
  const [kind, selector, text] = check
  if (kind === 'text') return tei.includes(selector)
  const found = contents(tei, selector)
  if (kind === 'has') return found.includes(text)
  if (kind === 'not') return !found.includes(text)
  if (kind === 'in') return found.some((t) => t.includes(text))
  if (kind === 'notin') return !found.some((t) => t.includes(text))
  throw new Error(`unknown check kind ${kind}`)
}

async function main() {
  const {TeiFile} = await import('../lib/core/file.js')
  const {encodeFile} = await import('../lib/encode/index.js')
  const {validateFiles} = await import('../lib/validate/index.js')
  const verbose = process.argv.includes('--verbose')
  let held = 0
  let total = 0
  for (const doc of unseenDocuments()) {
    const file = new TeiFile(doc.path, readFileSync(doc.path, 'utf8'))
    encodeFile(file)
    const copy = new TeiFile(doc.path)
    copy.tei = file.tei ?? ''
    await validateFiles([copy])
    const errors = [...file.messages, ...copy.messages].filter((m) => m.severity === 'error')
    const misses = doc.checks.filter((c) => !holds(file.tei ?? '', c)).map((c) => JSON.stringify(c))
    if (errors.length > 0) misses.unshift(`invalid or refused: ${errors.map((e) => e.ruleId).join(', ')}`)
    const n = doc.checks.length + 1
    held += n - misses.length
    total += n
    console.log(`${doc.name}: ${n - misses.length}/${n}`)
    if (verbose) for (const m of misses) console.log(`  miss: ${m}`)
  }
  console.log(`held-out ${held} of ${total} checks (${Math.round((100 * held) / total)} %)`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
