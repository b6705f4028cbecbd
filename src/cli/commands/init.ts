/**
 * `teipipe init [--dir schemas] [--tei tei] [--with-config] [--force]`: copy teipipe's schemas into a
 * project so that XML editors (oXygen, VS Code with the Red Hat XML extension) resolve the `<?xml-model?>`
 * lines of the TEI teipipe writes, and print those lines. Files teipipe wrote earlier and nobody changed
 * are updated; a changed file is never overwritten without --force, and then nothing at all is written.
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, statSync} from 'node:fs'
import {basename, dirname, relative, resolve, sep} from 'node:path'
import {findConfigFile} from '../../config/find.js'
import {writeFileAtomic} from '../../core/fs.js'
import {packagePath} from '../../core/paths.js'
import {VERSION} from '../../version.js'
import {SCHEMA_FILES, xmlModelLines} from '../../validate/xml-model.js'
import {UsageError, type CommandSpec} from '../command.js'
import type {Io} from '../io.js'

/** Where init records what it wrote (file → SHA-256), so that an untouched copy can be updated later. */
export const INIT_RECORD = '.teipipe-init.json'

/** The starter config: validate the TEI folder, no rule changes. */
function starterConfig(teiGlob: string): string {
  return `${JSON.stringify({validate: {files: [teiGlob]}, rules: {}}, null, 2)}\n`
}

/** The `init` command as data (see `cli/command.ts`). */
export const initCommand: CommandSpec = {
  name: 'init',
  summary: "Copy teipipe's schemas into a project (for editors such as oXygen and VS Code) and print the <?xml-model?> lines to use.",
  args: '',
  options: [
    {flags: '--dir <folder>', description: 'folder for the schemas, relative to the working folder', default: 'schemas'},
    {flags: '--tei <folder>', description: 'folder of the TEI files, for the <?xml-model?> lines printed', default: 'tei'},
    {flags: '--with-config', description: 'also write a starter teipipe.config.json (validate.files: the TEI folder)', default: false},
    {flags: '--force', description: 'overwrite files that were changed since teipipe wrote them', default: false}
  ],
  help: [
    `Writes <dir>/${SCHEMA_FILES.grammar} (RELAX NG) and <dir>/${SCHEMA_FILES.rules} (Schematron), and <dir>/${INIT_RECORD}`,
    'recording what was written: running init again after updating teipipe updates the copies nobody changed.',
    'A file that was changed is never overwritten without --force; then nothing is written (exit code 2).',
    'TEI written by teipipe encode names the project\'s schemas/teipipe.rng and schemas/teipipe.sch (relative to the',
    'folder it writes to), so keep the default --dir; without that folder it names ../schemas/.',
    'Exit codes: 0 written or up to date, 2 usage error or a changed file in the way.'
  ].join('\n'),
  action: initAction
}

/** One file init would write, and what it found there. */
interface Planned {
  path: string
  content: string
  state: 'new' | 'same' | 'ours' | 'changed'
}

async function initAction(_args: string[], options: Record<string, unknown>, io: Io): Promise<0 | 1 | 2> {
  const dir = resolve(io.cwd, String(options['dir'] ?? 'schemas'))
  const teiDir = resolve(io.cwd, String(options['tei'] ?? 'tei'))
  const force = Boolean(options['force'])
  const shown = (path: string) => relative(io.cwd, path).split(sep).join('/') || '.'
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`${shown(dir)} is a file, not a folder; name another folder with --dir.`)
  const recordPath = resolve(dir, INIT_RECORD)
  const record = readRecord(recordPath)
  const planned: Planned[] = [] // the two schemas first, then the config
  for (const name of [SCHEMA_FILES.grammar, SCHEMA_FILES.rules]) {
    const content = readFileSync(packagePath('schemas', name), 'utf8')
    planned.push(plan(resolve(dir, name), content, record.files[name]))
  }
  if (options['withConfig']) {
    const configPath = resolve(io.cwd, 'teipipe.config.json')
    const existing = findConfigFile(io.cwd)
    if (existing && existing !== configPath && dirname(existing) === io.cwd) {
      throw new UsageError(`This folder already has a config file, ${basename(existing)}; add "validate": {"files": ["${shown(teiDir)}/**/*.xml"]} to it instead of --with-config.`)
    }
    planned.push(plan(configPath, starterConfig(`${shown(teiDir)}/**/*.xml`), undefined))
  }
  const blocked = planned.filter((p) => p.state === 'changed')
  if (blocked.length > 0 && !force) {
    const list = blocked.map((p) => shown(p.path)).join(', ')
    io.stderr(
      `teipipe: init wrote nothing: ${list} ${blocked.length === 1 ? 'exists and differs' : 'exist and differ'} from teipipe's copy and ${blocked.length === 1 ? 'was' : 'were'} not written by teipipe init (or changed since). ` +
        'Keep your version under another name, or run teipipe init --force to replace it.\n'
    )
    return 2
  }
  const lines: string[] = []
  for (const p of planned) {
    if (p.state === 'same') {
      lines.push(`up to date  ${shown(p.path)}`)
      continue
    }
    writeFileAtomic(p.path, p.content)
    lines.push(`${(p.state === 'new' ? 'wrote' : p.state === 'ours' ? 'updated' : 'replaced').padEnd(11)} ${shown(p.path)}`)
  }
  const files = Object.fromEntries(planned.slice(0, 2).map((p) => [basename(p.path), sha256(p.content)]))
  const recordText = `${JSON.stringify({generator: `teipipe ${VERSION}`, files}, null, 2)}\n`
  if (!existsSync(recordPath) || readFileSync(recordPath, 'utf8') !== recordText) writeFileAtomic(recordPath, recordText)
  const [grammar, rules] = xmlModelLines(teiDir, dir)
  const out = [
    ...lines,
    '',
    `Name the schemas at the top of each TEI file in ${shown(teiDir)}/ (after the <?xml version?> line):`,
    grammar,
    rules,
    '',
    'oXygen and VS Code (Red Hat XML extension) then validate against them as you edit; teipipe validate uses the same schemas.'
  ]
  // teipipe encode names the project's schemas/ (the config's folder, else the working folder) from any output folder.
  const config = findConfigFile(io.cwd)
  const projectSchemas = resolve(config ? dirname(config) : io.cwd, 'schemas')
  if (dir !== projectSchemas) {
    out.push(`teipipe encode names the schemas in ${shown(projectSchemas)}/ (href="${xmlModelLines(teiDir, projectSchemas)[0].replace(/^.*href="([^"]*)".*$/, '$1')}" from ${shown(teiDir)}/; ../schemas/ when there is no such folder), not ${shown(dir)}/: change those lines in the files it writes, or keep the schemas in ${shown(projectSchemas)}/.`)
  }
  io.stdout(`${out.join('\n')}\n`)
  return 0
}

/** What is at `path` compared with `content` and with the hash init recorded for it. */
function plan(path: string, content: string, recorded: string | undefined): Planned {
  if (!existsSync(path)) return {path, content, state: 'new'}
  const current = readFileSync(path, 'utf8')
  if (current === content) return {path, content, state: 'same'}
  return {path, content, state: recorded !== undefined && sha256(current) === recorded ? 'ours' : 'changed'}
}

function readRecord(path: string): {files: Record<string, string>} {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as {files?: Record<string, unknown>}
    const files: Record<string, string> = {}
    for (const [k, v] of Object.entries(data.files ?? {})) if (typeof v === 'string') files[k] = v
    return {files}
  } catch {
    return {files: {}} // no record (or a broken one): every differing file counts as changed
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
