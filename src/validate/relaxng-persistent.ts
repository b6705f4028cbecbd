/**
 * The only module that imports libxml2-wasm: a RELAX NG schema compiled once per process (per path and
 * content hash) and reused, so a second validation costs milliseconds instead of a recompilation.
 * Errors come out in the same `element X: Relax-NG validity error : …` form as xmllint's output.
 */
import {createHash} from 'node:crypto'
import {ParseOption, RelaxNGValidator, XmlDocument, XmlValidateError, type ErrorDetail} from 'libxml2-wasm'

/** One document's verdict: its raw diagnostics (line + xmllint-style text), or undefined when this engine could not decide. */
export interface PersistentVerdict {
  valid: boolean
  errors: {line: number; message: string}[]
}

interface Compiled {
  hash: string
  validator: RelaxNGValidator
}

const compiled = new Map<string, Compiled>()

// No NOENT, no DTDLOAD, no XInclude; NO_XXE so that nothing external is ever read. Documents arrive with
// internal entities already expanded (`expandInternalEntities` in src/parse). No BIG_LINES: xmllint-wasm
// caps lines the same way, and the message placer expects that cap.
const PARSE = ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_NONET

/** The cached validator for this schema text, compiling it when the path is new or its content changed. */
export function persistentValidator(schemaPath: string, schemaText: string): RelaxNGValidator {
  const hash = createHash('sha256').update(schemaText).digest('hex')
  const known = compiled.get(schemaPath)
  if (known?.hash === hash) return known.validator
  if (known) {
    known.validator.dispose()
    compiled.delete(schemaPath)
  }
  const schemaDoc = XmlDocument.fromString(schemaText, {option: PARSE})
  try {
    const validator = RelaxNGValidator.fromDoc(schemaDoc)
    compiled.set(schemaPath, {hash, validator})
    return validator
  } finally {
    schemaDoc.dispose()
  }
}

/** How many schemas are compiled in this process (for tests). */
export function compiledSchemaCount(): number {
  return compiled.size
}

/** Validate one document; throws when libxml2-wasm cannot parse or check it (the caller falls back). */
export function validatePersistent(validator: RelaxNGValidator, text: string): PersistentVerdict {
  const doc = XmlDocument.fromString(text, {option: PARSE})
  try {
    validator.validate(doc)
    return {valid: true, errors: []}
  } catch (error) {
    if (!(error instanceof XmlValidateError)) throw error
    return {valid: false, errors: error.details.map((d) => asXmllintLine(doc, d))}
  } finally {
    doc.dispose()
  }
}

/** xmllint prefixes each validity error with the element's (local) name; libxml2-wasm gives its path instead. */
function asXmllintLine(doc: XmlDocument, detail: ErrorDetail): {line: number; message: string} {
  const text = (detail.message.split('\n')[0] ?? '').trim()
  // The last step names the element unless it is in the default namespace (`*[3]`); prefixed steps are
  // read as text, since evaluating them would need the document's prefix bindings.
  const step = /([^/\[]+)(\[\d+\])?$/.exec(detail.xpath ?? '')?.[1]
  let name = step && step !== '*' && !step.includes('(') ? step.replace(/^[^:]*:/, '') : undefined
  if (step === '*' && detail.xpath) name = (doc.get(detail.xpath) as {name?: string} | null)?.name?.replace(/^[^:]*:/, '')
  return {line: detail.line, message: name ? `element ${name}: Relax-NG validity error : ${text}` : `Relax-NG validity error : ${text}`}
}
