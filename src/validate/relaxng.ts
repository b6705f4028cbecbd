/**
 * The only module importing xmllint-wasm (libxml2): XML Schema (.xsd) validation, all documents in ONE
 * call. RELAX NG is validated by teipipe's own derivative-based validator (relaxng/), which is faster on
 * tei_all and gives exact expected-sets for messages.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {basename, dirname, extname, join} from 'node:path'
import {validateXML, type XMLFileInfo} from 'xmllint-wasm'

/** A document as the engine sees it. */
export interface EngineDocument {
  /** Caller's key, returned with the document's errors. */
  key: string
  text: string
}

/** One libxml2 diagnostic for a document: its line and the text after `file:line: `. */
export interface EngineError {
  line: number
  /** e.g. `element p: Relax-NG validity error : Did not expect element foo there`. */
  message: string
}

/** Per-document verdicts, by key. */
export interface EngineResult {
  errors: Map<string, EngineError[]>
  failed: Set<string>
}

/** Why the engine could not run at all (broken schema, out of memory). */
export class SchemaError extends Error {
  override name = 'SchemaError'
  readonly ruleId: 'schema-error' | 'engine-out-of-memory'
  readonly detail: string
  constructor(message: string, ruleId: 'schema-error' | 'engine-out-of-memory', detail: string) {
    super(message)
    this.ruleId = ruleId
    this.detail = detail
  }
}

const WASM_PAGE = 65_536

/** Validate all documents against an XML Schema (.xsd) file (or RELAX NG, through libxml2) in one engine run. */
export async function validateWithSchema(documents: readonly EngineDocument[], schemaPath: string): Promise<EngineResult> {
  const result: EngineResult = {errors: new Map(), failed: new Set()}
  if (documents.length === 0) return result
  const schemaText = readFileSync(schemaPath, 'utf8')
  return validateOnce(documents, schemaPath, schemaText, result)
}

/** All documents in one xmllint-wasm run (schema compiled for this call only). */
async function validateOnce(documents: readonly EngineDocument[], schemaPath: string, schemaText: string, result: EngineResult): Promise<EngineResult> {
  const schemaName = basename(schemaPath)
  // Synthetic names: libxml2 sees no user paths (no leading dashes, no collisions with the schema).
  const names = documents.map((_, i) => `teipipe-document-${String(i).padStart(6, '0')}.xml`)
  const byName = new Map(names.map((n, i) => [n, documents[i]?.key ?? '']))
  const totalBytes = documents.reduce((sum, d) => sum + d.text.length * 3, 0)
  // The default 32 MiB fails on a 1 MB file; the tree of the largest file plus all inputs must fit.
  const largest = Math.max(...documents.map((d) => d.text.length * 3))
  const pages = Math.min(65_536, Math.ceil((256 * 2 ** 20 + totalBytes + largest * 12) / WASM_PAGE))
  let output: Awaited<ReturnType<typeof validateXML>>
  try {
    output = await validateXML({
      xml: documents.map((d, i) => ({fileName: names[i] ?? '', contents: d.text})),
      schema: {fileName: schemaName, contents: schemaText},
      preload: siblingSchemas(schemaPath, schemaText),
      extension: extname(schemaPath).toLowerCase() === '.xsd' ? 'schema' : 'relaxng',
      maxMemoryPages: pages
    })
  } catch (error) {
    const e = error as {code?: number; message?: string}
    const detail = String(e.message ?? error).trim()
    if (e.code === 9 || /out of memory/i.test(detail)) {
      throw new SchemaError(`The validator ran out of memory (${documents.length} files, ${Math.round(totalBytes / 3 / 2 ** 20)} MB); validate fewer or smaller files at once.`, 'engine-out-of-memory', detail)
    }
    throw new SchemaError(`The schema ${schemaPath} could not be used: ${firstLine(detail)}`, 'schema-error', detail)
  }
  for (const line of output.rawOutput.split('\n')) {
    const failed = /^(teipipe-document-\d+\.xml) fails to validate$/.exec(line)
    if (failed) {
      result.failed.add(byName.get(failed[1] ?? '') ?? '')
      continue
    }
    const located = /^(teipipe-document-\d+\.xml):(\d+): (.*)$/.exec(line)
    const key = located ? byName.get(located[1] ?? '') : undefined
    if (!located || key === undefined) continue // libxml2's context lines (source excerpt, caret)
    const list = result.errors.get(key) ?? []
    list.push({line: Number(located[2]), message: located[3] ?? ''})
    result.errors.set(key, list)
  }
  return result
}

/** Other schema files beside the schema, when it includes or imports some (`href`, `schemaLocation`). */
function siblingSchemas(schemaPath: string, schemaText: string): XMLFileInfo[] {
  if (!/\b(href|schemaLocation)\s*=/.test(schemaText)) return []
  const dir = dirname(schemaPath)
  return readdirSync(dir)
    .filter((f) => /\.(rng|xsd)$/i.test(f) && f !== basename(schemaPath))
    .map((f) => ({fileName: f, contents: readFileSync(join(dir, f), 'utf8')}))
}

function firstLine(text: string): string {
  const lines = text.split('\n').filter((l) => /error/i.test(l))
  return (lines[0] ?? text.split('\n')[0] ?? '').replace(/^\S+:\d+: /, '').trim()
}
