/**
 * RELAX NG validation for teipipe: a schema compiled once per process (per path and content) and the
 * derivative validator run over each file's positioned tree. Messages are worded in messages.ts.
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Message} from '../../core/message.js'
import type {XmlTree} from '../../parse/tree.js'
import {problemMessages} from './messages.js'
import {allElements, ncNames, type Name} from './pattern.js'
import {compileRng, type CompiledRng} from './schema.js'
import {validateTree} from './validator.js'
import {cacheDirectory, writeCacheEntry} from '../../core/cache.js'

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
  const digest = hash(schema.files)
  // Compile every element now: a broken part of the schema is reported at once, whether or not a document
  // reaches it. That is a third of a run's time for tei_all, so it is done once per schema content: a
  // marker in the user's cache records that this content compiled whole (then elements compile as reached).
  const marker = checkedMarker(digest)
  if (marker && existsSync(marker)) {
    cache.set(path, {hash: digest, schema})
    return schema
  }
  const names = new Map<string, Name>()
  for (const e of allElements(schema.start)) if (e.nc) ncNames(e.nc, names, {value: false})
  cache.set(path, {hash: digest, schema, names: [...names.values()]})
  if (marker) writeCacheEntry(marker, '')
  return schema
}

/** The marker file saying that a schema of this content hash compiled whole (undefined without a writable cache). */
function checkedMarker(digest: string): string | undefined {
  try {
    return join(cacheDirectory('relaxng', 'user'), `${digest.slice(0, 32)}.compiled`)
  } catch {
    return undefined
  }
}

/** Validate one tree against a compiled schema (`_path`: its file, unused since suggestions come from the expected names); messages in document order. */
export function validateWithRng(_path: string, schema: CompiledRng, tree: XmlTree, file: string): Message[] {
  const problems = validateTree(schema, tree.root)
  return problemMessages(problems, tree, file)
}

