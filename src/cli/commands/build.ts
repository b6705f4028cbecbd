/** `teipipe build [dir]`: publish a project folder (sources/ → tei/ → dist/), incrementally, on all cores. */
import {existsSync} from 'node:fs'
import {join, relative, resolve} from 'node:path'
import {UsageError, type CommandSpec} from '../command.js'
import {checkOutputFolder} from '../output-folder.js'
import {configOption, loadCommandConfig, schemaResolution, schematronIdsInUse} from '../config.js'
import type {Io} from '../io.js'
import {warningLimitLine} from '../warning-limit.js'
import {exitCode} from '../../core/statistics.js'
import {createMessage} from '../../core/message.js'
import {TeiFile} from '../../core/file.js'
import {applyRuleSeverities, resolveConfigPath, unknownRuleMessages, type LoadedConfig} from '../../config/index.js'
import {buildProject, mergeShards, type BuildOptions, type BuildResult} from '../../build/build.js'
import {parseShard} from '../../build/shard.js'
import {createProgress} from '../../build/progress.js'
import {loadReporter, REPORTER_NAMES, type ReporterName} from '../../report/index.js'

/** Messages that mean the run itself was misconfigured (exit code 2), not that a document is invalid. */
const CONFIG_RULES = new Set(['schema-error', 'schematron-error', 'engine-out-of-memory', 'build-id-clash', 'build-reserved-id', 'build-output-overlap', 'build-nothing-to-build', 'build-shards-missing', 'build-locked', 'build-customisation', 'bad-option'])

/** The `build` command as data (see `cli/command.ts`). */
export const buildCommand: CommandSpec = {
  name: 'build',
  summary: 'Encode new or changed sources, validate, and publish every document and the site pages to dist/ (only what changed).',
  args: '[dir]',
  options: [
    {flags: '-o, --out <dir>', description: 'output folder (default: dist, or build.out in the config)'},
    {flags: '-j, --jobs <n>', description: 'worker threads (default: the number of cores; 1 = no workers)'},
    {flags: '-f, --format <name>', description: 'report format: human, json, junit, github, sarif (default: human)'},
    {flags: '-q, --quiet', description: 'report errors only; no summary, no progress'},
    {flags: '--max-warnings <n>', description: 'exit 1 when there are more warnings than this'},
    {flags: '--reencode <ids>', description: 'encode these documents (comma-separated ids) again from their sources, even if their TEI was edited; the old TEI is kept in tei/.backup/<id>.<n>.xml'},
    {flags: '--shard <i/n>', description: 'build only shard i of n (a fixed share of the documents, for CI matrices); then run --merge'},
    {flags: '--merge', description: 'write the site pages (index, …) from the results every shard left in the output folder'},
    {flags: '-w, --watch', description: 'after building, rebuild once whenever a source, sidecar or TEI file, the config\'s render.css or an XSLT layer changes (Ctrl-C, SIGTERM or SIGHUP stops, as does the end of the process that started it, e.g. npx)'},
    configOption
  ],
  help: [
    'Reads <dir>/sources/**/*.txt (with <name>.edits.json sidecars) and <dir>/tei/**/*.xml; writes <dir>/tei/<id>.xml',
    'for new or changed sources, and <out>/<id>.html, <id>.txt, <id>.xml and the site pages (index.html, …).',
    '',
    'A TEI file someone edited is never overwritten: when its source changes, the build warns',
    '[build-source-changed], keeps publishing the edited TEI and names the command that re-encodes on purpose',
    '(--reencode <id>, which keeps a backup). A newer encoder never re-encodes by itself [build-encoder-newer].',
    'Only what changed is validated and rendered again; the cache is <dir>/.teipipe-cache/ (safe to delete).',
    'Document names (file names without extension) must be unique across the project (ignoring case and',
    'Unicode normalisation) and must not be a name the corpus site uses (index, corpus); otherwise nothing is built.',
    'The output folder may not be, contain or lie inside the sources, TEI or cache folder (TEI kept at the',
    'project root, "tei": ".", may have dist/ below it) [build-output-overlap]; the build never reads its own',
    'output and cache folders, tei/.backup/ or a published site as inputs. A folder with neither a sources nor',
    'a TEI folder has nothing to build [build-nothing-to-build]; nothing is created.',
    'Options may also be set in the config file\'s "build" section (sources, tei, out, jobs, quiet, format,',
    'maxWarnings); the command line wins. Each TEI file is validated against the schemas its <?xml-model?>',
    'names (teipipe\'s when none; the "validate" section applies). The "render" section\'s css, xslt and params',
    'shape the editions; every page links one shared stylesheet, <out>/corpus/edition.css.',
    '',
    'Exit codes: 0 clean, 1 a document has errors or could not be published (or too many warnings),',
    '2 usage or project problem (clashing or reserved document names, an output folder over the inputs,',
    'nothing to build, missing shards, bad config).'
  ].join('\n'),
  action: buildAction
}

