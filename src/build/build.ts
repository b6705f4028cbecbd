/**
 * `teipipe build`: a project folder's sources → TEI (never overwriting a person's edit) → validation →
 * HTML and text editions and the site's pages in the output folder. Only what changed is redone: the
 * encoder's records and the build cache live in `.teipipe-cache/`.
 */
import {existsSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs'
import {dirname, isAbsolute, join, relative, resolve, sep} from 'node:path'
import {TeiFile} from '../core/file.js'
import {makeFolders, writeFileAtomic} from '../core/fs.js'
import {createMessage, type Message} from '../core/message.js'
import {resolveSchemas, type ValidateOptions} from '../validate/index.js'
import {codeFingerprint, encoderFingerprint, stylesheetsFingerprint} from './fingerprint.js'
import {fileHash, hashParts} from './hash.js'
import {layerModulesHash} from './layer-modules.js'
import {editionId, nextHistory, readRecords, writeRecords, writtenByEncoder, type EncodeRecords} from './manifest.js'
import {createRunner, defaultJobs, type TaskRunner} from './pool.js'
import {layoutProblems, projectDocuments, projectLayout, type ProjectDocument, type ProjectLayout} from './project.js'
import {SHARD_FOLDER, shardOf, type Shard} from './shard.js'
import {compareByDate, documentNav, failedFacts, type DocumentFacts} from './site-api.js'
import {keepTextApart, readState, withText, writeState} from './state.js'
import {siteFitsWorker, writeSitePages, type SitePagesOutcome, type SitePagesRecord} from './site-pages.js'
import {schemaDependencies, schemasUnchanged} from './schemas.js'
import {forBatches} from './batches.js'
import type {CheckItem, CheckResult, EncodeMode, RenderItem, RenderResult, StylesheetResult} from './steps.js'
import {startTiming, TIMINGS, timing} from './timings.js'
import {LOCK_NAME, lockBuild} from './lock.js'
import {backupFolderOf, backupTei} from './backup.js'
import {writeReason} from '../core/file-errors.js'
import {jsonSyntaxError} from '../core/json-error.js'
import './rules.js'

/** Documents per worker below which a phase runs in the main thread (a worker's start-up costs about this many documents' work). */
const WORKER_THRESHOLD = 12

/**
 * The editions' shared stylesheet, linked from every page (`css-href`) instead of copied into each: in the
 * site's own folder (no document can be called `corpus`), relative to the pages, so it works from file://.
 */
export const EDITION_CSS = 'corpus/edition.css'

/** Options of {@link buildProject}; folders are relative to the project folder (or absolute). */
export interface BuildOptions {
  sources?: string | undefined
  tei?: string | undefined
  out?: string | undefined
  /** Worker threads (1: none, everything in the main thread). Default: the number of cores. */
  jobs?: number | undefined
  /** Document ids to re-encode on purpose; the TEI they replace is kept in `<tei>/.backup/`. */
  reencode?: readonly string[] | undefined
  /** Build only this share of the documents (see `shard.ts`). */
  shard?: Shard | undefined
  validate?: ValidateOptions | undefined
  /** Site-wide HTML parameters (`site-title`, `base-url`, `citation`). */
  params?: Record<string, string> | undefined
  /** Text edition profile (default `reading`). */
  profile?: 'reading' | 'diplomatic' | undefined
  /** How the editions look (absolute paths): a CSS file added to the shared stylesheet, XSLT customisation layers. */
  render?: {css?: string | undefined; htmlXslt?: string | undefined; textXslt?: string | undefined} | undefined
  /** Called as documents finish (for a progress display). */
  onProgress?: ((event: ProgressEvent) => void) | undefined
}

/** Progress of a build phase: `check` (encode + validate) or `render`. */
export interface ProgressEvent {
  phase: 'check' | 'render'
  done: number
  total: number
}

/** What a build did. */
export interface BuildResult {
  /** Every file with messages (sources, TEI files, site pages), sorted by path. */
  files: TeiFile[]
  /** Ids of the documents encoded in this run. */
  encoded: string[]
  /** Ids of the published documents whose editions were already up to date. */
  unchanged: string[]
  /** Ids of the documents whose editions are in the output folder. */
  published: string[]
  /** Documents that could not be published, with the reason. */
  failed: {id: string; reason: string}[]
  /** Absolute paths written in this run. */
  written: string[]
  /**
   * TEI files whose source was deleted since the encoder wrote them, noticed by this build: `retired` (the
   * backup it was moved to) when the encoder wrote it and nobody edited it, so the document is no longer
   * published; absent when a person edited it, so it is kept and published as a document of its own.
   */
  sourceRemoved: {id: string; tei: string; source: string; retired?: string}[]
  /** Set when the build stopped before publishing anything (a project problem: exit code 2). */
  stopped?: boolean
  /** The output folder (absolute). */
  out: string
}

/**
 * Build the project in `dir`. Never throws for a document's problems: they are messages on its files;
 * a project problem (clashing or reserved document names, a `reencode` id with no source) stops the
 * build before anything is written (`stopped`). Throws only when teipipe itself is broken (e.g. the compiled worker is missing).
 */
export async function buildProject(dir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const layout = projectLayout(dir, {sources: options.sources, tei: options.tei, out: options.out})
  const result: BuildResult = {files: [], encoded: [], unchanged: [], published: [], failed: [], written: [], sourceRemoved: [], out: layout.out}
  // An output folder over the inputs (or no inputs at all) stops the build before it reads or writes anything.
  const misplaced = layoutProblems(layout)
  if (misplaced.length > 0) {
    result.files = filesOf(misplaced)
    result.stopped = true
    return result
  }
  const found = projectDocuments(layout)
  const problems = found.problems
  const documents = found.documents
  const custom = options.render ?? {}
  for (const [what, path] of [['CSS file', custom.css], ['XSLT customisation', custom.htmlXslt], ['XSLT customisation', custom.textXslt]] as const) {
    if (path !== undefined && !existsSync(path)) problems.push(createMessage(`The ${what} ${relative(dir, path).split(sep).join('/')} named in the config (render) does not exist. Nothing was built.`, {ruleId: 'build-customisation', source: 'cli', file: relative(dir, path).split(sep).join('/')}))
  }
  for (const id of new Set(options.reencode ?? [])) {
    const doc = documents.find((d) => d.id === id && d.source !== undefined)
    if (doc === undefined) {
      problems.push(createMessage(`--reencode ${id}: there is no source text for a document "${id}", so there is nothing to re-encode. Nothing was built.`, {ruleId: 'bad-option', source: 'cli', file: relative(dir, layout.sources).split(sep).join('/') || '.'}))
      continue
    }
    // Re-encoding replaces a TEI someone may have edited: a sidecar that cannot be read stops the build before
    // anything (the backup, the TEI, the published editions) is touched.
    const sidecar = await reencodeSidecarProblem(dir, doc)
    if (sidecar !== undefined) problems.push(sidecar)
  }
  if (problems.length > 0) {
    result.files = filesOf(problems.map((m) => ({...m})))
    result.stopped = true
    return result
  }
  try {
    makeFolders(layout.out)
    makeFolders(layout.cache)
  } catch (error) {
    const where = relative(dir, layout.out).split(sep).join('/') || '.'
    result.files = filesOf([createMessage(`The output folder ${where} (or the cache folder beside the sources) cannot be made: ${writeReason(error)}. Nothing was built; choose another output folder with -o/--out (or build.out in the config).`, {ruleId: 'bad-option', source: 'cli', file: where})])
    result.stopped = true
    return result
  }
  // One build of a project at a time: two would each write TEI files and records from their own view.
  const lock = await lockBuild(layout.cache)
  if ('heldBy' in lock) {
    const who = lock.heldBy.pid === undefined ? 'Another teipipe build' : `Another teipipe build (process ${lock.heldBy.pid}${lock.heldBy.host === undefined ? '' : ` on ${lock.heldBy.host}`})`
    const cache = relative(dir, layout.cache).split(sep).join('/')
    result.files = filesOf([createMessage(`${who} is running on this project. Nothing was built; run this build again when it has finished. (If no build is running, its lock is left over from a crash: delete ${cache}/${LOCK_NAME}.)`, {ruleId: 'build-locked', source: 'cli', file: cache})])
    result.stopped = true
    return result
  }
  try {
    return await buildLocked(dir, options, layout, result, documents, custom)
  } finally {
    await lock.release()
  }
}

/**
 * The problem with the edits sidecar of a document to be re-encoded (`--reencode`), if any: not valid JSON
 * (at the line and column of the fault, `core/json-error.ts`) or not in the sidecar's shape (`checkEdits`).
 * Rule `build-edits-invalid`; the build stops (exit 2) before anything is written.
 */
async function reencodeSidecarProblem(dir: string, doc: ProjectDocument): Promise<Message | undefined> {
  if (doc.edits === undefined || !existsSync(join(dir, doc.edits))) return undefined
  const stop = `so "${doc.id}" was not re-encoded and nothing was built or changed (its TEI and published edition are as they were). Fix the file, or move it away to re-encode without editorial decisions, and run the build again.`
  let text: string
  try {
    text = readFileSync(join(dir, doc.edits), 'utf8').replace(/^\uFEFF/, '')
  } catch (error) {
    return createMessage(`${doc.edits} could not be read (${writeReason(error)}), ${stop}`, {ruleId: 'build-edits-invalid', source: 'cli', file: doc.edits})
  }
  const syntax = jsonSyntaxError(text)
  if (syntax !== undefined) return createMessage(`${doc.edits} is not valid JSON: ${syntax.sentence} (the JSON parser says: ${syntax.raw}), ${stop}`, {ruleId: 'build-edits-invalid', source: 'cli', file: doc.edits, place: syntax.place})
  // The encoder's modules are loaded only when something is (re)encoded (a build with nothing to encode never loads them).
  const {checkEdits} = await import('../encode/edits.js')
  try {
    checkEdits(JSON.parse(text), doc.edits)
  } catch (error) {
    return createMessage(`${(error instanceof Error ? error.message : String(error)).replace(/\.$/, '')}; ${stop}`, {ruleId: 'build-edits-invalid', source: 'cli', file: doc.edits})
  }
  return undefined
}

/** The build itself, once the project's build lock is held (see {@link buildProject}). */
async function buildLocked(dir: string, options: BuildOptions, layout: ProjectLayout, result: BuildResult, found: ProjectDocument[], custom: NonNullable<BuildOptions['render']>): Promise<BuildResult> {
  let documents = found
  // Layers compiled by an earlier build of this process (--watch) are looked at again: they may have changed.
  if (custom.htmlXslt !== undefined || custom.textXslt !== undefined) (await import('./stylesheets.js')).forgetCustomStylesheets()
  const mine = (doc: ProjectDocument): boolean => options.shard === undefined || shardOf(doc.id, options.shard.count) === options.shard.index
  const report = new Reports()
  const records = readRecords(layout.cache)
  const state = readState(layout.cache)
  const reencode = new Set(options.reencode ?? [])
  const retired = settleRemovedSources(layout, documents, records, mine, result, report)
  if (retired.size > 0) documents = documents.filter((d) => !retired.has(d.id))
  const renamed = renamedTeis(layout, documents, records, reencode, mine, report)
  if (renamed.size > 0) documents = documents.filter((d) => !renamed.has(d.id))
  // Each TEI file is checked against the schemas its own <?xml-model?> names (teipipe's when it names none);
  // relative paths and the Schematron cache are the project's.
  const validateOptions: ValidateOptions = {associate: true, ...options.validate, cwd: dir}
  const schemaHash = memo((path: string) => fileHash(path))
  const checkCode = hashParts([codeFingerprint('validate', 'parse', 'build'), validationHash(validateOptions)])
  // The stylesheets' sources stand for their compiled SEF (compiled from them, on first use), so a build
  // with nothing to render never loads saxon-js.
  const renderCode = hashParts([codeFingerprint('transform', 'build'), stylesheetsFingerprint(), layerHash(custom.htmlXslt), layerHash(custom.textXslt)])
  const stylesheetKey = hashParts([renderCode, fileHash(custom.css)])
  // Starting a worker costs about as much as checking and rendering a few dozen documents (each worker
  // loads saxon-js, the stylesheets and the schema), so a phase with little work runs in the main thread.
  const pool = createRunner(Math.max(1, Math.min(options.jobs ?? defaultJobs(), Math.max(1, documents.length))))
  const inline = createRunner(1)
  const runnerFor = (count: number): TaskRunner => (count > WORKER_THRESHOLD * pool.jobs ? pool : inline)
  // When more documents than that have never been checked (a cold build), the workers will be needed: they
  // start now and load their modules while this thread plans (hashes every file).
  if (documents.filter((d) => state.documents[d.id]?.check === undefined).length > WORKER_THRESHOLD * pool.jobs) pool.start()
  try {
    // 1. Encode and check: what to do with each document's source, then the work that is not cached.
    const planned = startTiming('plan')
    const plans = documents.map((doc) => planDocument(layout, doc, records[doc.source ?? ''], reencode, mine(doc), report))
    planned()
    const checks = new Map<string, CheckResult>()
    // Checks served from the cache: their cache entries stay as they are.
    const reused = new Set<string>()
    const pending: CheckItem[] = []
    for (const plan of plans) {
      const cached = state.documents[plan.doc.id]?.check
      if (plan.mode === undefined && plan.teiHash !== undefined && cached && cached.key === checkKey(checkCode, plan.teiHash) && schemasUnchanged(dir, cached.schemas, schemaHash)) {
        checks.set(plan.doc.id, {id: plan.doc.id, teiHash: plan.teiHash, messages: plan.mine ? cached.messages : [], facts: cached.facts, ...(cached.failed === undefined ? {} : {failed: cached.failed})})
        reused.add(plan.doc.id)
        continue
      }
      const mode: EncodeMode | undefined = plan.mine ? plan.mode : plan.mode === 'write' ? 'memory' : undefined
      pending.push({id: plan.doc.id, tei: plan.doc.tei, validate: plan.mine, ...(plan.encoderTei ? {encoderTei: true} : {}), ...(mode && plan.doc.source ? {encode: {source: plan.doc.source, mode, ...(mode === 'write' ? {expect: plan.onDisk} : {}), ...(mode === 'write' && plan.reencode ? {backup: layout.tei} : {})}} : {})})
    }
    let done = checks.size
    const total = plans.length
    options.onProgress?.({phase: 'check', done, total})
    const checker = runnerFor(pending.length)
    // The shared stylesheet, when it changed, is made first by one worker (compiling the stylesheets if their
    // sources changed, so that workers never compile at once), while the others check documents.
    const stylesheet = state.stylesheet?.key === stylesheetKey && existsSync(join(layout.out, EDITION_CSS))
      ? undefined
      : checker.stylesheet({kind: 'stylesheet', out: layout.out, name: EDITION_CSS, ...(custom.css ? {css: custom.css} : {}), ...(custom.htmlXslt ? {htmlXslt: custom.htmlXslt} : {}), ...(custom.textXslt ? {textXslt: custom.textXslt} : {})})
        .catch((error: unknown): StylesheetResult => ({error: `teipipe failed on it (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`}))
    const checked = startTiming(`check-phase(${pending.length}, ${checker.jobs} jobs)`)
    await forBatches(checker, pending, (items) => checker.check({kind: 'check', dir, items, validate: validateOptions}), (results) => {
      for (const r of results) checks.set(r.id, r)
      done += results.length
      options.onProgress?.({phase: 'check', done, total})
    }, (item, error): CheckResult => {
      const {reason, message} = internalFailure(item.tei, error)
      return {id: item.id, messages: [message], facts: failedFacts(item.id, reason), failed: reason}
    }, (item) => fileSize(join(dir, item.tei)))
    for (const plan of plans) {
      if (plan.mine) {
        report.ensure(plan.doc.tei)
        if (plan.doc.source !== undefined) report.ensure(plan.doc.source)
      }
      const check = checks.get(plan.doc.id)
      if (!check || !plan.mine) continue
      recordEncoding(plan, check, records, result, report)
      if (check.teiHash !== undefined && !reused.has(plan.doc.id)) {
        // From here on, this build holds the facts as the cache keeps them (the text in its own file): the site's
        // key is the same whether a document was checked now or earlier, and the texts are not held in memory.
        try {
          check.facts = keepTextApart(layout.cache, check.facts)
        } catch {
          // the text stays in memory (and the site is made again next time)
        }
        const schemas = schemaDependencies(dir, check.schemas === null ? undefined : (check.schemas ?? []), schemaHash)
        state.documents[plan.doc.id] = {...state.documents[plan.doc.id], check: {key: checkKey(checkCode, check.teiHash), teiHash: check.teiHash, messages: check.messages, facts: check.facts, schemas, ...(check.failed === undefined ? {} : {failed: check.failed})}}
      }
      report.addAll(check.messages)
    }
    checked()
    writeRecords(layout.cache, records)

    // 2. Render: every document of this shard that can be published and whose inputs changed.
    if (stylesheet !== undefined) {
      const made = await stylesheet
      const shown = relative(dir, join(layout.out, EDITION_CSS)).split(sep).join('/')
      if (made.problem !== undefined) {
        // A customisation that cannot be used is the project's problem, the same for every document.
        const layer = made.problemFile === undefined ? shown : relative(dir, resolve(dir, made.problemFile)).split(sep).join('/')
        report.add(createMessage(`${made.problem.split(made.problemFile ?? '\u0000').join(layer)} Nothing was published.`, {ruleId: 'build-customisation', source: 'cli', file: layer, ...(made.problemPlace === undefined ? {} : {place: made.problemPlace})}))
        writeState(layout.cache, state)
        result.files = report.files()
        result.stopped = true
        return result
      }
      if (made.error !== undefined) report.add(createMessage(`The editions' stylesheet ${shown} could not be written: ${made.error}. The pages are published without their styles.`, {ruleId: 'build-write-failed', source: 'cli', file: shown}))
      else state.stylesheet = {key: stylesheetKey}
    }
    // Previous/next links lead only to documents that are published: one that failed its check has no page.
    const navFacts = plans.map((p) => checks.get(p.doc.id)).filter((c): c is CheckResult => c !== undefined && c.failed === undefined).map((c) => c.facts)
    const neighbours = neighbourhoods(navFacts)
    const site = options.params ?? {}
    const navOf = (id: string, around: Map<string, DocumentFacts[]>, all: readonly DocumentFacts[]): Record<string, string> => {
      const nav = documentNav(around.get(id) ?? all, id, {...(site['site-title'] ? {siteTitle: site['site-title']} : {}), ...(site['base-url'] ? {baseUrl: site['base-url']} : {})})
      // The config's parameters win (a project-wide citation text replaces the one built from each header).
      return {...nav, ...site, 'css-href': EDITION_CSS}
    }
    const renderKeyOf = (teiHash: string, params: Record<string, string>): string => hashParts([renderCode, teiHash, options.profile ?? 'reading', JSON.stringify(Object.entries(params).sort())])
    const renders: RenderItem[] = []
    const renderKeys = new Map<string, string>()
    const facts = new Map<string, DocumentFacts>()
    for (const plan of plans) {
      if (!plan.mine) continue
      const id = plan.doc.id
      const check = checks.get(id)
      if (!check || check.failed !== undefined || check.teiHash === undefined) {
        const reason = check?.failed ?? 'The document could not be read.'
        fail(result, facts, id, reason, check?.facts)
        removeOutputs(layout.out, id, state.documents[id]?.render?.outputs)
        if (state.documents[id]) delete state.documents[id].render
        continue
      }
      const params = navOf(id, neighbours, navFacts)
      const key = renderKeyOf(check.teiHash, params)
      const cached = state.documents[id]?.render
      if (cached && cached.key === key && cached.failed === undefined && cached.outputs.every((o) => existsSync(join(layout.out, o)))) {
        report.addAll(cached.messages)
        result.unchanged.push(id)
        result.published.push(id)
        facts.set(id, check.facts)
        continue
      }
      renderKeys.set(id, key)
      renders.push({id, tei: plan.doc.tei, params})
    }
    let rendered = 0
    options.onProgress?.({phase: 'render', done: 0, total: renders.length})
    const renderer = runnerFor(renders.length)
    const renderedPhase = startTiming(`render-phase(${renders.length}, ${renderer.jobs} jobs)`)
    // The site's pages depend on every document's facts and status. When they changed, a worker makes them
    // while the others render (not after, in this thread: the main thread keeps the workers fed), assuming
    // that every render succeeds; if one fails, they are made again below.
    const siteKeyOf = (all: readonly DocumentFacts[]): string => hashParts([codeFingerprint('site'), JSON.stringify(all), JSON.stringify(options.params ?? {})])
    const siteUpToDate = (key: string): boolean => state.site?.key === key && state.site.pages.every((p) => existsSync(join(layout.out, p)))
    let early: {key: string; outcome: Promise<SitePagesOutcome | undefined>} | undefined
    if (options.shard === undefined && renderer === pool && pool.jobs > 1) {
      const expected = sortById([...facts.values(), ...renders.map((r) => checks.get(r.id)?.facts).filter((f): f is DocumentFacts => f !== undefined)])
      // A large site is made at the end, in this thread, once the workers' memory is given back (`siteFitsWorker`).
      const key = siteFitsWorker(expected) ? siteKeyOf(expected) : undefined
      const siteTitle = options.params?.['site-title']
      if (key !== undefined && !siteUpToDate(key)) early = {key, outcome: pool.site({kind: 'site', out: layout.out, cache: layout.cache, facts: expected, ...(siteTitle ? {siteTitle} : {}), ...(state.site ? {previous: state.site} : {})}).catch(() => undefined)}
    }
    // One render task for a batch, and what every rendered document leaves in the state and the report.
    const renderTask = (items: RenderItem[]) => ({kind: 'render' as const, dir, out: layout.out, profile: options.profile ?? 'reading', items, ...(custom.htmlXslt ? {htmlXslt: custom.htmlXslt} : {}), ...(custom.textXslt ? {textXslt: custom.textXslt} : {})})
    const recordRender = (r: RenderResult): void => {
      const entry = state.documents[r.id] ?? {}
      entry.render = {key: renderKeys.get(r.id) ?? '', messages: r.messages, outputs: r.outputs, ...(r.failed === undefined ? {} : {failed: r.failed})}
      state.documents[r.id] = entry
      report.addAll(r.messages)
      result.written.push(...r.outputs.map((o) => join(layout.out, o)))
    }
    const crashed = (item: RenderItem, error: unknown): RenderResult => {
      const {reason, message} = internalFailure(item.tei, error)
      return {id: item.id, messages: [message], outputs: [], failed: reason}
    }
    await forBatches(renderer, renders, (items) => renderer.render(renderTask(items)), (results: RenderResult[]) => {
      for (const r of results) {
        recordRender(r)
        const check = checks.get(r.id)
        if (r.failed !== undefined) {
          // All of a failed document's editions go (the worker removed them; after a worker's crash, here).
          removeOutputs(layout.out, r.id, undefined)
          fail(result, facts, r.id, r.failed, check?.facts)
        } else {
          result.published.push(r.id)
          if (check) facts.set(r.id, check.facts)
        }
      }
      rendered += results.length
      options.onProgress?.({phase: 'render', done: rendered, total: renders.length})
    }, crashed, (item) => fileSize(join(dir, item.tei)))
    // A document that failed to render (an output that could not be written) has no page either: its published
    // neighbours are rendered again with links that pass over it (rare; repeated while that fails another).
    for (let failedNow = new Set(result.failed.map((f) => f.id).filter((id) => renderKeys.has(id))); failedNow.size > 0;) {
      const linked = navFacts.filter((f) => !result.failed.some((x) => x.id === f.id))
      const around = neighbourhoods(linked)
      const again: RenderItem[] = []
      for (const plan of plans) {
        const id = plan.doc.id
        const teiHash = checks.get(id)?.teiHash
        if (!plan.mine || teiHash === undefined || !result.published.includes(id)) continue
        const params = navOf(id, around, linked)
        const key = renderKeyOf(teiHash, params)
        if (state.documents[id]?.render?.key === key) continue
        renderKeys.set(id, key)
        again.push({id, tei: plan.doc.tei, params})
      }
      failedNow = new Set()
      const rerun = runnerFor(again.length)
      await forBatches(rerun, again, (items) => rerun.render(renderTask(items)), (results: RenderResult[]) => {
        for (const r of results) {
          recordRender(r)
          result.unchanged = result.unchanged.filter((u) => u !== r.id)
          if (r.failed === undefined) continue
          removeOutputs(layout.out, r.id, undefined)
          result.published = result.published.filter((u) => u !== r.id)
          facts.delete(r.id)
          fail(result, facts, r.id, r.failed, checks.get(r.id)?.facts)
          failedNow.add(r.id)
        }
      }, crashed, (item) => fileSize(join(dir, item.tei)))
    }

    renderedPhase()
    // 3. Forget documents that are gone (and remove their editions), then the site's pages.
    const sited = startTiming('site')
    const madeEarly = early === undefined ? undefined : await early.outcome
    // The workers' work is done: their memory is given back before the site's pages are made here.
    await pool.close()
    const present = new Set(documents.map((d) => d.id))
    for (const id of Object.keys(state.documents)) {
      if (present.has(id)) continue
      if (options.shard !== undefined && shardOf(id, options.shard.count) !== options.shard.index) continue
      removeOutputs(layout.out, id, state.documents[id]?.render?.outputs)
      delete state.documents[id]
    }
    const allFacts = sortById([...facts.values()])
    if (options.shard === undefined) {
      rmSync(join(layout.out, SHARD_FOLDER), {recursive: true, force: true})
      // The site pages depend on all facts: unchanged facts and pages still in place → nothing to write.
      const siteKey = siteKeyOf(allFacts)
      if (early !== undefined && madeEarly !== undefined && early.key === siteKey) {
        const pages = recordSite(layout, madeEarly, result, report)
        if (pages === undefined) delete state.site
        else state.site = {key: siteKey, ...pages}
      } else if (!siteUpToDate(siteKey)) {
        // What is on disk now: the worker's pages when it made them, else the previous build's.
        const previous = madeEarly === undefined ? (early === undefined ? state.site : undefined) : madeEarly
        const pages = writeSite(layout, allFacts, options.params, result, report, previous)
        if (pages === undefined) delete state.site
        else state.site = {key: siteKey, ...pages}
      }
      writeState(layout.cache, state)
    } else {
      writeState(layout.cache, state)
      const shardFile = join(layout.out, SHARD_FOLDER, `${options.shard.index}-of-${options.shard.count}.json`)
      // The shard's report goes with its facts, so that --merge reports (and exits) as one build would.
      const messages = report.files().filter((f) => f.messages.length > 0).map((f) => ({path: f.path, messages: f.messages}))
      writeFileAtomic(shardFile, `${JSON.stringify({shard: options.shard.index, of: options.shard.count, ids: documents.map((d) => d.id), facts: allFacts.map((f) => withText(layout.cache, f)), messages})}\n`)
    }
    sited()
  } finally {
    const closed = startTiming('close')
    await pool.close()
    closed()
    if (TIMINGS) timing('mem.heap-mb', process.memoryUsage().heapUsed / 2 ** 20)
  }
  result.encoded.sort()
  result.unchanged.sort()
  result.published.sort()
  result.failed.sort((a, b) => (a.id < b.id ? -1 : 1))
  result.files = report.files()
  return result
}

/**
 * `build --merge`: write the site's pages from the facts every shard of a sharded build left in
 * `<out>/.teipipe-shard/`, then remove them. The shards' editions plus these pages are the same files a
 * build without shards publishes. A missing shard is an error (`build-shards-missing`, nothing written).
 */
export function mergeShards(dir: string, options: Pick<BuildOptions, 'out' | 'params'> = {}): BuildResult {
  const layout = projectLayout(dir, {out: options.out})
  const result: BuildResult = {files: [], encoded: [], unchanged: [], published: [], failed: [], written: [], sourceRemoved: [], out: layout.out}
  const report = new Reports()
  const folder = join(layout.out, SHARD_FOLDER)
  const shown = relative(dir, folder).split(sep).join('/')
  const parts = (existsSync(folder) ? readdirSync(folder) : []).filter((f) => /^\d+-of-\d+\.json$/.test(f)).sort()
  const loaded = parts.map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as {shard: number; of: number; ids: string[]; facts: DocumentFacts[]; messages?: {path: string; messages: Message[]}[]})
  const count = loaded[0]?.of ?? 0
  const missing = count === 0 ? [] : Array.from({length: count}, (_, i) => i + 1).filter((i) => !loaded.some((l) => l.shard === i && l.of === count))
  const mixed = loaded.some((l) => l.of !== count || JSON.stringify(l.ids) !== JSON.stringify(loaded[0]?.ids))
  if (count === 0 || missing.length > 0 || mixed) {
    const reason = count === 0
      ? `There are no shard results in ${shown}/: run \`teipipe build --shard i/n\` for every shard into this output folder first.`
      : mixed
        ? `The shard results in ${shown}/ come from different splits or different sets of documents; rebuild every shard of one split.`
        : `The results of shard${missing.length === 1 ? '' : 's'} ${missing.map((m) => `${m}/${count}`).join(', ')} are missing from ${shown}/; run those shards into this output folder first.`
    report.add(createMessage(reason, {ruleId: 'build-shards-missing', source: 'cli', file: shown}))
    result.files = report.files()
    result.stopped = true
    return result
  }
  const facts = loaded.flatMap((l) => l.facts).sort((a, b) => (a.id < b.id ? -1 : 1))
  // Every shard's messages again: a document that failed (or has errors) in a shard makes the merge exit as one build would.
  for (const file of loaded.flatMap((l) => l.messages ?? [])) {
    report.ensure(file.path)
    report.addAll(file.messages)
  }
  for (const f of facts) {
    if (f.status === 'failed') result.failed.push({id: f.id, reason: f.reason ?? ''})
    else result.published.push(f.id)
  }
  writeSite(layout, facts, options.params, result, report)
  rmSync(folder, {recursive: true, force: true})
  result.files = report.files()
  return result
}

