/**
 * Validation of a set of files: well-formedness, then RELAX NG (or XSD) in one engine run for all
 * files, then Schematron per document. Problems become messages on the files; one bad file never
 * stops the others.
 */
import {existsSync} from 'node:fs'
import {extname} from 'node:path'
import type {TeiFile} from '../core/file.js'
import {createMessage} from '../core/message.js'
import {packagePath} from '../core/paths.js'
import {errorText} from '../core/pipeline.js'
import {parseXml} from '../parse/parse-xml.js'
import {isTeiRoot, startTagPosition, type XmlTree} from '../parse/tree.js'
import {SchemaError, validateWithSchema, type EngineDocument} from './relaxng.js'
import {rewriteEngineErrors} from './relaxng-messages.js'
import {attributeIndex} from './relaxng-index.js'
import {RngSchemaError, loadRng, validateWithRng} from './relaxng/index.js'
import {checkSchematron, loadSchematron, type CompiledSchematron} from './schematron/index.js'
import './rules.js'

/** Which schema and rules to validate against. */
export interface ValidateOptions {
  /** RELAX NG (.rng) or XML Schema (.xsd); default: teipipe's own schema. */
  schema?: string
  /** ISO Schematron file, or `false` for none. Default: teipipe's rules, but none when `schema` is given. */
  schematron?: string | false
}

/** The schema and Schematron files `options` resolve to. */
export function resolveSchemas(options: ValidateOptions = {}): {schema: string; schematron: string | undefined} {
  const schema = options.schema ?? packagePath('schemas/teipipe.rng')
  const schematron = options.schematron === false ? undefined : (options.schematron ?? (options.schema === undefined ? packagePath('schemas/teipipe.sch') : undefined))
  return {schema, schematron}
}

/** Validate `file.tei ?? file.source` of every file; messages are added to the files. */
export async function validateFiles(files: TeiFile[], options: ValidateOptions = {}): Promise<void> {
  const {schema, schematron} = resolveSchemas(options)
  const trees = new Map<TeiFile, XmlTree>()
  for (const file of files) {
    const tree = parseFile(file)
    if (tree) trees.set(file, tree)
  }
  const ready = files.filter((f) => trees.has(f))
  await validateGrammar(ready, trees, schema)
  if (schematron) validateRules(ready, trees, schematron)
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

/** Schematron per document, compiled once. */
function validateRules(files: TeiFile[], trees: Map<TeiFile, XmlTree>, path: string): void {
  if (files.length === 0) return
  let schema: CompiledSchematron
  try {
    if (!existsSync(path)) throw new Error('the file does not exist')
    schema = loadSchematron(path)
  } catch (error) {
    const detail = errorText(error).replace(/^could not compile a generated stylesheet: /, '').replace(/\s*\n\s*/g, ' ').replace(/ in \.teipipe-cache\/\S+\.xsl/g, '')
    failAll(files, 'schematron-error', `The Schematron rules ${path} could not be used: ${detail}`, 'schematron')
    return
  }
  for (const file of files) {
    try {
      file.messages.push(...checkSchematron(schema, trees.get(file) as XmlTree, file.path))
    } catch (error) {
      file.message(`The Schematron rules failed on this file: ${errorText(error)}`, {ruleId: 'schematron-error', source: 'schematron', severity: 'error'})
    }
  }
}

function failAll(files: TeiFile[], ruleId: string, reason: string, source: 'relaxng' | 'schematron', note?: string): void {
  for (const file of files) file.messages.push(createMessage(reason, {ruleId, source, file: file.path, severity: 'error', fatal: true, ...(note ? {note} : {})}))
}
