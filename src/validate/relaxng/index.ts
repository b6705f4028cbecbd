/**
 * RELAX NG validation for teipipe: a schema compiled once per process (per path and content) and the
 * derivative validator run over each file's positioned tree. Messages are worded in messages.ts.
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import type {Message} from '../../core/message.js'
import type {XmlTree} from '../../parse/tree.js'
import {problemMessages} from './messages.js'
import {allElements, ncNames, type Name} from './pattern.js'
import {compileRng, type CompiledRng} from './schema.js'
import {validateTree} from './validator.js'

export {RngSchemaError} from './schema.js'

const cache = new Map<string, {hash: string; schema: CompiledRng; names?: Name[]}>()

/** The compiled schema for a file, compiled again only when the file (or an included one) changed. Throws RngSchemaError. */
export function loadRng(path: string): CompiledRng {
  const known = cache.get(path)
  const hash = (files: readonly string[]) => {
    const h = createHash('sha256')
    for (const f of files) h.update(f).update('\0').update(readFileSync(f))
    return h.digest('hex')
  }
  if (known && hash(known.schema.files) === known.hash) return known.schema
  const schema = compileRng(path)
  // Compile every element now (≈0.1 s for tei_all): a broken part of the schema is reported at once,
  // whether or not a document reaches it; the list also feeds "did you mean".
  const names = new Map<string, Name>()
  for (const e of allElements(schema.start)) if (e.nc) ncNames(e.nc, names, {value: false})
  cache.set(path, {hash: hash(schema.files), schema, names: [...names.values()]})
  return schema
}

/** Validate one tree against a compiled schema; messages in document order. */
export function validateWithRng(path: string, schema: CompiledRng, tree: XmlTree, file: string): Message[] {
  const problems = validateTree(schema, tree.root)
  return problemMessages(problems, tree, file, () => elementNames(path, schema))
}

/** Every element name of the schema (compiles the whole schema once; used for "did you mean"). */
function elementNames(path: string, schema: CompiledRng): Name[] {
  const entry = cache.get(path)
  if (entry?.names && entry.schema === schema) return entry.names
  const names = new Map<string, Name>()
  for (const e of allElements(schema.start)) if (e.nc) ncNames(e.nc, names, {value: false})
  const list = [...names.values()]
  if (entry && entry.schema === schema) entry.names = list
  return list
}
