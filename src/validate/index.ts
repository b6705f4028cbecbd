/**
 * Validation of a set of files: well-formedness, then RELAX NG (or XSD) in one engine run for all
 * files, then Schematron per document. Problems become messages on the files; one bad file never
 * stops the others.
 */
import {existsSync} from 'node:fs'
import {extname, resolve} from 'node:path'
import type {TeiFile} from '../core/file.js'
import {createMessage} from '../core/message.js'
import {packagePath} from '../core/paths.js'
import {errorText} from '../core/pipeline.js'
import {parseXml} from '../parse/parse-xml.js'
import {isTeiRoot, startTagPosition, type XmlElement, type XmlTree} from '../parse/tree.js'
import type {EngineDocument} from './relaxng.js'
import {rewriteEngineErrors} from './relaxng-messages.js'
import {attributeIndex} from './relaxng-index.js'
import {RngSchemaError, loadRng, validateWithRng} from './relaxng/index.js'
import type {CompiledSchematron} from './schematron/index.js'
import {associate, type Resolution} from './associate.js'
import {embeddedSchematron} from './schematron/embedded.js'
import {dropRestatedMessages} from './restated.js'
import {explainCompileError} from './schematron/compile-error.js'
import './rules.js'

/** Which schema and rules to validate against. */
export interface ValidateOptions {
  /** RELAX NG (.rng) or XML Schema (.xsd) for every file, overriding each file's `<?xml-model?>`. */
  schema?: string
  /** ISO Schematron file for every file, or `false` for none. Default: the file's own, else teipipe's rules (none when `schema` is given). */
  schematron?: string | false
  /** How `<?xml-model?>` hrefs resolve (config `schemaMap`, catalogs, network). */
  resolution?: Resolution
  /** Folder relative file paths are read from (default: the process's working folder). */
  cwd?: string
  /** Schematron phase (ISO 2020 §5.4.13); default the schema's defaultPhase, else all patterns. */
  phase?: string
  /** Follow each file's `<?xml-model?>` (the CLI does); default false: teipipe's schema and rules for every file. */
  associate?: boolean
  /**
   * Run the Schematron embedded in a file's RELAX NG schema (TEI ODD `constraintSpec`s, as in tei_all.rng)
   * after the grammar, as oXygen does; default false (tei_all's 93 patterns cost ~30 s per 500 kB document on
   * saxon-js, far from Jing's speed). Config `validate.embeddedSchematron`.
   */
  embeddedSchematron?: boolean
}

/** The schema and Schematron files `options` resolve to for a file that names none. */
export function resolveSchemas(options: ValidateOptions = {}): {schema: string; schematron: string | undefined} {
  const schema = options.schema ?? packagePath('schemas/teipipe.rng')
  const schematron = options.schematron === false ? undefined : (options.schematron ?? (options.schema === undefined ? packagePath('schemas/teipipe.sch') : undefined))
  return {schema, schematron}
}

/**
 * Validate `file.tei ?? file.source` of every file; messages are added to the files. Each file is
 * checked against its own `<?xml-model?>` schemas unless `options` override them; files naming none get
 * teipipe's schema and rules.
 */
export async function validateFiles(files: TeiFile[], options: ValidateOptions = {}): Promise<void> {
  const trees = new Map<TeiFile, XmlTree>()
  for (const file of files) {
    const tree = parseFile(file)
    if (tree) trees.set(file, tree)
  }
  const ready = files.filter((f) => trees.has(f))
  const grammars = new Map<string, TeiFile[]>()
  const rules = new Map<string, TeiFile[]>()
  /** Rules extracted from a RELAX NG schema: extracted .sch → the schema they came from (for messages). */
  const embeddedFrom = new Map<string, string>()
  const overrides = {...(options.schema !== undefined ? {schema: options.schema} : {}), ...(options.schematron !== undefined ? {schematron: options.schematron} : options.schema !== undefined ? {schematron: false as const} : {})}
  for (const file of ready) {
    const tree = trees.get(file) as XmlTree
    const association = options.associate
      ? await associate(tree, resolve(options.cwd ?? process.cwd(), file.path), file.path, overrides, options.resolution ?? {})
      : {...(overrides.schema !== undefined ? {grammar: overrides.schema} : {grammar: packagePath('schemas/teipipe.rng')}), schematron: overrides.schematron === false ? [] : [overrides.schematron ?? packagePath('schemas/teipipe.sch')], messages: []}
    file.messages.push(...association.messages)
    // Read by the validate command, which says once per run that teipipe's own schema stood in.
    if ('defaulted' in association && association.defaulted) file.data.schemaDefaulted = true
    if (association.grammar) grammars.set(association.grammar, [...(grammars.get(association.grammar) ?? []), file])
    const sch = [...association.schematron]
    if (options.embeddedSchematron === true) {
      const rngs = new Set([...(association.grammar ? [association.grammar] : []), ...('embedded' in association ? association.embedded : [])])
      for (const rng of rngs) {
        const found = embeddedRules(rng)
        if (!found) continue
        embeddedFrom.set(found, rng)
        sch.push(found)
      }
    }
    for (const path of new Set(sch)) rules.set(path, [...(rules.get(path) ?? []), file])
  }
  for (const [schema, group] of grammars) await validateGrammar(group, trees, schema)
  for (const [schematron, group] of rules) await validateRules(group, trees, schematron, embeddedFrom.has(schematron) ? undefined : options.phase, options.cwd, embeddedFrom.get(schematron))
  for (const file of ready) dropRestatedMessages(file)
}