/** What the build does with one document's source before checking it. */
interface Plan {
  doc: ProjectDocument
  /** Whether the document is in this build's shard. */
  mine: boolean
  /** How to encode its source; undefined: use the TEI as it is. */
  mode?: EncodeMode
  /** Hash of the TEI on disk, when it is used as it is. */
  teiHash?: string
  /** Hash of the source and its sidecar. */
  inputs?: string
  /** The file hashes `inputs` is made of. */
  parts?: {source: string; edits: string}
  /** Hash of the TEI file as it was when planned (null: there was none): a TEI that changes before it is written is kept. */
  onDisk: string | null
  /** The TEI used as it is was written by the encoder and nobody edited it (its validation errors are the encoder's). */
  encoderTei?: boolean
  /** Re-encoded on request (`--reencode`): the TEI on disk is backed up before it is replaced, and kept when the encoding fails. */
  reencode?: boolean
}

/**
 * Decide, from the encoder's record, what happens to a document's TEI. The TEI is (re)written only when
 * it is missing, when the encoder wrote it and nobody edited it and its source changed, or on request
 * (`--reencode`, with a backup). A TEI someone edited is kept and published; when its source changed
 * since, a `build-source-changed` warning says so and how to re-encode on purpose.
 */
function planDocument(layout: ProjectLayout, doc: ProjectDocument, record: EncodeRecords[string] | undefined, reencode: ReadonlySet<string>, mine: boolean, report: Reports): Plan {
  const teiPath = join(layout.dir, doc.tei)
  const exists = existsSync(teiPath)
  const teiHash = exists ? textHash(teiPath) : undefined
  const onDisk = teiHash ?? null
  if (doc.source === undefined) return {doc, mine, onDisk, ...(teiHash === undefined ? {} : {teiHash})}
  const parts = {source: fileHash(join(layout.dir, doc.source)), edits: fileHash(doc.edits === undefined ? undefined : join(layout.dir, doc.edits))}
  const inputs = hashParts([parts.source, parts.edits])
  const plan: Plan = {doc, mine, inputs, parts, onDisk}
  if (reencode.has(doc.id)) {
    // Another shard re-encodes it; this one encodes it in memory for the same navigation facts. The TEI is
    // backed up by the task that writes the new one, just before it does, and only when the encoding succeeded.
    plan.mode = 'write'
    plan.reencode = true
    return plan
  }
  if (!exists) return {...plan, mode: 'write'}
  if (teiHash === undefined) return plan
  if (record === undefined || record.tei !== doc.tei) return {...plan, mode: 'compare', teiHash}
  plan.teiHash = teiHash
  if (writtenByEncoder(record, teiHash)) {
    // The encoder wrote this TEI (the last time or earlier, e.g. a build that raced another): nobody edited it.
    if (record.inputs !== inputs || record.written !== teiHash) return {...plan, mode: 'write'}
    plan.encoderTei = true
    if (mine) {
      report.addAll(record.messages)
      if (record.encoder !== encoderFingerprint()) {
        report.add(createMessage(`This TEI was written by an earlier version of the encoder; it is kept as it is. To encode ${doc.source} again with this version, run: teipipe build --reencode ${doc.id}`, {ruleId: 'build-encoder-newer', source: 'cli', severity: 'info', file: doc.tei}))
      }
    }
    return plan
  }
  if (record.inputs !== inputs && mine) {
    report.add(createMessage(`${changedInputs(doc, record, parts)} since this TEI was edited by hand. The edited TEI is kept and published as it is; bring the change over by hand, or re-encode on purpose with \`teipipe build --reencode ${doc.id}\` (the edited file is then kept in ${backupFolder(layout)}/).`, {ruleId: 'build-source-changed', source: 'cli', severity: 'warning', file: doc.tei}))
  }
  return plan
}