async function buildAction(args: string[], options: Record<string, unknown>, io: Io): Promise<0 | 1 | 2> {
  const dir = resolve(io.cwd, args[0] ?? '.')
  if (!existsSync(dir)) throw new UsageError(`no such folder: ${args[0] ?? '.'}`)
  const loaded = loadCommandConfig(io, options, dir)
  const projectDir = args[0] === undefined && loaded.path !== undefined ? loaded.dir : dir
  const section = loaded.config.build ?? {}
  const format = String(options['format'] ?? section.format ?? 'human')
  if (!(REPORTER_NAMES as readonly string[]).includes(format)) throw new UsageError(`--format takes one of ${REPORTER_NAMES.join(', ')} (got "${format}").`)
  const quiet = Boolean(options['quiet'] ?? section.quiet ?? false)
  const maxWarnings = wholeNumber(options['maxWarnings'], '--max-warnings', 0) ?? section.maxWarnings
  const jobs = wholeNumber(options['jobs'], '--jobs', 1) ?? section.jobs
  const shard = options['shard'] === undefined ? undefined : parseShard(String(options['shard']))
  if (options['shard'] !== undefined && shard === undefined) throw new UsageError(`--shard takes i/n with 1 ≤ i ≤ n, e.g. --shard 1/2 (got "${String(options['shard'])}").`)
  if (options['merge'] && (shard !== undefined || options['watch'])) throw new UsageError('--merge runs alone: first build every shard with --shard i/n, then run --merge once.')
  const out = typeof options['out'] === 'string' ? resolve(io.cwd, options['out']) : section.out === undefined ? undefined : resolveConfigPath(loaded, section.out)
  checkOutputFolder(out ?? join(projectDir, 'dist'), io.cwd, '-o/--out (or build.out in the config)')
  const buildOptions: BuildOptions = {
    ...(section.sources === undefined ? {} : {sources: resolveConfigPath(loaded, section.sources)}),
    ...(section.tei === undefined ? {} : {tei: resolveConfigPath(loaded, section.tei)}),
    ...(out === undefined ? {} : {out}),
    ...(jobs === undefined ? {} : {jobs}),
    ...(shard === undefined ? {} : {shard}),
    ...(typeof options['reencode'] === 'string' ? {reencode: options['reencode'].split(',').map((s) => s.trim()).filter(Boolean)} : {}),
    validate: validateOptions(loaded),
    params: siteParams(loaded),
    render: renderSettings(loaded),
    ...(loaded.config.render?.profile === undefined ? {} : {profile: loaded.config.render.profile})
  }
  const machine = format !== 'human'
  const showProgress = !quiet && !machine
  const progress = showProgress ? createProgress({tty: io.isTty, ...(io.isTty ? {stream: process.stderr} : {}), write: io.stderr}) : undefined
  if (progress) buildOptions.onProgress = (event) => progress.update(event)
  const reporter = await loadReporter(format as ReporterName)
  const finish = (result: BuildResult): 0 | 1 | 2 => {
    progress?.stop()
    const files = [...result.files]
    const unknown = unknownRuleMessages(loaded, schematronIdsInUse(loaded))
    if (unknown.length > 0) files.push(...filesOf(unknown))
    applyRuleSeverities(files, loaded)
    const shownFiles = files.map((f) => ({path: f.path, messages: f.messages}))
    // The report lists each document's source and TEI file apart; its summary counts documents, as the build's does.
    const documents = result.published.length + result.failed.length
    const counted = {count: documents, one: 'document', many: 'documents', ...(result.stopped ? {headline: 'Nothing was built'} : {})}
    if (machine) io.stdout(reporter(shownFiles, {quiet, counted}))
    else if (files.some((f) => f.messages.some((m) => !quiet || m.severity === 'error'))) io.stderr(reporter(shownFiles, {quiet, color: io.isTty, counted}))
    if (!machine && !quiet && !result.stopped) io.stdout(summary(result, projectDir, io.cwd, Boolean(options['merge'])))
    if (result.stopped || files.some((f) => f.messages.some((m) => CONFIG_RULES.has(m.ruleId) && m.severity === 'error'))) return 2
    const overLimit = warningLimitLine(files, maxWarnings)
    if (overLimit) io.stderr(overLimit)
    return exitCode(files, maxWarnings === undefined ? {} : {maxWarnings})
  }
  if (options['merge']) return finish(mergeShards(projectDir, buildOptions))
  const code = finish(await buildProject(projectDir, buildOptions))
  if (!options['watch']) return code
  return watchUntilInterrupted(projectDir, buildOptions, finish, io)
}

