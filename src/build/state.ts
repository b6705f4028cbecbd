/**
 * The build cache, `.teipipe-cache/build-state.json`: for each document, the key of the inputs its check
 * (validation, facts) and its render were made from, with their messages and facts, so that an unchanged
 * document is neither validated nor rendered again, and its messages are still reported on every build.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {writeFileAtomic} from '../core/fs.js'
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
}

const FILE = 'build-state.json'

/** Read the cache; missing or damaged → empty (everything is then checked and rendered). */
export function readState(cacheDir: string): BuildState {
  const path = join(cacheDir, FILE)
  if (!existsSync(path)) return {documents: {}}
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as {format?: number; documents?: Record<string, DocumentState>; site?: SiteState; stylesheet?: StylesheetState}
    if (data.format !== 1 || !data.documents || typeof data.documents !== 'object') return {documents: {}}
    return {documents: data.documents, ...(data.site ? {site: data.site} : {}), ...(data.stylesheet ? {stylesheet: data.stylesheet} : {})}
  } catch {
    return {documents: {}}
  }
}

/** Write the cache atomically, documents sorted by id. */
export function writeState(cacheDir: string, state: BuildState): void {
  const documents: Record<string, DocumentState> = {}
  for (const id of Object.keys(state.documents).sort()) {
    const entry = state.documents[id]
    if (entry) documents[id] = entry
  }
  writeFileAtomic(join(cacheDir, FILE), `${JSON.stringify({format: 1, documents, ...(state.site ? {site: state.site} : {}), ...(state.stylesheet ? {stylesheet: state.stylesheet} : {})})}\n`)
}