/**
 * Which of a document's inputs changed since the record was made, as the start of a sentence: the source
 * text, its edits sidecar (changed, added or deleted), or both; a record of an older build that kept only
 * their joint hash names both as the possibility.
 */
function changedInputs(doc: ProjectDocument, record: EncodeRecords[string], parts: {source: string; edits: string}): string {
  const source = doc.source ?? doc.tei
  const edits = doc.edits ?? `${source.replace(/\.txt$/, '')}.edits.json`
  if (record.parts === undefined) return `${source} or its sidecar ${edits} has changed`
  const absent = fileHash(undefined)
  const sidecar = record.parts.edits === parts.edits ? undefined : parts.edits === absent ? `${edits} was deleted` : record.parts.edits === absent ? `${edits} was added` : `${edits} has changed`
  if (record.parts.source === parts.source) return sidecar ?? `${source} has changed`
  return sidecar === undefined ? `${source} has changed` : `${source} has changed and ${sidecar}`
}

/**
 * TEI files whose source is gone (an encoder record whose source file no longer exists): a TEI the encoder
 * wrote and nobody edited (its hash is the one recorded) is retired - moved to `<tei>/.backup/<id>.<n>.xml`, so
 * the document leaves the site; an edited TEI is a person's work: kept, and published as a document of its
 * own. Either way a `build-source-removed` warning says which, once, and the record is dropped (the TEI is
 * then an ordinary TEI-only document). Only this shard's documents are settled. Returns the retired ids.
 */