/**
 * Keep rebuilding on changes until SIGINT, SIGTERM or SIGHUP, or until the parent process is gone (`npx`'s
 * wrapper killed): then the watcher is closed (after a build in progress) and the command returns, so the
 * process exits. The exit code is the last build's.
 */
async function watchUntilInterrupted(dir: string, options: BuildOptions, finish: (result: BuildResult) => 0 | 1 | 2, io: Io): Promise<0 | 1 | 2> {
  let last: 0 | 1 | 2 = 0
  let failure: unknown
  // chokidar loads only when watching.
  const {untilStopped, watchProject} = await import('../../build/watch.js')
  const stopped = untilStopped()
  io.stderr('Watching for changes (Ctrl-C stops)…\n')
  const watch = watchProject(dir, options, (result) => (last = finish(result)), (error) => (failure = error))
  const why = await stopped
  await watch.close()
  io.stderr(`teipipe: stopped watching (${why}).\n`)
  if (failure !== undefined) throw failure
  return last
}

/** One line: what the build did, e.g. `Encoded 1, unchanged 20, published 21, failed 1 (22 documents) → dist/`. */
function summary(result: BuildResult, dir: string, cwd: string, merge: boolean): string {
  const out = relative(cwd, result.out) || '.'
  const total = result.published.length + result.failed.length
  const documents = `${total} document${total === 1 ? '' : 's'}`
  if (merge) return `Merged the shards: published ${result.published.length}, failed ${result.failed.length} (${documents}) → ${out}/\n`
  void dir
  const line = `Encoded ${result.encoded.length}, unchanged ${result.unchanged.length}, published ${result.published.length}, failed ${result.failed.length} (${documents}) → ${out}/\n`
  return line + result.sourceRemoved.map((r) => (r.retired !== undefined
    ? `Source removed: ${r.source}; its TEI (the encoder's, never edited) was retired to ${r.retired} and "${r.id}" is no longer published.\n`
    : `Source removed: ${r.source}; its TEI ${r.tei} was edited by hand, so it is kept and still published (delete it to unpublish "${r.id}").\n`)).join('')
}

/**
 * Validation settings from the config's `validate` section (paths relative to the config file): every TEI
 * file is checked against the schemas its own `<?xml-model?>` names (teipipe's when it names none), unless
 * `schema`/`schematron` override them; `schemaMap`, `catalog` and `allowNetwork` say how their addresses
 * resolve, `phase` which Schematron phase runs.
 */
function validateOptions(loaded: LoadedConfig): NonNullable<BuildOptions['validate']> {
  const section = loaded.config.validate ?? {}
  return {
    ...(typeof section.schema === 'string' ? {schema: resolveConfigPath(loaded, section.schema)} : {}),
    ...(typeof section.schematron === 'string' ? {schematron: resolveConfigPath(loaded, section.schematron)} : {}),
    ...(typeof section.phase === 'string' ? {phase: section.phase} : {}),
    resolution: schemaResolution(loaded)
  }
}

/** The config's `render.css` and `render.xslt` (paths relative to the config file). */
function renderSettings(loaded: LoadedConfig): NonNullable<BuildOptions['render']> {
  const section = loaded.config.render ?? {}
  return {
    ...(section.css === undefined ? {} : {css: resolveConfigPath(loaded, section.css)}),
    ...(section.xslt?.html === undefined ? {} : {htmlXslt: resolveConfigPath(loaded, section.xslt.html)}),
    ...(section.xslt?.text === undefined ? {} : {textXslt: resolveConfigPath(loaded, section.xslt.text)})
  }
}

/** Site-wide HTML parameters from the config's `render.params`. */
function siteParams(loaded: LoadedConfig): Record<string, string> {
  const params = loaded.config.render?.params ?? {}
  const out: Record<string, string> = {}
  if (typeof params.siteTitle === 'string') out['site-title'] = params.siteTitle
  if (typeof params.baseUrl === 'string') out['base-url'] = params.baseUrl
  if (typeof params.citation === 'string') out['citation'] = params.citation
  return out
}

function wholeNumber(value: unknown, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${flag} needs a whole number of ${min} or more, not "${String(value)}".`)
  return n
}

function filesOf(messages: ReturnType<typeof createMessage>[]): TeiFile[] {
  const file = new TeiFile(messages[0]?.file ?? 'teipipe.config')
  file.messages.push(...messages)
  return [file]
}
