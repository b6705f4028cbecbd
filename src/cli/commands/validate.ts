/** `teipipe validate [files|dirs|globs…]`: schema + Schematron, all files in one run, reports for people and CI. */
import {accessSync, constants, existsSync, readFileSync} from 'node:fs'
import {isAbsolute, relative, resolve, sep} from 'node:path'
import {applyRuleSeverities, resolveConfigPath, unknownRuleMessages} from '../../config/index.js'
import {configOption, loadCommandConfig, schemaResolution, schematronIdsInUse} from '../config.js'
import {TeiFile} from '../../core/file.js'
import {writeFileAtomic} from '../../core/fs.js'
import {fileErrorReason} from '../../core/file-errors.js'
import {errorText} from '../../core/pipeline.js'
import {decodeXml} from '../../parse/decode.js'
import {exitCode} from '../../core/statistics.js'
import {loadReporter, REPORTER_NAMES, type ReporterName} from '../../report/index.js'
import {findInputs, InputError, type InputProblem} from '../../validate/find-files.js'
import {resolveSchemas, validateFiles} from '../../validate/index.js'
import {UsageError, type CommandSpec} from '../command.js'
import type {Io} from '../io.js'
import {warningLimitLine} from '../warning-limit.js'

/** Messages that mean the run itself was misconfigured (exit code 2), not that a file is invalid. */
const CONFIG_RULES = new Set(['schema-error', 'schematron-error', 'engine-out-of-memory'])

/** The `validate` command as data (see `cli/command.ts`). */
export const validateCommand: CommandSpec = {
  name: 'validate',
  summary: 'Check TEI files against a schema (RELAX NG or XSD) and Schematron rules, without Java.',
  args: '[paths...]',
  options: [
    {flags: '--schema <file>', description: 'RELAX NG (.rng) or XML Schema (.xsd) for every file, overriding its <?xml-model?> (default: the file\'s own schema, else teipipe\'s)'},
    {flags: '--schematron <file>', description: 'ISO Schematron rules for every file (default: the file\'s own, else teipipe\'s rules; none when --schema is given)'},
    {flags: '--phase <id>', description: 'Schematron phase to run (default: the schema\'s defaultPhase, else every pattern; #ALL for every pattern)'},
    {flags: '--embedded-schematron', description: 'run the Schematron rules embedded in a RELAX NG schema after the grammar (off by default: the rules in tei_all take ~30 s per 500 kB; config: validate.embeddedSchematron)'},
    {flags: '--no-embedded-schematron', description: 'do not run Schematron rules embedded in a RELAX NG schema (the default; overrides the config)'},
    configOption,
    {flags: '-f, --format <name>', description: 'report format', default: 'human', choices: REPORTER_NAMES},
    {flags: '--sarif <file>', description: 'also write a SARIF log of the same run to this file (one validation, two reports; the GitHub Action uses it)'},
    {flags: '--max-warnings <n>', description: 'exit 1 when there are more warnings than this'},
    {flags: '-q, --quiet', description: 'report errors only', default: false}
  ],
  help: [
    'Paths may be files, directories (searched for *.xml and *.tei) or globs such as "tei/**/*.xml". A site that',
    'teipipe build published (dist/), met while searching, is skipped: its .xml files are copies of the TEI files.',
    'Without paths, the config\'s validate.files (else the tei/ directory) are validated.',
    'Each file is checked against the schemas its <?xml-model?> instructions name; web addresses resolve',
    'through validate.schemaMap or validate.catalog in the config, never the network unless allowNetwork is set.',
    'Schematron rules embedded in a RELAX NG schema (as in tei_all.rng and schemas made from a TEI ODD) run after',
    'the grammar, as in oXygen, when --embedded-schematron is given (off by default, as in Jing: they are slow).',
    'The config\'s "rules" switch rule ids off or change their severity.',
    'A path named here that does not exist (or a folder or pattern with no TEI files) is an error of its own',
    '(file-not-found); the other files are still checked.',
    'Exit codes: 0 clean, 1 invalid (or too many warnings), 2 usage or configuration error.'
  ].join('\n'),
  action: validateAction
}