function settleRemovedSources(layout: ProjectLayout, documents: readonly ProjectDocument[], records: EncodeRecords, mine: (doc: ProjectDocument) => boolean, result: BuildResult, report: Reports): Set<string> {
  const retired = new Set<string>()
  const sources = new Set(documents.flatMap((d) => (d.source === undefined ? [] : [d.source])))
  for (const source of Object.keys(records).sort()) {
    const record = records[source]
    if (record === undefined || sources.has(source) || existsSync(join(layout.dir, source))) continue
    const doc = documents.find((d) => d.tei === record.tei && d.source === undefined)
    if (doc === undefined) {
      delete records[source] // the TEI is gone too (or now belongs to another source): nothing to settle
      continue
    }
    if (!mine(doc)) continue
    const path = join(layout.dir, doc.tei)
    const teiHash = textHash(path)
    if (teiHash !== undefined && writtenByEncoder(record, teiHash)) {
      const backup = backupTei(layout.dir, layout.tei, doc.id, doc.tei)
      rmSync(path, {force: true})
      retired.add(doc.id)
      result.sourceRemoved.push({id: doc.id, tei: doc.tei, source, retired: backup})
      report.add(createMessage(`${source} was deleted, and this TEI was the encoder's (nobody edited it), so it was retired: moved to ${backup}, and "${doc.id}" is no longer published. To publish it again, restore the source (or move the TEI back).`, {ruleId: 'build-source-removed', source: 'cli', severity: 'warning', file: doc.tei}))
    } else {
      result.sourceRemoved.push({id: doc.id, tei: doc.tei, source})
      report.add(createMessage(`${source} was deleted, but this TEI was edited by hand, so it is kept and published as a document of its own. To stop publishing "${doc.id}", delete ${doc.tei}.`, {ruleId: 'build-source-removed', source: 'cli', severity: 'warning', file: doc.tei}))
    }
    delete records[source]
  }
  return retired
}