/** The extracted .sch of a RELAX NG schema's embedded Schematron, if it has any (problems reading it are the grammar's to report). */
function embeddedRules(rng: string): string | undefined {
  if (extname(rng).toLowerCase() !== '.rng' || !existsSync(rng)) return undefined
  try {
    return embeddedSchematron(rng)?.path
  } catch {
    return undefined
  }
}

/** Well-formedness and the TEI root check; the tree is kept in `file.data.tree`. */
function parseFile(file: TeiFile): XmlTree | undefined {
  const result = parseXml(file.tei ?? file.source, file.path)
  file.messages.push(...result.messages)
  const tree = result.tree
  if (!tree || file.fatal) return undefined
  if (!isTeiRoot(tree)) {
    const root = tree.root
    const found = root.uri ? `<${root.local}> in the namespace ${root.uri}` : `<${root.local}> in no namespace`
    file.message(`This is not a TEI document: the root element is ${found}, but TEI documents start with <TEI> (or <teiCorpus>) in the namespace http://www.tei-c.org/ns/1.0.`, {
      ruleId: 'not-tei',
      source: 'xml',
      severity: 'error',
      fatal: true,
      place: startTagPosition(tree, root)
    })
    return undefined
  }
  file.data.tree = tree
  return tree
}

/** RELAX NG / XSD for all files in one engine run. */
async function validateGrammar(files: TeiFile[], trees: Map<TeiFile, XmlTree>, schema: string): Promise<void> {
  if (files.length === 0) return
  if (!existsSync(schema)) {
    failAll(files, 'schema-error', `The schema ${schema} does not exist, so the files could not be validated.`, 'relaxng')
    return
  }
  if (extname(schema).toLowerCase() !== '.xsd') {
    validateRng(files, trees, schema)
    return
  }
  // libxml2 (xmllint-wasm) is loaded only for XML Schema.
  const {SchemaError, validateWithSchema} = await import('./relaxng.js')
  const documents: EngineDocument[] = files.map((f, i) => ({key: String(i), text: trees.get(f)?.text ?? ''}))
  try {
    const result = await validateWithSchema(documents, schema)
    const index = result.failed.size > 0 ? attributeIndex(schema) : undefined
    files.forEach((file, i) => {
      const tree = trees.get(file) as XmlTree
      const messages = rewriteEngineErrors(result.errors.get(String(i)) ?? [], tree, file.path, index)
      file.messages.push(...messages)
      if (result.failed.has(String(i)) && messages.length === 0 && !(result.errors.get(String(i)) ?? []).some((e) => /ID .* already defined|Invalid attribute id/.test(e.message))) {
        file.message('The document does not match the schema (the validator gave no detail).', {ruleId: 'schema-invalid', source: 'relaxng', severity: 'error', place: startTagPosition(tree, tree.root)})
      }
    })
  } catch (error) {
    if (error instanceof SchemaError) failAll(files, error.ruleId, error.message, 'relaxng', error.detail)
    else failAll(files, 'schema-error', `The schema ${schema} could not be read: ${errorText(error)}`, 'relaxng')
  }
}

/** RELAX NG with teipipe's own validator: the schema compiled once, each tree checked. */
function validateRng(files: TeiFile[], trees: Map<TeiFile, XmlTree>, schema: string): void {
  if (extname(schema).toLowerCase() === '.rnc') {
    failAll(files, 'schema-error', `The schema ${schema} is in RELAX NG compact syntax, which teipipe does not read; use the XML syntax (.rng) of the same schema (TEI publishes both; trang converts one into the other).`, 'relaxng')
    return
  }
  let compiled: ReturnType<typeof loadRng>
  try {
    compiled = loadRng(schema)
  } catch (error) {
    const where = error instanceof RngSchemaError ? ` (${error.file}${error.line ? `, line ${error.line}` : ''})` : ''
    failAll(files, 'schema-error', `The schema ${schema} could not be used: ${errorText(error)}${where}.`, 'relaxng')
    return
  }
  for (const file of files) {
    try {
      file.messages.push(...validateWithRng(schema, compiled, trees.get(file) as XmlTree, file.path))
    } catch (error) {
      file.message(`The schema could not be applied to this file: ${errorText(error)}`, {ruleId: 'schema-error', source: 'relaxng', severity: 'error', fatal: true})
    }
  }
}