async function validateAction(args: string[], options: Record<string, unknown>, io: Io): Promise<0 | 1 | 2> {
  const maxWarnings = parseMaxWarnings(options.maxWarnings)
  const loaded = loadCommandConfig(io, options)
  const section = loaded.config.validate ?? {}
  const fromConfig = (p: string | undefined) => (p === undefined ? undefined : resolveConfigPath(loaded, p))
  const schemaOption = typeof options.schema === 'string' ? resolve(io.cwd, options.schema) : fromConfig(section.schema)
  const schematronOption = typeof options.schematron === 'string' ? resolve(io.cwd, options.schematron) : fromConfig(section.schematron)
  const {schema, schematron} = resolveSchemas({...(schemaOption ? {schema: schemaOption} : {}), ...(schematronOption ? {schematron: schematronOption} : {})})
  checkReadable(schema, 'schema', options.schema ?? section.schema)
  if (schematron) checkReadable(schematron, 'Schematron file', options.schematron ?? section.schematron)
  let paths: string[]
  let missing: InputProblem[] = []
  try {
    const configured = (section.files ?? []).map((g) => relative(io.cwd, resolveConfigPath(loaded, g)) || '.')
    // A path named on the command line that names nothing is that path's error (exit 1; the others are still
    // checked), as in encode and render; the config's or the default folder naming nothing is a usage error.
    const found = findInputs(args.length > 0 ? args : configured.length > 0 ? configured : ['tei'], io.cwd, {report: args.length > 0})
    paths = found.files
    missing = found.missing
    // A published site holds a copy of each TEI file: counting it would report every document twice.
    if (found.skipped.length > 0 && !options.quiet) {
      const folders = found.skipped.map((p) => `${displayPath(p, io.cwd)}/`).join(', ')
      io.stderr(`teipipe: skipped ${folders}: ${found.skipped.length === 1 ? 'a site' : 'sites'} published by teipipe build (copies of the TEI files). Name ${found.skipped.length === 1 ? 'it' : 'one'} to validate ${found.skipped.length === 1 ? 'it' : 'them'}.\n`)
    }
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(args.length > 0 ? error.message : `${error.message} Name the files to validate, e.g. teipipe validate tei/134242.xml.`)
    throw error
  }
  // Reports name files relative to the working folder (what CI annotations and editors expect).
  const files = paths.map((path) => readInput(displayPath(path, io.cwd), io.cwd))
  for (const {pattern, reason} of missing) {
    const file = new TeiFile(pattern)
    file.message(reason, {ruleId: 'file-not-found', source: 'cli', severity: 'error', fatal: true})
    files.push(file)
  }
  // Counted before validation: a schema or rules that cannot be used make every file fatal afterwards.
  const validated = files.filter((f) => !f.fatal)
  await validateFiles(
    validated,
    {
      ...(schemaOption ? {schema: schemaOption} : {}),
      ...(schematronOption ? {schematron: schematronOption} : {}),
      cwd: io.cwd,
      associate: true,
      embeddedSchematron: typeof options.embeddedSchematron === 'boolean' ? options.embeddedSchematron : section.embeddedSchematron === true,
      ...(typeof options.phase === 'string' ? {phase: options.phase} : section.phase ? {phase: section.phase} : {}),
      resolution: schemaResolution(loaded)
    }
  )
  applyRuleSeverities(files, loaded)
  // The summary still counts the TEI files, not the schema a problem is reported under.
  const checked = files.length
  const gathered = gatherRunProblems(files, io.cwd)
  const counted = gathered === 0 ? {} : {counted: {count: checked, one: 'file', many: 'files'}}
  const defaulted = files.filter((f) => f.data.schemaDefaulted === true).length
  const read = validated.length
  if (defaulted > 0 && !options.quiet) {
    // Rules named with --schematron (or validate.schematron) replace teipipe's; only the grammar was teipipe's then.
    const used = schematronOption ? "teipipe's own schema (with the rules you named) was" : "teipipe's own schema and rules for its editions were"
    io.stderr(`teipipe: ${defaulted === read ? (defaulted === 1 ? 'the file names' : `all ${defaulted} files name`) : `${defaulted} of ${read} files name`} no schema (no <?xml-model?>), so ${used} used. For other projects' TEI, name a schema with --schema (e.g. tei_all.rng) or validate.schema in the config.\n`)
  }
  for (const m of unknownRuleMessages(loaded, schematronIdsInUse(loaded, schematronOption))) io.stderr(`teipipe: ${m.reason}\n`)
  const reporter = await loadReporter(options.format as ReporterName)
  io.stdout(reporter(files, {quiet: Boolean(options.quiet), color: io.isTty && options.format === 'human', ...counted}))
  if (typeof options.sarif === 'string') {
    const sarif = await loadReporter('sarif')
    try {
      writeFileAtomic(resolve(io.cwd, options.sarif), sarif(files, {quiet: Boolean(options.quiet), color: false, ...counted}))
    } catch (error) {
      throw new UsageError(`the SARIF log ${options.sarif} cannot be written: ${fileErrorReason(error)}.`)
    }
  }
  const config = files.flatMap((f) => f.messages).find((m) => CONFIG_RULES.has(m.ruleId))
  if (config) {
    // The human report already said it; a machine format on stdout is not read by a person.
    if (options.format !== 'human') io.stderr(`teipipe: ${config.reason}\n`)
    return 2
  }
  const overLimit = warningLimitLine(files, maxWarnings)
  if (overLimit) io.stderr(overLimit)
  return exitCode(files, maxWarnings === undefined ? {} : {maxWarnings})
}

