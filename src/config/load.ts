/** Reading and checking a config file: YAML or JSON text → TeipipeConfig, problems with line and column. */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {basename, dirname, isAbsolute, resolve} from 'node:path'
import type {ErrorObject, ValidateFunction} from 'ajv'
import type {Document, LineCounter} from 'yaml'
import {createMessage, type Message, type Position} from '../core/message.js'
import {jsonSyntaxError} from '../core/json-error.js'
import {fileErrorReason} from '../core/file-errors.js'
import {configSchema, type TeipipeConfig} from './schema.js'
import {findConfigFile} from './find.js'

/** A loaded configuration and where it came from. */
export interface LoadedConfig {
  /** The configuration (empty when there is no file, or when the file has errors). */
  config: TeipipeConfig
  /** The config file's path, when one was found or named. */
  path?: string
  /** The folder relative config paths are resolved against (the config file's folder, else `cwd`). */
  dir: string
  /** Problems with the file (rule `config-invalid`, source `cli`); any error means exit code 2. */
  messages: Message[]
}

// Loaded and compiled on first use: most runs have no config file, and loading yaml, ajv and
// fastest-levenshtein costs ~0.15 s of CPU (compiling the schema ~0.1 s more) that a no-op build would pay.
// They are CommonJS packages, so require() loads them synchronously where they are needed.
const require = createRequire(import.meta.url)
const yaml = (): typeof import('yaml') => require('yaml') as typeof import('yaml')
let compiled: ValidateFunction<TeipipeConfig> | undefined
const configValidator = (): ValidateFunction<TeipipeConfig> => (compiled ??= new (require('ajv') as typeof import('ajv')).Ajv({allErrors: true, strict: false}).compile<TeipipeConfig>(configSchema))

/**
 * Load the project configuration for `cwd`: the file named by `configPath` (relative to `cwd`), else the
 * one {@link findConfigFile} finds. Accepts JSON or YAML (by content, whatever the name; a `.json` file must be JSON); in package.json
 * the `teipipe` key. Checked against {@link configSchema}; each problem becomes an error message with the
 * file, line and column of the offending key or value. Never throws for a user's file: a missing named
 * file, unreadable or unparsable text, and schema violations are all messages (and `config` is then `{}`).
 */
export function loadConfig(options: {cwd: string; configPath?: string}): LoadedConfig {
  const path = options.configPath === undefined ? findConfigFile(options.cwd) : resolve(options.cwd, options.configPath)
  if (path === undefined) return {config: {}, dir: options.cwd, messages: []}
  const dir = dirname(path)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'The config file does not exist.' : `The config file cannot be read: ${fileErrorReason(error, 'read')}.`
    return {config: {}, path, dir, messages: [problem(path, reason)]}
  }
  return parseConfigText(text, path)
}

/** Parse and check config text that came from `path` (which decides nothing but the reports and `dir`). */
export function parseConfigText(text: string, path: string): LoadedConfig {
  const dir = dirname(path)
  const {LineCounter, parseDocument} = yaml()
  const lines = new LineCounter()
  const body = text.replace(/^\uFEFF/, '')
  const doc = parseDocument(body, {lineCounter: lines, prettyErrors: false, uniqueKeys: true})
  // A .json file is JSON (RFC 8259): YAML would accept a trailing comma or a comment that JSON tools reject.
  if (path.toLowerCase().endsWith('.json')) {
    const error = jsonSyntaxError(body)
    if (error !== undefined) return {config: {}, path, dir, messages: [problem(path, `The config file is not valid JSON: ${error.sentence} (the JSON parser says: ${error.raw}).`, error.place)]}
  }
  if (doc.errors.length > 0) {
    // The first error only: the parser's later ones follow from it (one broken line makes three).
    const messages = doc.errors.slice(0, 1).map((e) => {
      const at = place(lines, e.pos[0], e.pos[1])
      return problem(path, `The config file cannot be read as YAML at line ${at.start.line}, column ${at.start.column}: ${yamlSentence(e.code)} (the YAML parser says: ${plainYamlError(e.message)}).`, at)
    })
    return {config: {}, path, dir, messages}
  }
  const prefix = basename(path) === 'package.json' ? ['teipipe'] : []
  const data: unknown = prefix.length > 0 ? (doc.toJS() as Record<string, unknown>)['teipipe'] : doc.toJS()
  if (data === null || data === undefined) return {config: {}, path, dir, messages: []}
  const validateConfig = configValidator()
  if (validateConfig(data)) return {config: data, path, dir, messages: []}
  const messages = (validateConfig.errors ?? []).map((e) => schemaProblem(e, doc, lines, path, prefix))
  return {config: {}, path, dir, messages: dedupe(messages)}
}

