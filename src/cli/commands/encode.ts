/** `teipipe encode <files…> [-o dir] [--force]`: scraped archive texts → TEI P5, one document at a time. */
import {existsSync, readFileSync} from 'node:fs'
import {basename, dirname, extname, join, relative, resolve} from 'node:path'
import {findConfigFile} from '../../config/find.js'
import {checkOutputFolder, checkOutputNamesUnique, checkOutputsApartFromInputs, makeOutputFolder} from '../output-folder.js'
import {TeiFile} from '../../core/file.js'
import {writeFileAtomic} from '../../core/fs.js'
import {errorText} from '../../core/pipeline.js'
import {exitCode} from '../../core/statistics.js'
import {EditsError, encodeFile, loadEdits} from '../../encode/index.js'
import {loadSourceBytes} from '../../encode/input.js'
import {OUTPUT_INVALID, outputInvalidReason, validationErrors} from '../../encode/output-check.js'
import {loadReporter, type ReporterName} from '../../report/index.js'
import {validateFiles} from '../../validate/index.js'
import {projectXmlModelLines, withXmlModelLines} from '../../validate/xml-model.js'
import {UsageError, type CommandSpec} from '../command.js'
import type {Io} from '../io.js'

export const encodeCommand: CommandSpec = {
  name: 'encode',
  summary: 'Encode scraped archive texts (Wilson Center pages) as TEI P5.',
  args: '[files...]',
  options: [
    {flags: '-o, --out <dir>', description: 'directory for the TEI files (named <basename>.xml); their <?xml-model?> lines name the project\'s schemas/ relative to it', default: 'tei'},
    {flags: '--force', description: 'overwrite TEI files that already exist', default: false},
    {flags: '-f, --format <name>', description: 'report format', default: 'human', choices: ['human', 'json']},
    {flags: '-q, --quiet', description: 'report errors only', default: false}
  ],
  help: [
    'Editorial decisions are read from <name>.edits.json beside each source (see src/encode/README.md).',
    'Each file names teipipe\'s schemas in <?xml-model?> lines, relative to the output folder: the project\'s',
    'schemas/ folder (teipipe init; the project is the folder of the config file, else the working folder) when',
    'it exists, else ../schemas/ (a schemas/ folder beside the output folder).',
    'Every encoded document is checked with teipipe\'s own schema and rules before it is written. A document that',
    'fails them is an encoder fault: it is written all the same, for you to review, with an encode-output-invalid',
    'error for each problem (its line and column in the TEI), and the exit code is 1; teipipe build does the same',
    'and does not publish it until it passes.',
    'A file that does not exist is that file\'s error (file-not-found), as in validate and render.',
    'Two inputs with the same name (a/x.txt, b/x.txt; ignoring case) would overwrite each other: nothing is written (exit 2).',
    'Exit codes: 0 clean, 1 a file failed (others are still encoded), 2 usage error.'
  ].join('\n'),
  action: encodeAction
}

async function encodeAction(args: string[], options: Record<string, unknown>, io: Io): Promise<0 | 1 | 2> {
  if (args.length === 0) throw new UsageError('Name the source texts to encode, e.g. teipipe encode sources/wilson/134242.txt.')
  const outDir = resolve(io.cwd, typeof options.out === 'string' ? options.out : 'tei')
  checkOutputFolder(outDir, io.cwd, '-o/--out')
  const inputs = args.map((arg) => ({path: resolve(io.cwd, arg), shown: arg}))
  checkOutputsApartFromInputs(inputs.map((i) => join(outDir, `${basename(i.path, extname(i.path))}.xml`)), inputs, io.cwd, '-o/--out')
  checkOutputNamesUnique(inputs.map((i) => ({name: basename(i.path, extname(i.path)), path: i.path, shown: i.shown})), (name) => [join(outDir, `${name}.xml`)], io.cwd)
  const files = args.map((path) => encodeOne(path, io.cwd))
  await checkEncoded(files, (file) => relative(io.cwd, join(outDir, teiName(file))) || teiName(file))
  if (files.some((f) => f.tei !== undefined)) makeOutputFolder(outDir, io.cwd, '-o/--out')
  const lines = schemaLines(outDir, io.cwd)
  for (const file of files) {
    if (lines && file.tei !== undefined) file.tei = withXmlModelLines(file.tei, lines)
    writeOne(file, outDir, Boolean(options.force), io.cwd)
  }
  const reporter = await loadReporter(options.format as ReporterName)
  io.stdout(reporter(files, {quiet: Boolean(options.quiet), color: io.isTty && options.format === 'human'}))
  return exitCode(files)
}

