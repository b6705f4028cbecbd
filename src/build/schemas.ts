/**
 * Which schema files a document's check depended on, so that the build cache checks a document again
 * when one of them changes: the schemas its `<?xml-model?>` names (W3C "Associating Schemas with XML
 * documents 1.0", resolved as `validateFiles` resolves them, see src/validate/associate.ts) or the
 * configured / teipipe's own ones.
 */
import {isAbsolute, relative, resolve, sep} from 'node:path'
import type {TeiFile} from '../core/file.js'
import {associate} from '../validate/associate.js'
import {resolveSchemas, type ValidateOptions} from '../validate/index.js'
import type {XmlTree} from '../parse/tree.js'
import {fileHash} from './hash.js'

/** A schema file a check used: its path (relative to the project folder when inside it, else absolute) and content hash. */
export type SchemaDependency = [path: string, hash: string]

/** Marks a check that must run again on the next build (a schema that could not be found may appear). */
const NEVER: SchemaDependency = ['', 'never']

/**
 * The schema files (absolute paths) `file` was validated against by `validateFiles(…, options)`, read
 * from its parsed tree (`file.data.tree`, kept by validateFiles); `undefined` when the result must not be
 * reused (a schema named by the file was not found). Files that could not be parsed depend on none.
 */
export async function schemasUsed(file: TeiFile, options: ValidateOptions): Promise<string[] | undefined> {
  if (file.messages.some((m) => m.ruleId === 'schema-not-found')) return undefined
  const tree = file.data['tree'] as XmlTree | undefined
  if (tree === undefined) return []
  if (!options.associate) {
    const {schema, schematron} = resolveSchemas(options)
    return [schema, ...(schematron === undefined ? [] : [schematron])]
  }
  const overrides = {...(options.schema !== undefined ? {schema: options.schema} : {}), ...(options.schematron !== undefined ? {schematron: options.schematron} : options.schema !== undefined ? {schematron: false as const} : {})}
  const found = await associate(tree, resolve(options.cwd ?? process.cwd(), file.path), file.path, overrides, options.resolution ?? {})
  return [...(found.grammar === undefined ? [] : [found.grammar]), ...found.schematron]
}

/** The cache form of `schemasUsed`'s answer: paths made relative to the project folder `dir` when inside it, with their hashes. */
export function schemaDependencies(dir: string, used: readonly string[] | undefined, hashOf: (path: string) => string = fileHash): SchemaDependency[] {
  if (used === undefined) return [NEVER]
  return [...new Set(used)].sort().map((path) => {
    const inside = relative(dir, path)
    const shown = inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside.split(sep).join('/') : path
    return [shown, hashOf(path)]
  })
}

/** Whether every recorded schema file still has the content it had (`hashOf` memoises within a build). */
export function schemasUnchanged(dir: string, recorded: readonly SchemaDependency[] | undefined, hashOf: (path: string) => string): boolean {
  if (recorded === undefined) return false
  return recorded.every(([path, hash]) => path !== '' && hashOf(isAbsolute(path) ? path : resolve(dir, path)) === hash)
}
