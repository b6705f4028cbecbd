/**
 * The per-document work of a build, run in a worker thread (or in the main thread with `--jobs 1`):
 * `check` encodes a source when asked, validates the TEI and reads its site facts; `render` makes the
 * editions and writes them. Each document's outputs are written as soon as they are made, and nothing
 * of a document stays in memory once its result is returned.
 */
import {OUTPUT_INVALID, outputInvalidReason, validationErrors} from '../encode/output-check.js'
import {existsSync, readFileSync, rmSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {TeiFile} from '../core/file.js'
import {writeFileAtomic} from '../core/fs.js'
import {compareMessages, type Message, type Position} from '../core/message.js'
import {errorText} from '../core/pipeline.js'
import {jsonSyntaxError} from '../core/json-error.js'
import {validateFiles, type ValidateOptions} from '../validate/index.js'
import {editionStylesheet, renderHtml} from '../transform/html.js'
import {CustomisationError, ensureCustomStylesheet, ensureStylesheet} from './stylesheets.js'
import {publishableTei} from '../transform/tei-copy.js'
import {renderText} from '../transform/text.js'
import {readTeiFile} from './publish.js'
import {hashParts} from './hash.js'
import {writeReason} from '../core/file-errors.js'
import {backupTei} from './backup.js'
import {editionId} from './manifest.js'
import {documentFacts, failedFacts, TreeDepthError, type DocumentFacts} from './site-api.js'
import {StageTimes, startTiming} from './timings.js'
import {schemasUsed} from './schemas.js'
import {projectXmlModelLines, withXmlModelLines} from '../validate/xml-model.js'
import type {XmlTree} from '../parse/tree.js'
import {writeSitePages, type SitePagesOutcome, type SitePagesRecord} from './site-pages.js'
import {withText} from './state.js'
import './rules.js'

/** How a source is encoded: `write` its TEI, `compare` with the TEI on disk (first sight), or in `memory` only (a shard's facts of another shard's document). */
export type EncodeMode = 'write' | 'compare' | 'memory'

/** One document of a check task (paths relative to the project folder). */
export interface CheckItem {
  id: string
  tei: string
  /**
   * `expect`: hash of the TEI file when the build decided to write it (null: there was none); a TEI that changed
   * since is not overwritten. `backup`: the TEI folder (absolute) whose `.backup/` receives a copy of the TEI just
   * before the new encoding replaces it (`--reencode`); when the encoding fails, the TEI is kept and checked as it is.
   */
  encode?: {source: string; mode: EncodeMode; expect?: string | null; backup?: string}
  /** Validate the TEI (false: facts only). */
  validate: boolean
  /** The TEI on disk is the encoder's, unedited: its validation errors are the encoder's (src/encode/output-check.ts). */
  encoderTei?: boolean
}

/** Check a batch of documents of the project in `dir`. */
export interface CheckTask {
  kind: 'check'
  dir: string
  items: CheckItem[]
  validate: ValidateOptions
}

/** What the encoder did for a document in a check task. */
export interface EncodeOutcome {
  messages: Message[]
  /** Hash of the TEI the encoder made (absent when it failed). */
  teiHash?: string
  /** Whether the TEI file was written. */
  wrote: boolean
  /** `compare` mode: whether the TEI on disk is exactly the encoder's. */
  same?: boolean
  /** The backup made of the replaced TEI (relative to the project folder), `--reencode`. */
  backup?: string
  /** The edition's identifier in the TEI the encoder made (`editionId`). */
  edition?: string
}

/** The result of checking one document. */
export interface CheckResult {
  id: string
  encode?: EncodeOutcome
  /** Hash of the TEI that was checked (absent when there is none). */
  teiHash?: string
  /** Messages about the TEI file (reading, well-formedness, schema, Schematron). */
  messages: Message[]
  /** Site facts read from the TEI alone (status `failed` only when there is no readable TEI). */
  facts: DocumentFacts
  /** Set when the document cannot be published: the reason, one line. */
  failed?: string
  /** The schema files it was validated against (absolute paths; null: check it again next time, see `schemas.ts`). */
  schemas?: string[] | null
}

/** One document of a render task. */
export interface RenderItem {
  id: string
  tei: string
  /** HTML stylesheet parameters (navigation, site title, …). */
  params: Record<string, string>
}

/** Render a batch of documents into `out` (absolute). */
export interface RenderTask {
  kind: 'render'
  dir: string
  out: string
  profile: 'reading' | 'diplomatic'
  items: RenderItem[]
  /** XSLT customisation layers over the stock HTML and text stylesheets (absolute paths). */
  htmlXslt?: string
  textXslt?: string
}

/**
 * Write the editions' shared stylesheet (teipipe's styles, then the `css` file's rules) to `out/name`,
 * compiling the customisation layers on the way: a layer that does not compile is the project's problem.
 */
export interface StylesheetTask {
  kind: 'stylesheet'
  out: string
  name: string
  css?: string
  htmlXslt?: string
  textXslt?: string
}

/** What became of the shared stylesheet: `problem` is a customisation that cannot be used (a sentence), `error` a write failure. */
export interface StylesheetResult {
  problem?: string
  /** The user's file the problem is in (an XSLT layer) and where, when known. */
  problemFile?: string
  problemPlace?: Position
  error?: string
}

/** The result of rendering one document. */
export interface RenderResult {
  id: string
  messages: Message[]
  /** Output file names written (relative to `out`). */
  outputs: string[]
  failed?: string
}

/** Write the site's pages for `facts` into `out` (absolute; see `site-pages.ts`). */
export interface SiteTask {
  kind: 'site'
  out: string
  /** The build cache folder (absolute): facts whose text it keeps apart get it back from there (`state.ts`). */
  cache: string
  facts: DocumentFacts[]
  siteTitle?: string
  previous?: Partial<SitePagesRecord>
}

/** A task for the pool. */
export type Task = CheckTask | RenderTask | StylesheetTask | SiteTask

/** Run one task; never throws for a document's problems (they become messages). */
export async function runTask(task: CheckTask): Promise<CheckResult[]>
export async function runTask(task: RenderTask): Promise<RenderResult[]>
export async function runTask(task: StylesheetTask): Promise<StylesheetResult>
export async function runTask(task: SiteTask): Promise<SitePagesOutcome>
export async function runTask(task: Task): Promise<CheckResult[] | RenderResult[] | StylesheetResult | SitePagesOutcome>
export async function runTask(task: Task): Promise<CheckResult[] | RenderResult[] | StylesheetResult | SitePagesOutcome> {
  switch (task.kind) {
    case 'check': return checkDocuments(task)
    case 'render': return renderDocuments(task)
    case 'stylesheet': return writeStylesheet(task)
    case 'site': {
      const done = startTiming('site-task')
      const outcome = writeSitePages(task.out, task.facts.map((f) => withText(task.cache, f)), task.siteTitle, task.previous)
      done()
      return outcome
    }
  }
}

function writeStylesheet(task: StylesheetTask): StylesheetResult {
  let css: string
  try {
    // The CSS file is read here on every call (the renderer keeps a file's text for the whole process, and a
    // --watch build lives long): teipipe's styles, then its rules.
    css = editionStylesheet(task.htmlXslt ? {customXslt: task.htmlXslt} : {})
    if (task.css !== undefined) {
      try {
        css += readFileSync(task.css, 'utf8')
      } catch {
        return {problem: `The CSS file ${task.css} could not be read.`}
      }
    }
    if (task.textXslt) ensureCustomStylesheet('text', task.textXslt)
    else ensureStylesheet('text')
  } catch (error) {
    if (error instanceof CustomisationError) return {problem: error.message, ...(error.file === undefined ? {} : {problemFile: error.file}), ...(error.place === undefined ? {} : {problemPlace: error.place})}
    throw error
  }
  try {
    writeFileAtomic(join(task.out, task.name), css)
    return {}
  } catch (error) {
    return {error: writeReason(error)}
  }
}

async function checkDocuments(task: CheckTask): Promise<CheckResult[]> {
  const times = new StageTimes()
  const results: CheckResult[] = []
  const toValidate: TeiFile[] = []
  const files = new Map<string, TeiFile>()
  /** TEI files that could not be read (before validation): their facts say so. */
  const unreadable = new Set<TeiFile>()
  for (const item of task.items) {
    const result: CheckResult = {id: item.id, messages: [], facts: failedFacts(item.id, 'not checked')}
    let tei: TeiFile | undefined
    if (item.encode) {
      // The encoder is loaded only by a task that encodes (most builds encode nothing).
      const encoder = await loadEncoder()
      const encoded = times.time('encode', () => encodeSource(encoder, task.dir, item.encode?.source ?? '', item.id))
      result.encode = {messages: encoded.file.messages, wrote: false}
      if (encoded.file.tei !== undefined && !encoded.file.fatal) {
        // The <?xml-model?> lines name the project's schemas/ relative to where the TEI is written, as `teipipe
        // encode` writes them (not the encoder's fixed ../schemas/, wrong for a TEI folder elsewhere).
        const lines = projectXmlModelLines(dirname(join(task.dir, item.tei)), task.dir)
        const text = lines === undefined ? encoded.file.tei : withXmlModelLines(encoded.file.tei, lines)
        result.encode.teiHash = hashParts([text])
        const edition = editionId(text)
        if (edition !== undefined) result.encode.edition = edition
        const teiPath = join(task.dir, item.tei)
        if (item.encode.mode === 'write' && changedSince(teiPath, item.encode.expect) && sameText(teiPath, text)) {
          // Changed since the plan, but to exactly this encoding (another build wrote it): it is the encoder's.
          result.encode.wrote = true
        } else if (item.encode.mode === 'write' && changedSince(teiPath, item.encode.expect)) {
          // Someone saved the TEI while the build ran (build --watch): their file wins.
          encoded.file.message(`${item.tei} changed while the build was running, so it was not replaced by a new encoding of ${item.encode.source}; the build after this one treats it as edited by hand.`, {ruleId: 'build-tei-kept', source: 'cli', severity: 'warning'})
        } else if (item.encode.mode === 'write') {
          try {
            if (item.encode.backup !== undefined && existsSync(teiPath)) result.encode.backup = backupTei(task.dir, item.encode.backup, item.id, item.tei)
            writeFileAtomic(teiPath, text)
            result.encode.wrote = true
          } catch (error) {
            encoded.file.error(`The TEI file ${item.tei} could not be written: ${writeReason(error)}.`, {ruleId: 'build-write-failed', source: 'cli', fatal: true})
          }
        } else if (item.encode.mode === 'compare') {
          result.encode.same = sameText(teiPath, text)
        }
        if (item.encode.mode === 'memory' || result.encode.wrote) tei = new TeiFile(item.tei, text)
      }
    }
    // A source whose encoding failed when its TEI was to be replaced (the encoder's, now stale) fails: the old TEI is not published.
    // A TEI to be re-encoded on request is no longer the encoder's last word: it stays as it is when encoding fails.
    const staleTei = item.encode?.mode === 'write' && item.encode.backup === undefined && result.encode?.teiHash === undefined
    if (tei === undefined && !staleTei && (item.encode?.mode !== 'memory' && (existsSync(join(task.dir, item.tei)) || !item.encode))) tei = times.time('read', () => readTeiFile(join(task.dir, item.tei), item.tei))
    if (tei === undefined) {
      const reason = result.encode?.messages.find((m) => m.fatal)?.reason ?? 'The source could not be encoded.'
      result.failed = `The source could not be encoded: ${reason}`
      result.facts = failedFacts(item.id, result.failed)
      results.push(result)
      continue
    }
    if (!tei.fatal) result.teiHash = hashParts([tei.source])
    else unreadable.add(tei)
    files.set(item.id, tei)
    if (item.validate && !tei.fatal) toValidate.push(tei)
    results.push(result)
  }
  if (toValidate.length > 0) await times.timeAsync('validate', () => validateFiles(toValidate, task.validate))
  for (const result of results) {
    const file = files.get(result.id)
    if (!file) continue
    // After validation: its tree of the TEI (when it made one) gives the facts without a second parse.
    const read = times.time('facts', () => readFacts(result.id, file, unreadable.has(file)))
    result.facts = read.facts
    if (read.failed !== undefined) result.failed = read.failed
    if (toValidate.includes(file)) result.schemas = (await times.timeAsync('schemas', () => schemasUsed(file, task.validate))) ?? null
    // TEI the encoder made (now or earlier, unedited) that fails validation: the encoder's fault, as in `teipipe encode`.
    const item = task.items.find((x) => x.id === result.id)
    const encoders = item?.encoderTei === true || result.encode?.wrote === true || result.encode?.same === true
    const faults = encoders && toValidate.includes(file) ? validationErrors(file.messages) : []
    result.messages = [...file.messages].sort(compareMessages).map((m) => plainMessage(faults.includes(m) ? {...m, ruleId: OUTPUT_INVALID, source: 'encode', reason: outputInvalidReason(m, file.path)} : m))
    if (faults.length > 0 && result.failed === undefined) result.failed = `The TEI the encoder made fails teipipe's validation (${faults.length} ${faults.length === 1 ? 'problem' : 'problems'}); it is kept in ${file.path} for review and not published until it passes.`
    const fatal = file.messages.find((m) => m.fatal)
    if (fatal && result.failed === undefined) result.failed = fatal.reason
  }
  times.write(`check(${task.items.length})`)
  return results
}

/** Whether the TEI file is no longer as it was when the build planned to write it (`expect`: its hash then, null: absent). */
function changedSince(path: string, expect: string | null | undefined): boolean {
  if (expect === undefined) return false
  if (!existsSync(path)) return expect !== null
  try {
    const text = readFileSync(path, 'utf8')
    return expect === null || hashParts([text.charCodeAt(0) === 0xfeff ? text.slice(1) : text]) !== expect
  } catch {
    return true
  }
}

type Encoder = typeof import('../encode/index.js')
let encoderModule: Encoder | undefined

async function loadEncoder(): Promise<Encoder> {
  return (encoderModule ??= await import('../encode/index.js'))
}

/** Encode one source (with its edits sidecar); messages carry the relative source path. */
function encodeSource(encoder: Encoder, dir: string, source: string, id: string): {file: TeiFile} {
  const {encodeFile, loadEdits} = encoder
  const file = readTeiFile(join(dir, source), source)
  if (file.fatal) return {file}
  try {
    const edits = loadEdits(join(dir, source))
    encodeFile(file, edits === undefined ? {} : {edits})
  } catch (error) {
    // A bad sidecar (EditsError) or an encoder failure: this document fails, the others go on.
    const text = errorText(error).split(`${dir}/`).join('')
    if (error instanceof Error && error.name === 'EditsError') sidecarProblem(file, dir, source, id, text)
    else file.error(`The source of "${id}" could not be encoded: ${text}`, {ruleId: 'internal-error', source: 'internal', fatal: true})
  }
  file.messages.forEach((m, i) => (file.messages[i] = plainMessage(m)))
  return {file}
}

/**
 * A sidecar (`<source>.edits.json`) the encoder refused: reported on the sidecar itself, at the line and column
 * of a JSON syntax error (`build-edits-invalid`), as a fatal message of the source, so the document fails.
 */
function sidecarProblem(file: TeiFile, dir: string, source: string, id: string, refusal: string): void {
  const sidecar = source.replace(/\.[^./\\]*$/, '') + '.edits.json'
  let text = ''
  try {
    text = readFileSync(join(dir, sidecar), 'utf8')
  } catch {
    // unreadable: the encoder's own words below say why
  }
  const syntax = text === '' ? undefined : jsonSyntaxError(text.replace(/^\uFEFF/, ''))
  const what = syntax === undefined ? refusal.replace(/^EditsError: /, '') : `${sidecar} is not valid JSON: ${syntax.sentence} (the JSON parser says: ${syntax.raw}).`
  file.error(`${what} The editorial decisions for "${id}" cannot be applied, so it is not encoded or published until this file is fixed.`, {ruleId: 'build-edits-invalid', source: 'cli', fatal: true, file: sidecar, ...(syntax === undefined ? {} : {place: syntax.place})})
}

/**
 * Facts from the TEI text alone, the same in every shard (validation's tree when it parsed the text, else the
 * same parser's, see `documentFacts`): a TEI that cannot be read (`unreadable`) or parsed gives failed
 * facts. When the site cannot read a TEI that was read (nested too deep: `nesting-too-deep`), the document
 * is not published at all, and the file gets the error saying why (`failed`: the reason the index and the
 * summary give): one verdict everywhere, never a page the site does not list.
 */
function readFacts(id: string, file: TeiFile, unreadable: boolean): {facts: DocumentFacts; failed?: string} {
  if (unreadable) return {facts: failedFacts(id, file.messages.find((m) => m.fatal)?.reason ?? 'The TEI file could not be read.')}
  // Validation's tree of this text (`validate/index.ts` keeps it in file.data.tree), when it made one.
  const tree = file.tei === undefined ? (file.data.tree as XmlTree | undefined) : undefined
  try {
    return {facts: documentFacts(id, file.source, tree)}
  } catch (error) {
    const depth = error instanceof TreeDepthError
    const reason = `This document is not published: ${depth ? error.message.replace(/^Its/, 'its') : `the site could not read it (${errorText(error).replace(/\.$/, '')}).`}${depth ? ' Flatten the nesting to publish it.' : ''}`
    file.error(reason, {ruleId: depth ? 'nesting-too-deep' : 'build-document-failed', source: 'cli'})
    return {facts: failedFacts(id, reason), failed: reason}
  }
}

async function renderDocuments(task: RenderTask): Promise<RenderResult[]> {
  const times = new StageTimes()
  const results = task.items.map((item) => renderDocument(task, item, times))
  times.write(`render(${task.items.length})`)
  return results
}

/** Render one document's editions and write them; a write failure fails the document (its partial outputs removed). */
function renderDocument(task: RenderTask, item: RenderItem, times: StageTimes): RenderResult {
  const file = times.time('read', () => readTeiFile(join(task.dir, item.tei), item.tei))
  const result: RenderResult = {id: item.id, messages: [], outputs: []}
  if (file.fatal) {
    result.messages = file.messages.map(plainMessage)
    result.failed = file.messages.find((m) => m.fatal)?.reason ?? 'The TEI file could not be read.'
    return result
  }
  times.time('text', () => renderText(file, {profile: task.profile, ...(task.textXslt ? {customXslt: task.textXslt} : {})}))
  const textName = `${item.id}.txt`
  const teiName = `${item.id}.xml`
  // Links are URLs: an id such as "my doc #1?" must not turn into a fragment or a query.
  const htmlOptions = {...(file.outputs.text !== undefined ? {textHref: encodeURIComponent(textName)} : {}), teiHref: encodeURIComponent(teiName), params: item.params, ...(task.htmlXslt ? {customXslt: task.htmlXslt} : {})}
  times.time('html', () => renderHtml(file, htmlOptions))
  const outputs: [string, string][] = []
  if (file.outputs.text !== undefined) outputs.push([textName, file.outputs.text])
  if (file.outputs.html !== undefined) outputs.push([`${item.id}.html`, file.outputs.html])
  // The published TEI copy is script-free (transform/tei-copy.ts); the source itself is never changed.
  const copy = times.time('tei-copy', () => publishableTei(file.source).text)
  if (copy !== undefined) outputs.push([teiName, copy])
  if (file.outputs.html === undefined) {
    const problem = file.messages.find((m) => m.severity === 'error')
    file.message(`This document is not published: its HTML edition could not be made${problem ? ` (${problem.reason.replace(/\.$/, '')})` : ''}.`, {ruleId: 'build-document-failed', source: 'cli', severity: 'error'})
    result.failed = problem?.reason ?? 'The HTML edition could not be made.'
  } else {
    for (const [name, content] of outputs) {
      const path = join(task.out, name)
      try {
        times.time('write', () => writeFileAtomic(path, content))
        result.outputs.push(name)
      } catch (error) {
        const shown = join(task.out, name).split(`${task.dir}/`).join('')
        file.error(`The output ${shown} could not be written: ${writeReason(error)}. This document is not published; the others are.`, {ruleId: 'build-write-failed', source: 'cli'})
        result.failed = `${shown} could not be written: ${writeReason(error)}`
        break
      }
    }
    if (result.failed !== undefined) {
      // No partial document, and nothing stale beside it: every edition of it (written in this run or an earlier
      // one) goes, as the index lists it as failed. A folder in the way is the user's and stays.
      for (const [name] of outputs) removeFile(join(task.out, name))
      result.outputs = []
    }
  }
  result.messages = [...file.messages].sort(compareMessages).map(plainMessage)
  return result
}

/** Remove a file if it is there; a folder of that name, or a file that cannot be removed, stays. */
function removeFile(path: string): void {
  try {
    rmSync(path, {force: true})
  } catch {
    // a folder (not ours to remove) or no permission: the document is listed as failed all the same
  }
}

/** A message as plain JSON (no `cause`): it crosses threads and goes into the cache. */
function plainMessage(message: Message): Message {
  if (message.cause === undefined) return message
  const {cause: _cause, ...rest} = message
  return rest
}

/** Whether the file at `path` exists and holds exactly `text` (UTF-8). */
function sameText(path: string, text: string): boolean {
  try {
    return readFileSync(path, 'utf8') === text
  } catch {
    return false
  }
}