/** The name of a source's TEI file: `<basename>.xml`. */
function teiName(file: TeiFile): string {
  return `${basename(file.path, extname(file.path))}.xml`
}

/**
 * teipipe's own validation (schema and Schematron, src/validate) of every encoded document before it is written: an
 * error there is the encoder's fault, reported on the source file (encode-output-invalid, src/encode/output-check.ts,
 * naming the line and column in the TEI `shown(file)`); the TEI is still written, for review.
 */
async function checkEncoded(files: TeiFile[], shown: (file: TeiFile) => string): Promise<void> {
  const encoded = files.filter((f) => f.tei !== undefined && !f.messages.some((m) => m.severity === 'error'))
  const copies = encoded.map((f) => {
    const copy = new TeiFile(f.path)
    copy.tei = f.tei ?? ''
    return copy
  })
  await validateFiles(copies)
  copies.forEach((copy, k) => {
    const file = encoded[k] as TeiFile
    for (const m of validationErrors(copy.messages)) file.message(outputInvalidReason(m, shown(file)), {ruleId: OUTPUT_INVALID, source: 'encode', severity: 'error'})
  })
}

/**
 * The `<?xml-model?>` lines for TEI written into `outDir`: hrefs relative to it, to the project's `schemas/`
 * (the folder of the nearest config file, else `cwd`) when that folder exists; undefined otherwise (the
 * encoder's own `../schemas/…` lines stay).
 */
function schemaLines(outDir: string, cwd: string): [string, string] | undefined {
  const config = findConfigFile(cwd)
  return projectXmlModelLines(outDir, config ? dirname(config) : cwd)
}

/**
 * Write one encoded file (when it has no error but its own validation's: that TEI is kept for review); an existing
 * output is kept unless `force`.
 */
function writeOne(file: TeiFile, outDir: string, force: boolean, cwd: string): void {
  if (!file.tei || file.messages.some((m) => m.severity === 'error' && m.ruleId !== OUTPUT_INVALID)) return
  const target = join(outDir, teiName(file))
  if (existsSync(target) && !force) {
    file.message(`${relative(cwd, target) || target} already exists; it was not overwritten. Use --force to replace it.`, {ruleId: 'output-exists', source: 'cli', severity: 'error', fatal: true})
    return
  }
  writeFileAtomic(target, file.tei)
}

/** Read and encode one file; every problem becomes a message on that file only. */
function encodeOne(path: string, cwd: string): TeiFile {
  const file = new TeiFile(path)
  const full = resolve(cwd, path)
  if (!existsSync(full)) {
    file.message(`The file ${path} does not exist.`, {ruleId: 'file-not-found', source: 'cli', severity: 'error', fatal: true})
    return file
  }
  let bytes: Uint8Array
  try {
    bytes = readFileSync(full)
  } catch (error) {
    file.message(`The file could not be read: ${errorText(error)}`, {ruleId: 'file-unreadable', source: 'cli', severity: 'error', fatal: true})
    return file
  }
  if (!loadSourceBytes(file, bytes)) return file
  let edits
  try {
    edits = loadEdits(full)
  } catch (error) {
    if (!(error instanceof EditsError)) throw error
    file.message(error.message, {ruleId: 'encode-edits-invalid', source: 'encode', severity: 'error', fatal: true})
    return file
  }
  try {
    encodeFile(file, edits ? {edits} : {})
  } catch (error) {
    file.message(`The encoder failed on this file: ${errorText(error)}`, {ruleId: 'internal-error', source: 'internal', severity: 'error', fatal: true})
    return file
  }
  return file
}
