/**
 * A project's documents: every source text (sources/**\/*.txt) and every TEI file (tei/**\/*.xml), named by
 * their file name without extension. Names must be unique across the project (case-insensitively, as on
 * macOS and Windows) and must not be a name the site itself uses; otherwise nothing is built.
 */
import {existsSync, readdirSync, statSync} from 'node:fs'
import {basename, join, relative, resolve, sep} from 'node:path'
import {createMessage, type Message} from '../core/message.js'
import {sitePages} from './site-api.js'
import {folderRelation, samePath, skippedFolder} from '../core/folders.js'
import {idKey} from '../core/names.js'
import './rules.js'

/** Where a project's parts live (absolute paths). */
export interface ProjectLayout {
  /** The project folder: every key and report path is relative to it. */
  dir: string
  sources: string
  tei: string
  out: string
  /** `.teipipe-cache/` of the project: the encoder's records and the build cache. */
  cache: string
}

/** One document of the project: its id, its TEI file and the source it is encoded from, if any. */
export interface ProjectDocument {
  id: string
  /** TEI path relative to the project folder, '/'-separated. */
  tei: string
  /** Source text path relative to the project folder, '/'-separated. */
  source?: string
  /** The edits sidecar beside the source (`<name>.edits.json`), relative; present or not. */
  edits?: string
}

/**
 * Names a document may not have, compared case-insensitively: the first path segment of every page the
 * corpus site writes (`index` for index.html, `corpus` for corpus/…), so no document can overwrite them.
 */
export function reservedIds(): string[] {
  const names = new Set<string>()
  for (const path of sitePages([]).keys()) names.add((path.split('/')[0] ?? path).replace(/\.[^.]*$/, '').toLowerCase())
  return [...names].sort()
}

/** The layout of the project in `dir`, with folders from the config (relative to `dir`) or the defaults. */
export function projectLayout(dir: string, folders: {sources?: string | undefined; tei?: string | undefined; out?: string | undefined} = {}): ProjectLayout {
  return {
    dir,
    sources: resolve(dir, folders.sources ?? 'sources'),
    tei: resolve(dir, folders.tei ?? 'tei'),
    out: resolve(dir, folders.out ?? 'dist'),
    cache: join(dir, '.teipipe-cache')
  }
}

/**
 * The documents of a project, sorted by id, and the problems that stop a build before it writes anything
 * (rule `build-id-clash`: two files would publish as the same id; `build-reserved-id`: a site page name).
 * A source `sources/a/x.txt` is the document `x` with TEI `tei/x.xml`; a TEI file with no source is a
 * document of its own. Backups in `tei/.backup/` and hidden files are not documents.
 */
export function projectDocuments(layout: ProjectLayout): {documents: ProjectDocument[]; problems: Message[]} {
  const rel = (path: string): string => relative(layout.dir, path).split(sep).join('/')
  const claims = new Map<string, {id: string; files: string[]; doc: ProjectDocument}[]>()
  const claim = (id: string, file: string, doc: ProjectDocument): void => {
    const key = idKey(id)
    const list = claims.get(key) ?? []
    list.push({id, files: [file], doc})
    claims.set(key, list)
  }
  const sourceTeis = new Set<string>()
  // The build never reads what it writes.
  const outputs = [layout.out, layout.cache]
  for (const path of listFiles(layout.sources, '.txt', outputs)) {
    const id = basename(path, '.txt')
    const tei = rel(join(layout.tei, `${id}.xml`))
    sourceTeis.add(tei)
    claim(id, rel(path), {id, tei, source: rel(path), edits: rel(path.replace(/\.txt$/, '.edits.json'))})
  }
  for (const path of listFiles(layout.tei, '.xml', outputs)) {
    const tei = rel(path)
    if (sourceTeis.has(tei)) continue
    const id = basename(path, '.xml')
    claim(id, tei, {id, tei})
  }
  const documents: ProjectDocument[] = []
  const problems: Message[] = []
  const reserved = reservedIds()
  for (const list of claims.values()) {
    const first = list[0]
    if (first === undefined) continue
    const files = list.flatMap((c) => c.files).sort()
    if (list.length > 1) {
      problems.push(createMessage(`These files would all be published as the document "${first.id}" and overwrite each other: ${files.join(', ')}. Rename all but one (document names must be unique across the project, ignoring case).`, {ruleId: 'build-id-clash', source: 'cli', file: files[0] ?? first.id}))
      continue
    }
    if (reserved.includes(first.id.toLowerCase()) || first.id.startsWith('.')) {
      problems.push(createMessage(`The document name "${first.id}" is used by the site itself (${first.id.toLowerCase() === 'index' ? 'index.html, the list of documents' : 'a page or folder of the site'}), so publishing ${files[0] ?? first.id} would overwrite it. Rename the file (reserved names: ${reserved.join(', ')}).`, {ruleId: 'build-reserved-id', source: 'cli', file: files[0] ?? first.id}))
      continue
    }
    documents.push(first.doc)
  }
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  problems.sort((a, b) => ((a.file ?? '') < (b.file ?? '') ? -1 : 1))
  return {documents, problems}
}