/**
 * Sources whose TEI file was renamed: the TEI the encoder wrote for a source (recorded in `records`) is missing
 * under its name, and a TEI file of another name with no source of its own is that TEI, unedited (its hash is
 * one the encoder wrote for the source) or edited (it carries the edition's identifier the encoder gave it,
 * `editionId`). Encoding the source again would publish the same record twice, so it is not: the renamed TEI is
 * published under its new name, and a `build-tei-renamed` warning on it says what to do, on every build while
 * it is so. Returns the ids of the sources left out of this build. (`--reencode <id>` encodes the source all the same.)
 */
function renamedTeis(layout: ProjectLayout, documents: readonly ProjectDocument[], records: EncodeRecords, reencode: ReadonlySet<string>, mine: (doc: ProjectDocument) => boolean, report: Reports): Set<string> {
  const skipped = new Set<string>()
  const orphans = documents.filter((d) => d.source === undefined)
  const missing = documents.filter((d) => d.source !== undefined && !reencode.has(d.id) && records[d.source] !== undefined && !existsSync(join(layout.dir, d.tei)))
  if (missing.length === 0 || orphans.length === 0) return skipped
  // Read only when a source's TEI is missing (rare): each TEI-only file's hash and edition identifier.
  const known = orphans.map((doc) => {
    let text = ''
    try {
      text = readFileSync(join(layout.dir, doc.tei), 'utf8').replace(/^\uFEFF/, '')
    } catch {
      // unreadable: not recognised here; the check reports it
    }
    return {doc, hash: hashParts([text]), edition: editionId(text)}
  })
  for (const doc of missing) {
    const record = records[doc.source ?? '']
    if (record === undefined) continue
    const match = known.find((k) => writtenByEncoder(record, k.hash)) ?? (record.edition === undefined ? undefined : known.find((k) => k.edition === record.edition))
    if (match === undefined) continue
    skipped.add(doc.id)
    if (!mine(match.doc)) continue
    const source = doc.source ?? ''
    const edits = doc.edits !== undefined && existsSync(join(layout.dir, doc.edits)) ? ` (and ${doc.edits})` : ''
    const newName = `${match.doc.id}${source.match(/\.[^./]*$/)?.[0] ?? '.txt'}`
    report.add(createMessage(`This TEI file was encoded from ${source} as ${doc.tei} and has been renamed, so ${source} is not encoded again (that would publish the same document twice): "${match.doc.id}" is published, "${doc.id}" is not. To keep the new name, rename ${source}${edits} to ${newName}; to go back, rename this file to ${doc.tei}.`, {ruleId: 'build-tei-renamed', source: 'cli', severity: 'warning', file: match.doc.tei}))
  }
  return skipped
}

