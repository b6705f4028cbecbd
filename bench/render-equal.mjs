// Byte-equality check of the editions before and after a stylesheet change (uses lib/ and build/sef:
// run `npm run prepare` first). Renders the HTML edition, the text edition (reading) and the text
// edition (diplomatic) of: the memo (tei/), every .xml under tests/fixtures, the Wilson corpus encoded
// in memory (../shared/corpus/wilson), ../shared/cases/render and the 88 conformance files
// (../shared/conformance/tei-real/files); each output and the document's messages are one file.
//   node bench/render-equal.mjs --save DIR     write the outputs (e.g. on main, before a change)
//   node bench/render-equal.mjs --check DIR    render again and compare byte for byte; exit 1 on a difference
// Add --quick to leave out the conformance files. The encoded corpus is saved with the outputs (so that
// a change to the encoder since --save is not counted). Outputs are named by paths relative to the
// repository and to ../shared (bench/render-equal-keys.mjs), so a save made in one worktree can be
// checked in another (a save made before this naming, with the worktree's folder in every name,
// shows every output as "not saved").
import {existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {inputName, saveKey} from './render-equal-keys.mjs'

const args = process.argv.slice(2)
const mode = args.includes('--save') ? 'save' : args.includes('--check') ? 'check' : undefined
const dir = mode ? args[args.indexOf(`--${mode}`) + 1] : undefined
if (!mode || !dir) {
  console.error('usage: node bench/render-equal.mjs --save DIR | --check DIR [--quick]')
  process.exit(2)
}
const root = new URL('..', import.meta.url).pathname
const lib = (p) => join(root, 'lib', p)
const {TeiFile} = await import(lib('core/file.js'))
const {renderHtml} = await import(lib('transform/html.js'))
const {renderText} = await import(lib('transform/text.js'))
const {encodeFile} = await import(lib('encode/index.js'))

/** Every file under `folder` whose name ends with `ext`, sorted. */
function files(folder, ext) {
  if (!existsSync(folder)) return []
  const out = []
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) out.push(...files(path, ext))
    else if (name.endsWith(ext)) out.push(path)
  }
  return out
}

const inputs = [] // [key, xml]
const add = (name, xml) => inputs.push([saveKey(name), xml])
const shared = join(root, '..', 'shared')
const places = {root, shared}
for (const path of [join(root, 'tei', '134242.xml'), ...files(join(root, 'tests', 'fixtures'), '.xml'), ...files(join(shared, 'cases', 'render'), '.xml')]) {
  add(inputName(path, places), readFileSync(path, 'utf8'))
}
for (const path of files(join(shared, 'corpus', 'wilson'), '.txt').filter((p) => !p.includes('/gold/'))) {
  const file = new TeiFile(path, readFileSync(path, 'utf8'))
  try { encodeFile(file) } catch { continue }
  const key = saveKey(`encoded/${relative(shared, path)}`)
  // The encoded TEI is saved with the outputs and read back by --check: a change to the encoder
  // since --save must not count as a difference in the editions.
  const saved = join(dir, `${key}.input.xml`)
  if (mode === 'check' && existsSync(saved)) add(key, readFileSync(saved, 'utf8'))
  else if (file.tei) {
    if (mode === 'save') { mkdirSync(dir, {recursive: true}); writeFileSync(saved, file.tei) }
    add(key, file.tei)
  }
}
if (!args.includes('--quick')) for (const path of files(join(shared, 'conformance', 'tei-real', 'files'), '.xml')) add(inputName(path, places), readFileSync(path, 'utf8'))

const outputs = (key, xml) => {
  const html = new TeiFile(`${key}.xml`, xml)
  renderHtml(html, {textHref: `${key}.txt`, teiHref: `${key}.xml`})
  const text = new TeiFile(`${key}.xml`, xml)
  renderText(text)
  const diplomatic = new TeiFile(`${key}.xml`, xml)
  renderText(diplomatic, {profile: 'diplomatic'})
  const messages = [html, text, diplomatic].map((f) => f.messages.map((m) => `${m.ruleId} ${m.severity} ${m.place?.start.line ?? ''}:${m.place?.start.column ?? ''} ${m.reason}`))
  return {html: html.outputs.html ?? '(none)', txt: text.outputs.text ?? '(none)', 'dipl.txt': diplomatic.outputs.text ?? '(none)', 'messages.json': JSON.stringify(messages, null, 1)}
}

mkdirSync(dir, {recursive: true})
let compared = 0
const different = []
for (const [key, xml] of inputs) {
  for (const [ext, content] of Object.entries(outputs(key, xml))) {
    const path = join(dir, `${key}.${ext}`)
    if (mode === 'save') writeFileSync(path, content)
    else {
      compared++
      if (!existsSync(path)) different.push(`${key}.${ext} (not saved)`)
      else if (readFileSync(path, 'utf8') !== content) {
        different.push(`${key}.${ext}`)
        writeFileSync(`${path}.new`, content)
      }
    }
  }
}
if (mode === 'save') console.log(`saved the outputs of ${inputs.length} documents to ${dir}`)
else {
  console.log(`${inputs.length} documents, ${compared} outputs compared: ${different.length} different`)
  for (const d of different) console.log(`  differs: ${d} (new output beside it as .new)`)
  process.exit(different.length ? 1 : 0)
}
