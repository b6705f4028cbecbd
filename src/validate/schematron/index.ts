/** Schematron on saxon-js: compile a .sch once (XSLT → SEF, cached by content), run it once per document. */
import {readFileSync} from 'node:fs'
import {createMessage, type Message, type Severity} from '../../core/message.js'
import {compileStylesheetText, transformXml} from '../../transform/saxon.js'
import {attributePosition, resolvePath, startTagPosition, textPosition, type XmlTree} from '../../parse/tree.js'
import {schematronToXslt} from './compile.js'
import {cacheDirectory} from '../../core/cache.js'

export {schematronToXslt, SchematronCompileError} from './compile.js'

/** A compiled Schematron schema, ready to run. */
export interface CompiledSchematron {
  path: string
  sef: unknown
}

const compiled = new Map<string, CompiledSchematron>()

/**
 * Read and compile a .sch file for a phase (throws SchematronCompileError, XsltError or a file-system error).
 * The SEF is named by the generated XSLT's content hash, so it is cached in the user's cache by default
 * (compiled once per machine, not once per project or CI checkout); `prefer: 'project'` puts it under
 * `cwd`'s .teipipe-cache/ first. Either falls back to the other, then to the temporary folder.
 */
export function loadSchematron(path: string, phase?: string, cwd = process.cwd(), prefer: 'project' | 'user' = 'user'): CompiledSchematron {
  const text = readFileSync(path, 'utf8')
  const key = `${path}\n${phase ?? ''}\n${text}`
  let schema = compiled.get(key)
  if (!schema) {
    schema = {path, sef: compileStylesheetText(schematronToXslt(text, path, phase), cacheDirectory('schematron', prefer, cwd))}
    compiled.set(key, schema)
  }
  return schema
}

/** One failed assert or successful report as the generated stylesheet writes it. */
export interface Finding {
  /** `assert` (failed) or `report` (fired). */
  kind: 'assert' | 'report'
  id: string
  role: string
  path: string
  text: string
  diagnostics: string
  /** Text of the properties the check names (ISO 2020 §5.4.11), kept as the message's note. */
  properties: string
  /** Ids of the check's diagnostics and properties, space-separated. */
  diagnosticIds: string
  propertyIds: string
  /** The rule's documentation (`@see`), if any. */
  see: string
}

/** Run every rule over one parsed document: the raw findings, in the order the stylesheet wrote them. */
export function runSchematron(schema: CompiledSchematron, tree: XmlTree): Finding[] {
  const output = transformXml(schema.sef, tree.text)
  return output.principal.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Finding)
}

/** Run every rule over one parsed document; failed asserts and fired reports become messages. */
export function checkSchematron(schema: CompiledSchematron, tree: XmlTree, file: string): Message[] {
  const messages: Message[] = []
  for (const finding of runSchematron(schema, tree)) {
    const node = resolvePath(tree, finding.path)
    const place = node?.attribute ? attributePosition(tree, node.attribute) : node?.text ? textPosition(tree, node.text) : node ? startTagPosition(tree, node.element) : undefined
    const reason = finding.diagnostics ? `${finding.text} ${finding.diagnostics}` : finding.text
    messages.push(
      createMessage(reason || `Rule ${finding.id} failed.`, {
        ruleId: finding.id,
        source: 'schematron',
        file,
        severity: severityOf(finding.role),
        xpath: finding.path,
        ...(finding.properties ? {note: finding.properties} : {}),
        ...(finding.see ? {url: finding.see} : {}),
        ...(place ? {place} : {})
      })
    )
  }
  // Document order (stable, so patterns keep their order at one place), as the other engines report.
  return messages.sort((a, b) => (a.place?.start.offset ?? 0) - (b.place?.start.offset ?? 0))
}

/** `@role` → severity: error by default; warning and info (and their usual spellings, and the TEI's `nonfatal`) when asked. */
function severityOf(role: string): Severity {
  const r = role.trim().toLowerCase()
  if (r === 'warning' || r === 'warn' || r === 'nonfatal') return 'warning'
  if (r === 'info' || r === 'information' || r === 'informational' || r === 'note') return 'info'
  return 'error'
}