/** After the check: update the encoder's record of a document, and count it as encoded. */
function recordEncoding(plan: Plan, check: CheckResult, records: EncodeRecords, result: BuildResult, report: Reports): void {
  const source = plan.doc.source
  if (source === undefined || plan.mode === undefined || plan.inputs === undefined) return
  const encode = check.encode
  if (!encode) return
  report.addAll(encode.messages)
  if (encode.teiHash === undefined) return // the encoder failed: no record, so the next build tries again
  const base = {tei: plan.doc.tei, inputs: plan.inputs, ...(plan.parts === undefined ? {} : {parts: plan.parts}), encoder: encoderFingerprint(), ...(encode.edition === undefined ? {} : {edition: encode.edition})}
  const history = nextHistory(records[source], encode.teiHash)
  if (plan.reencode && plan.mode === 'write') {
    if (encode.wrote) report.add(createMessage(`Re-encoded from ${source} on request; ${encode.backup === undefined ? 'there was no TEI to keep' : `the previous TEI was kept as ${encode.backup}`}.`, {ruleId: 'build-reencoded', source: 'cli', severity: 'info', file: plan.doc.tei}))
    else if (encode.teiHash !== undefined) report.add(createMessage(`${plan.doc.tei} was not re-encoded (see the other messages); it is kept as it was.`, {ruleId: 'build-reencoded', source: 'cli', severity: 'info', file: plan.doc.tei}))
  }
  if (plan.mode === 'write' && encode.wrote) {
    records[source] = {...base, written: encode.teiHash, ...(history.length > 0 ? {history} : {}), messages: encode.messages}
    result.encoded.push(plan.doc.id)
  } else if (plan.mode === 'compare') {
    if (encode.same) records[source] = {...base, written: encode.teiHash, messages: encode.messages}
    else {
      records[source] = {...base, messages: []}
      report.add(createMessage(`This TEI differs from what the encoder makes of ${source}, and teipipe has no record of writing it, so it is treated as edited by hand: it is kept and published, and never overwritten. To replace it with a fresh encoding on purpose: teipipe build --reencode ${plan.doc.id}`, {ruleId: 'build-tei-kept', source: 'cli', severity: 'info', file: plan.doc.tei}))
    }
  }
}