/**
 * A configuration problem that stops every file alike (a `.rnc` schema, a schema that does not exist) is
 * reported once, under the schema's name, instead of once per file (and again on stderr). A file left with no
 * other message still counts as checked. Mutates `files`.
 */
function gatherRunProblems(files: TeiFile[], cwd: string): number {
  const same = (m: {ruleId: string; reason: string}): string => `${m.ruleId}|${m.reason}`
  const candidates = files.filter((f) => !f.messages.some((m) => m.ruleId === 'file-not-found'))
  if (candidates.length < 2) return 0
  let added = 0
  const first = candidates[0]?.messages.filter((m) => CONFIG_RULES.has(m.ruleId)) ?? []
  for (const problem of first) {
    if (!candidates.every((f) => f.messages.some((m) => same(m) === same(problem)))) continue
    for (const f of candidates) f.messages.splice(0, f.messages.length, ...f.messages.filter((m) => same(m) !== same(problem)))
    const schema = /^The schema (\S+) /.exec(problem.reason)?.[1]
    const holder = new TeiFile(schema === undefined ? 'teipipe.config' : displayPath(schema, cwd))
    holder.messages.push({...problem, file: holder.path})
    files.push(holder)
    added++
  }
  return added
}

/** Read one file (UTF-8, UTF-16 with a byte-order mark, or a declared encoding); empty, binary or unreadable files get a fatal message instead of stopping the run. */
function readInput(path: string, cwd: string): TeiFile {
  const file = new TeiFile(path)
  let bytes: Uint8Array
  try {
    bytes = readFileSync(resolve(cwd, path))
  } catch (error) {
    file.message(`The file could not be read: ${errorText(error)}`, {ruleId: 'file-unreadable', source: 'cli', severity: 'error', fatal: true})
    return file
  }
  const decoded = decodeXml(bytes)
  if (decoded.ok) {
    file.source = decoded.text
    return file
  }
  const reason = decoded.reason
  file.message(reason, {ruleId: 'not-well-formed', source: 'xml', severity: 'error', fatal: true, place: {start: {line: decoded.line, column: decoded.column}}})
  return file
}

/** A path inside the working folder, relative to it; others as given. */
function displayPath(path: string, cwd: string): string {
  if (!isAbsolute(path)) return path
  const rel = relative(cwd, path)
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/')
}

function checkReadable(path: string, what: string, given: unknown): void {
  const shown = typeof given === 'string' ? given : path
  if (!existsSync(path)) {
    throw new UsageError(typeof given === 'string' ? `The ${what} ${shown} does not exist.` : `teipipe's own ${what} is missing (${path}); reinstall teipipe or pass --schema.`)
  }
  try {
    accessSync(path, constants.R_OK)
    readFileSync(path, {flag: 'r'}).subarray(0, 1)
  } catch (error) {
    throw new UsageError(`The ${what} ${shown} cannot be read: ${fileErrorReason(error, 'read')}.`)
  }
}

function parseMaxWarnings(value: unknown): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--max-warnings needs a whole number of 0 or more, not "${String(value)}".`)
  return n
}