/** A path from the config, made absolute against the config's folder. */
export function resolveConfigPath(loaded: Pick<LoadedConfig, 'dir'>, path: string): string {
  return isAbsolute(path) ? path : resolve(loaded.dir, path)
}

function schemaProblem(error: ErrorObject, doc: Document, lines: LineCounter, path: string, prefix: string[]): Message {
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
  const where = segments.length > 0 ? `"${segments.join('.')}"` : 'The top level'
  let reason: string
  let keyPath = segments
  let atKey = false
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params['additionalProperty'])
      keyPath = [...segments, key]
      atKey = true
      reason = `${segments.length > 0 ? `${where} has` : 'The config has'} an unknown key "${key}"${suggest(key, error)}.`
      break
    }
    case 'propertyNames':
      reason = `${where} has a key that is not a rule id (rule ids are lower-case words joined by hyphens, as in "ref-target-exists").`
      break
    case 'enum':
      reason = `${where} must be one of ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`
      break
    case 'type':
      reason = `${where} must be ${article(String(error.params['type']))}.`
      break
    default:
      reason = `${where} ${error.message ?? 'is not allowed'}.`
  }
  const node = doc.getIn([...prefix, ...keyPath], true)
  const {isNode} = yaml()
  let range = isNode(node) ? node.range : undefined
  if (atKey) {
    // Point at the key itself, not its value.
    const parent = doc.getIn([...prefix, ...segments], true) as {items?: {key: unknown}[]} | undefined
    const pair = parent?.items?.find((p) => isNode(p.key) && String((p.key as {value?: unknown}).value) === keyPath.at(-1))
    if (pair && isNode(pair.key)) range = pair.key.range
  }
  return problem(path, reason, range ? place(lines, range[0], range[1]) : undefined)
}

function suggest(key: string, error: ErrorObject): string {
  const schemaPath = error.schemaPath.split('/').slice(1, -1)
  let node: unknown = configSchema
  for (const s of schemaPath) node = (node as Record<string, unknown> | undefined)?.[s]
  const known = Object.keys(((node as {properties?: object} | undefined)?.properties) ?? {})
  const {distance} = require('fastest-levenshtein') as typeof import('fastest-levenshtein')
  const close = known.find((k) => k.toLowerCase() === key.toLowerCase() || distance(k, key) <= 2)
  const list = known.filter((k) => k !== '$schema')
  return close ? ` (did you mean "${close}"?)` : list.length > 0 ? ` (known keys: ${list.join(', ')})` : ''
}

function article(type: string): string {
  return {object: 'a group of keys ({…})', array: 'a list ([…])', string: 'a text value', boolean: 'true or false', integer: 'a whole number', number: 'a number'}[type] ?? `a ${type}`
}

function place(lines: LineCounter, start: number, end: number): Position {
  const s = lines.linePos(start)
  const e = lines.linePos(Math.max(start, end))
  return {start: {line: s.line, column: s.col, offset: start}, end: {line: e.line, column: e.col, offset: end}}
}

function problem(path: string, reason: string, at?: Position): Message {
  return createMessage(reason, {ruleId: 'config-invalid', source: 'cli', severity: 'error', file: path, ...(at ? {place: at} : {})})
}

/** A plain sentence for a YAML parser error code (the yaml package's codes). */
function yamlSentence(code: string): string {
  switch (code) {
    case 'BAD_INDENT':
    case 'TAB_AS_INDENT':
      return 'the indentation here does not line up with the lines above (indent with spaces, nested items further in than their key)'
    case 'DUPLICATE_KEY':
      return 'the same key appears twice in one section'
    case 'MISSING_CHAR':
      return 'a key needs a colon and a value after it, and a bracket or quote that is opened must be closed'
    default:
      return 'this line is not a "key: value" setting the config understands'
  }
}

function plainYamlError(text: string): string {
  return text.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? text
}

function dedupe(messages: Message[]): Message[] {
  const seen = new Set<string>()
  return messages.filter((m) => {
    const key = `${m.place?.start.line}:${m.place?.start.column}:${m.reason}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
