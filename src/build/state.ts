/**
 * The build cache, `.teipipe-cache/build-state.json`: for each document, the key of the inputs its check
 * (validation, facts) and its render were made from, with their messages and facts, so that an unchanged
 * document is neither validated nor rendered again, and its messages are still reported on every build.
 * Each document's reading text (for the site's search) is kept apart, in `.teipipe-cache/texts/<hash>.txt`:
 * it is nine tenths of the facts, and is read only when the site's pages are made again.
 */
import {existsSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {writeFileAtomic} from '../core/fs.js'
import {hashParts} from './hash.js'
import type {Message} from '../core/message.js'
import type {DocumentFacts} from './site-api.js'
import type {SchemaDependency} from './schemas.js'

/** A document's cached check. */
export interface CheckState {
  /** Hash of teipipe's validation code, the schemas and the TEI text. */
  key: string
  teiHash: string
  messages: Message[]
  /** Facts from the TEI alone (navigation uses these). */
  facts: DocumentFacts
  failed?: string
  /** The schema files the check used and their hashes (`schemas.ts`): a changed one means checking again. */
  schemas?: SchemaDependency[]
}

/** A document's cached render. */
export interface RenderState {
  /** Hash of teipipe's rendering code, the compiled stylesheets, the parameters and the TEI text. */
  key: string
  messages: Message[]
  /** Output file names, relative to the output folder. */
  outputs: string[]
  failed?: string
}

/** Everything cached about one document. */
export interface DocumentState {
  check?: CheckState
  render?: RenderState
}

/** The site pages last written: the hash of all facts and options they were made from, and their names. */
export interface SiteState {
  key: string
  pages: string[]
  /** Each page's content hash: an unchanged page is not written again. */
  hashes?: Record<string, string>
}

/** The editions' shared stylesheet last written (`EDITION_CSS`): the key it was made from. */
export interface StylesheetState {
  key: string
}

/** The cache of a project. */
export interface BuildState {
  documents: Record<string, DocumentState>
  site?: SiteState
  stylesheet?: StylesheetState
  /** The file's text as {@link readState} read it: {@link writeState} does not write the same text again (a build with nothing to do). */
  read?: string
}

const FILE = 'build-state.json'
const TEXTS = 'texts'

/**
 * The facts with their reading text kept apart: `text` is written to `<cacheDir>/texts/<hash>.txt` (once
 * per content) and replaced by `textHash`. Facts without a text are returned as they are. Throws the
 * file system's error when the text cannot be written (the cache folder is writable: the build made it).
 */
export function keepTextApart(cacheDir: string, facts: DocumentFacts): DocumentFacts {
  if (facts.text === undefined) return facts
  const {text, ...rest} = facts
  const textHash = hashParts([text])
  const path = join(cacheDir, TEXTS, `${textHash}.txt`)
  if (!existsSync(path)) writeFileAtomic(path, text)
  return {...rest, textHash}
}

/**
 * The facts with their reading text back (`text` read from the file `textHash` names; see
 * {@link keepTextApart}), for the site's pages. Facts that carry their text, or have none, are returned
 * as they are; a text file that cannot be read gives facts without a text (the site then cannot search it).
 */
export function withText(cacheDir: string, facts: DocumentFacts): DocumentFacts {
  if (facts.textHash === undefined || facts.text !== undefined) return facts
  const {textHash: _hash, ...rest} = facts
  try {
    return {...rest, text: readFileSync(join(cacheDir, TEXTS, `${facts.textHash}.txt`), 'utf8')}
  } catch {
    return rest
  }
}

/** Read the cache; missing or damaged → empty (everything is then checked and rendered). */
export function readState(cacheDir: string): BuildState {
  const path = join(cacheDir, FILE)
  if (!existsSync(path)) return {documents: {}}
  try {
    const read = readFileSync(path, 'utf8')
    const data = JSON.parse(read) as {format?: number; documents?: Record<string, DocumentState>; site?: SiteState; stylesheet?: StylesheetState}
    if (data.format !== 2 || !data.documents || typeof data.documents !== 'object') return {documents: {}}
    // A check whose text file is gone (a cache folder pruned by hand) is made again.
    for (const entry of Object.values(data.documents)) {
      const hash = entry.check?.facts.textHash
      if (hash !== undefined && !existsSync(join(cacheDir, TEXTS, `${hash}.txt`))) delete entry.check
    }
    return {documents: data.documents, ...(data.site ? {site: data.site} : {}), ...(data.stylesheet ? {stylesheet: data.stylesheet} : {}), read}
  } catch {
    return {documents: {}}
  }
}

/**
 * Write the cache atomically, documents sorted by id; their texts are kept apart ({@link keepTextApart}),
 * and text files no document refers to any more are removed.
 */
export function writeState(cacheDir: string, state: BuildState): void {
  const documents: Record<string, DocumentState> = {}
  const texts = new Set<string>()
  for (const id of Object.keys(state.documents).sort()) {
    const entry = state.documents[id]
    if (!entry) continue
    if (entry.check?.facts.text !== undefined) entry.check = {...entry.check, facts: keepTextApart(cacheDir, entry.check.facts)}
    if (entry.check?.facts.textHash !== undefined) texts.add(`${entry.check.facts.textHash}.txt`)
    documents[id] = entry
  }
  const text = `${JSON.stringify({format: 2, documents, ...(state.site ? {site: state.site} : {}), ...(state.stylesheet ? {stylesheet: state.stylesheet} : {})})}\n`
  if (text === state.read && existsSync(join(cacheDir, FILE))) return
  writeFileAtomic(join(cacheDir, FILE), text)
  state.read = text
  try {
    for (const name of readdirSync(join(cacheDir, TEXTS))) if (!texts.has(name)) rmSync(join(cacheDir, TEXTS, name), {force: true})
  } catch {
    // no texts yet, or one that cannot be removed: left for the next build
  }
}