function backupFolder(layout: ProjectLayout): string {
  return relative(layout.dir, backupFolderOf(layout.tei)).split(sep).join('/')
}

/** A file's size in bytes (0 when it cannot be read): the expected cost of checking or rendering a document. */
function fileSize(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

/** Hash of a TEI file's text as the check reads it (UTF-8, without a byte-order mark); undefined when unreadable (the check reports it). */
function textHash(path: string): string | undefined {
  try {
    const text = readFileSync(path, 'utf8')
    return hashParts([text.charCodeAt(0) === 0xfeff ? text.slice(1) : text])
  } catch {
    return undefined
  }
}

function checkKey(code: string, teiHash: string): string {
  return hashParts([code, teiHash])
}

/**
 * Hash of the validation settings every document shares: the configured (or default) schema and
 * Schematron files, the phase, and how schema addresses resolve (the schemaMap's files, the catalogs'
 * contents). The schemas each document names are its own dependencies (`schemas.ts`).
 */
function validationHash(options: ValidateOptions): string {
  const {schema, schematron} = resolveSchemas(options)
  const resolution = options.resolution ?? {}
  const mapped = Object.entries(resolution.schemaMap ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([url, path]) => [url, fileHash(path)])
  const catalogs = (resolution.catalogs ?? []).map((c) => fileHash(c))
  return hashParts([fileHash(schema), fileHash(schematron), String(options.phase ?? ''), String(options.associate ?? false), String(resolution.allowNetwork ?? false), ...mapped, '|', ...catalogs])
}

/**
 * Hash of an XSLT customisation layer, of every .xsl file beside it or below (a layer may include
 * them; hidden folders and node_modules skipped) and of every module it imports or includes from
 * elsewhere (`layer-modules.ts`), or of `-` when there is none.
 */
function layerHash(layer: string | undefined): string {
  if (layer === undefined) return hashParts(['-'])
  const files: string[] = []
  const walk = (folder: string): void => {
    for (const entry of existsSync(folder) ? readdirSync(folder, {withFileTypes: true}) : []) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.xsl') || entry.name.endsWith('.xslt')) files.push(path)
    }
  }
  walk(dirname(layer))
  // Modules the layer imports or includes from elsewhere (../shared/common.xsl) count too.
  return hashParts([fileHash(layer), ...files.sort().flatMap((f) => [relative(dirname(layer), f), fileHash(f)]), layerModulesHash(layer)])
}