/**
 * Schematron per document, compiled once (saxon-js is loaded only when rules are run). `embeddedIn` names
 * the RELAX NG schema the rules were extracted from (then `path` is the extracted copy in the cache).
 */
async function validateRules(files: TeiFile[], trees: Map<TeiFile, XmlTree>, path: string, phase?: string, cwd?: string, embeddedIn?: string): Promise<void> {
  if (files.length === 0) return
  const {loadSchematron} = await import('./schematron/index.js')
  let schema: CompiledSchematron
  try {
    if (!existsSync(path)) throw new Error('the file does not exist')
    schema = loadSchematron(path, phase, cwd)
  } catch (error) {
    const split = embeddedIn ? await splitEmbedded(path, cwd) : undefined
    if (embeddedIn && split) {
      // Rules embedded in a schema are not the user's to fix: run those that compile, name each that does not.
      for (const refused of split.refused) {
        for (const file of files) {
          file.message(`The Schematron pattern ${refused.id} embedded in ${embeddedIn} (rule context ${refused.contexts.join(', ') || 'none'}) was not run: the XSLT engine (saxon-js) cannot compile it: ${refused.reason}`, {ruleId: 'schematron-embedded', source: 'schematron', severity: 'warning'})
        }
      }
      if (!split.schema) return
      schema = split.schema
      await runRules(files, trees, schema)
      return
    }
    const raw = errorText(error).replace(/^could not compile a generated stylesheet: /, '').replace(/\s*\n\s*/g, ' ').replace(/ in \S*[0-9a-f]{16}\.xsl/g, '')
    const detail = embeddedIn ? raw : explainCompileError(raw, path)
    const what = embeddedIn ? `embedded in ${embeddedIn}` : path
    failAll(files, 'schematron-error', `The Schematron rules ${what} could not be used: ${detail.split(path).join(embeddedIn ?? path)}`, 'schematron')
    return
  }
  await runRules(files, trees, schema)
}

/** Embedded rules compiled pattern by pattern (undefined when even that is impossible: the caller reports the error). */
async function splitEmbedded(path: string, cwd?: string): Promise<import('./schematron/embedded-split.js').SplitSchematron | undefined> {
  try {
    const {compilePatternByPattern} = await import('./schematron/embedded-split.js')
    return compilePatternByPattern(path, cwd)
  } catch {
    return undefined
  }
}

/** Run compiled Schematron over each file; a document too deep for the engine gets its own message. */
async function runRules(files: TeiFile[], trees: Map<TeiFile, XmlTree>, schema: CompiledSchematron): Promise<void> {
  const {checkSchematron} = await import('./schematron/index.js')
  for (const file of files) {
    try {
      file.messages.push(...checkSchematron(schema, trees.get(file) as XmlTree, file.path))
    } catch (error) {
      const text = errorText(error)
      if (/Maximum call stack size exceeded|too much recursion/i.test(text)) {
        // A document's own depth, not the rules, is the cause: say so for this file and go on (exit 1, not 2).
        const tree = trees.get(file) as XmlTree
        const depth = depthOf(tree.root)
        // Only deep nesting is blamed on nesting: the engine's stack also runs out inside some XPath
        // functions over very long strings, and that must not be reported as depth.
        if (depth >= 200) file.message(`The Schematron rules could not be run on this file: its elements nest ${depth} levels deep, deeper than the XSLT engine can follow. The schema (RELAX NG) checks were made; flatten the nesting to have the rules checked too.`, {ruleId: 'nesting-too-deep', source: 'schematron', severity: 'error', place: startTagPosition(tree, tree.root)})
        else file.message(`The Schematron rules could not be run on this file: the XSLT engine (saxon-js) ran out of stack space on it, although its elements nest only ${depth} levels deep; the likely cause is a rule applying an XPath function to a very long text (saxon-js's translate() fails on strings of about 100,000 characters). The schema (RELAX NG) checks were made; check the rules' functions, or split the long element.`, {ruleId: 'schematron-engine-limit', source: 'schematron', severity: 'error', place: startTagPosition(tree, tree.root)})
      } else file.message(`The Schematron rules failed on this file: ${text}`, {ruleId: 'schematron-error', source: 'schematron', severity: 'error'})
    }
  }
}

/** The deepest element nesting of a tree (iteratively: the tree may be deeper than the call stack). */
function depthOf(root: XmlElement): number {
  let deepest = 0
  const stack: [XmlElement, number][] = [[root, 1]]
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [XmlElement, number]
    if (depth > deepest) deepest = depth
    for (const child of element.children) if (child.type === 'element') stack.push([child, depth + 1])
  }
  return deepest
}

function failAll(files: TeiFile[], ruleId: string, reason: string, source: 'relaxng' | 'schematron', note?: string): void {
  for (const file of files) file.messages.push(createMessage(reason, {ruleId, source, file: file.path, severity: 'error', fatal: true, ...(note ? {note} : {})}))
}
