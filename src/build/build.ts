/** `teipipe build`: sources → TEI (only missing or stale ones) → validation → editions in dist/. */
import {existsSync, mkdirSync, readdirSync, statSync} from 'node:fs'
import {join, relative, sep} from 'node:path'
import {TeiFile} from '../core/file.js'
import {writeFileAtomic} from '../core/fs.js'
import {validateFiles} from '../validate/index.js'
import {renderText} from '../transform/text.js'
import {encodeFile, loadEdits} from '../encode/index.js'
import {encoderFingerprint} from './fingerprint.js'
import {inputsHash, readManifest, writeManifest} from './manifest.js'
import {documentId, publishFile, readTeiFile} from './publish.js'
import {indexEntry, indexPage, type IndexEntry} from './index-page.js'

/** What a build did. */
export interface BuildResult {
  /** Every file that carries messages: sources that were encoded, then TEI files. */
  files: TeiFile[]
  encoded: string[]
  written: string[]
}

/** Build the project in `dir` (sources/, tei/, dist/). */
export async function buildProject(dir: string): Promise<BuildResult> {
  const result: BuildResult = {files: [], encoded: [], written: []}
  const teiDir = join(dir, 'tei')
  const outDir = join(dir, 'dist')
  mkdirSync(teiDir, {recursive: true})
  mkdirSync(outDir, {recursive: true})
  await encodeStale(dir, teiDir, result)
  const teiPaths = listFiles(teiDir, '.xml')
  const teiFiles = teiPaths.map((path) => readTeiFile(path, portable(relative(dir, path))))
  result.files.push(...teiFiles)
  await validateFiles(teiFiles.filter((f) => !f.fatal))
  const entries: IndexEntry[] = []
  teiFiles.forEach((file, i) => {
    const path = teiPaths[i] ?? ''
    if (file.fatal) return
    result.written.push(...publishFile(file, path, outDir, {html: true, renderText, profile: 'reading', copyTei: true}))
    if (file.outputs.html !== undefined) entries.push(indexEntry(documentId(path), file.outputs.html, file.outputs.text !== undefined))
  })
  const index = join(outDir, 'index.html')
  writeFileAtomic(index, indexPage(entries))
  result.written.push(index)
  return result
}

/** Encode every source whose TEI is missing or older than its inputs (hash in the manifest, else mtime). */
async function encodeStale(dir: string, teiDir: string, result: BuildResult): Promise<void> {
  const sources = listFiles(join(dir, 'sources'), '.txt')
  if (sources.length === 0) return
  const manifest = readManifest(dir)
  for (const source of sources) {
    const key = portable(relative(dir, source))
    const edits = source.replace(/\.txt$/, '.edits.json')
    // A new encoder counts as a changed input: its fingerprint joins the sources' hash.
    const hash = `${encoderFingerprint()}-${inputsHash([source, edits])}`
    const tei = join(teiDir, `${documentId(source)}.xml`)
    if (existsSync(tei) && !isStale(tei, [source, edits], manifest[key], hash)) continue
    const file = readTeiFile(source, key)
    if (!file.fatal) {
      try {
        const loaded = loadEdits(source)
        encodeFile(file, loaded === undefined ? {} : {edits: loaded})
      } catch (error) {
        file.error(`The source could not be encoded: ${error instanceof Error ? error.message : String(error)}`, {ruleId: 'internal-error', source: 'internal', fatal: true})
      }
    }
    if (file.messages.length > 0) result.files.push(file)
    if (file.fatal || file.tei === undefined) continue
    writeFileAtomic(tei, file.tei)
    manifest[key] = hash
    result.encoded.push(tei)
  }
  writeManifest(dir, manifest)
}

/** Stale: the recorded hash differs, or (no record) an input is newer than the TEI. */
function isStale(tei: string, inputs: readonly string[], recorded: string | undefined, hash: string): boolean {
  if (recorded !== undefined) return recorded !== hash
  const teiTime = statSync(tei).mtimeMs
  return inputs.some((input) => existsSync(input) && statSync(input).mtimeMs > teiTime)
}

/** Files with an extension under a folder, recursively, sorted (deterministic order). */
function listFiles(root: string, extension: string): string[] {
  if (!existsSync(root)) return []
  const out: string[] = []
  for (const entry of readdirSync(root).sort()) {
    const path = join(root, entry)
    if (statSync(path).isDirectory()) out.push(...listFiles(path, extension))
    else if (entry.endsWith(extension)) out.push(path)
  }
  return out
}

function portable(path: string): string {
  return path.split(sep).join('/')
}