/** The key two document names clash on (`core/names.ts`). */
export {idKey} from '../core/names.js'

/**
 * The problems of a layout that stop a build before it reads or writes anything (rule `build-output-overlap`):
 * the output folder is, contains or is inside the sources or TEI folder (publishing would overwrite a TEI
 * file with its published copy, or a source text with its text edition, and the next build would read its
 * outputs as documents) or the cache folder. An output folder inside the project folder is allowed when the
 * sources or TEI are kept at the project root itself (`"tei": "."`): the build never searches its output folder.
 * Rule `build-nothing-to-build`: neither the sources nor the TEI folder exists.
 */
export function layoutProblems(layout: ProjectLayout): Message[] {
  const rel = (path: string): string => relative(layout.dir, path).split(sep).join('/') || '.'
  const out = rel(layout.out)
  const problems: Message[] = []
  const folders = [
    {path: layout.tei, name: 'TEI folder', harm: 'its TEI files would be replaced by their published copies'},
    {path: layout.sources, name: 'sources folder', harm: 'its source texts would be replaced by their text editions'},
    {path: layout.cache, name: 'cache folder', harm: 'the build\'s records would be mixed with the published files'}
  ]
  for (const folder of folders) {
    const relation = folderRelation(layout.out, folder.path)
    if (relation === undefined || (relation === 'inside' && folder.path !== layout.cache && samePath(folder.path, layout.dir))) continue
    const where = relation === 'same' ? `is the ${folder.name} (${rel(folder.path)})` : relation === 'contains' ? `contains the ${folder.name} (${rel(folder.path)})` : `is inside the ${folder.name} (${rel(folder.path)})`
    problems.push(createMessage(`The output folder ${out} ${where}: ${folder.harm}, and the next build would read what this one wrote. Nothing was built; choose an output folder apart from ${rel(folder.path)} with -o/--out (or build.out in the config).`, {ruleId: 'build-output-overlap', source: 'cli', file: out}))
    break // one sentence: the first folder it would overwrite
  }
  if (problems.length === 0 && !existsSync(layout.sources) && !existsSync(layout.tei)) {
    problems.push(createMessage(`There is nothing to build here: ${rel(layout.dir) === '.' ? 'this folder' : rel(layout.dir)} has neither a sources folder (${rel(layout.sources)}/, source texts) nor a TEI folder (${rel(layout.tei)}/, TEI files). Nothing was written. Run teipipe init to start a project, or set build.sources and build.tei in teipipe.config.json.`, {ruleId: 'build-nothing-to-build', source: 'cli', file: rel(layout.dir)}))
  }
  return problems
}

/**
 * Files with an extension under a folder, recursively, sorted. Hidden files are skipped, and so are the
 * folders no search for inputs enters (core/folders.ts, as in `validate`): hidden ones (`tei/.backup/`,
 * `.teipipe-cache/`), `node_modules/`, published sites, and this build's own output and cache folders
 * (with the TEI kept at the project root, `dist/` is below it).
 */
function listFiles(root: string, extension: string, outputs: readonly string[]): string[] {
  if (!existsSync(root)) return []
  const out: string[] = []
  for (const entry of readdirSync(root).sort()) {
    if (entry.startsWith('.')) continue
    const path = join(root, entry)
    if (statSync(path).isDirectory()) {
      if (skippedFolder(path, outputs) === undefined) out.push(...listFiles(path, extension, outputs))
    } else if (entry.endsWith(extension)) out.push(path)
  }
  return out
}