/** A function remembering its answers (file hashes within one build). */
function memo(fn: (key: string) => string): (key: string) => string {
  const known = new Map<string, string>()
  return (key) => {
    let value = known.get(key)
    if (value === undefined) known.set(key, (value = fn(key)))
    return value
  }
}

/** Facts in id order (the site's input, and what its key is made from). */
function sortById(facts: DocumentFacts[]): DocumentFacts[] {
  return facts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

function fail(result: BuildResult, facts: Map<string, DocumentFacts>, id: string, reason: string, known: DocumentFacts | undefined): void {
  const line = reason.replace(/\s+/g, ' ').trim()
  result.failed.push({id, reason: line})
  facts.set(id, {...(known ?? {id, title: id, persons: [], places: [], orgs: [], words: 0}), status: 'failed', reason: line})
}

/**
 * For each published document, itself with the published documents before and after it in the site's
 * order (`compareByDate`): all that `documentNav` needs, so that navigation costs O(n log n) for the
 * whole corpus instead of a sort of the corpus per document.
 */
function neighbourhoods(facts: readonly DocumentFacts[]): Map<string, DocumentFacts[]> {
  const published = facts.filter((f) => f.status === 'published').sort(compareByDate)
  const out = new Map<string, DocumentFacts[]>()
  published.forEach((f, i) => out.set(f.id, published.slice(Math.max(0, i - 1), i + 2)))
  return out
}

/** Remove a document's editions from the output folder (a failed or removed document publishes nothing stale). */
function removeOutputs(out: string, id: string, recorded: readonly string[] | undefined): void {
  for (const name of new Set([...(recorded ?? []), `${id}.html`, `${id}.txt`, `${id}.xml`])) {
    try {
      rmSync(join(out, name), {force: true})
    } catch {
      // An output that cannot be removed stays; the index lists the document as failed all the same.
    }
  }
}

/**
 * Write the site's pages from all documents' facts (`writeSitePages`), reporting a page that could not be
 * written. Returns the pages' record, or undefined when a page could not be written (an error message;
 * the next build writes them again).
 */
function writeSite(layout: ProjectLayout, facts: readonly DocumentFacts[], params: Record<string, string> | undefined, result: BuildResult, report: Reports, previous?: Partial<SitePagesRecord>): SitePagesRecord | undefined {
  return recordSite(layout, writeSitePages(layout.out, facts.map((f) => withText(layout.cache, f)), params?.['site-title'], previous), result, report)
}

/** Report what writing the site's pages did (in this thread or a worker); the record, or undefined after a failure. */
function recordSite(layout: ProjectLayout, outcome: SitePagesOutcome, result: BuildResult, report: Reports): SitePagesRecord | undefined {
  result.written.push(...outcome.written)
  for (const {name, reason} of outcome.failures) {
    const shown = relative(layout.dir, join(layout.out, name)).split(sep).join('/')
    report.add(createMessage(`The site page ${shown} could not be written: ${reason}.`, {ruleId: 'build-write-failed', source: 'cli', file: shown}))
  }
  return outcome.failures.length > 0 ? undefined : {pages: outcome.pages, hashes: outcome.hashes}
}

/** The message for a document teipipe itself failed on (a bug, or a worker out of memory). */
function internalFailure(tei: string, error: unknown): {reason: string; message: Message} {
  const text = error instanceof Error ? error.message : String(error)
  const reason = `teipipe failed on this document (${text.split('\n')[0]}). This is a bug in teipipe, or the document is too large for the memory available; please report it with the file.`
  return {reason, message: createMessage(reason, {ruleId: 'internal-error', source: 'internal', file: tei, fatal: true})}
}

/** Messages gathered per file path, turned into TeiFile objects for the reporters. */
class Reports {
  private readonly byPath = new Map<string, Message[]>()
  add(message: Message): void {
    const path = message.file ?? '.'
    const list = this.byPath.get(path) ?? []
    // The check and the render both read the TEI (an external entity, say): one message each.
    const at = (m: Message): string => `${m.ruleId}|${m.severity}|${m.place?.start.line ?? ''}:${m.place?.start.column ?? ''}|${m.reason}`
    if (list.some((m) => at(m) === at(message))) return
    list.push(message)
    this.byPath.set(path, list)
  }
  addAll(messages: readonly Message[]): void {
    for (const m of messages) this.add({...m})
  }
  /** List a file even when it has no messages (reports count it as checked; JUnit shows it as passed). */
  ensure(path: string): void {
    if (!this.byPath.has(path)) this.byPath.set(path, [])
  }
  files(): TeiFile[] {
    return [...this.byPath.keys()].sort().map((path) => {
      const file = new TeiFile(path)
      file.messages.push(...(this.byPath.get(path) ?? []))
      return file
    })
  }
}

function filesOf(messages: Message[]): TeiFile[] {
  const reports = new Reports()
  reports.addAll(messages)
  return reports.files()
}

/** A folder option made absolute against the project folder. */
export function projectPath(dir: string, path: string): string {
  return isAbsolute(path) ? path : join(dir, path)
}
