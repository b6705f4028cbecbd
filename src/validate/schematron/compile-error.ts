/**
 * A Schematron schema that saxon-js refuses to compile, explained in terms of the .sch the user wrote. The
 * engine reports a line of the XSLT teipipe generated from the schema (compile.ts) and the expression as the
 * generated stylesheet holds it (a test wrapped in not(…), say); neither helps the person who wrote the rules.
 * So the expression is traced back to the attribute of the .sch it came from (context, test, select, value,
 * path, use), and the common XPath error codes (XPath 3.1 §2.3.1, Appendix F) are put in plain words.
 */
import {readFileSync} from 'node:fs'
import {basename} from 'node:path'
import {parseXml} from '../../parse/parse-xml.js'
import {attributePosition, elements} from '../../parse/tree.js'

const EXPRESSION_ATTRIBUTES = new Set(['context', 'test', 'select', 'value', 'path', 'use'])
const normal = (s: string) => s.replace(/\s+/g, ' ').trim()

/**
 * Input: saxon-js's compile error text for the stylesheet generated from `schPath`. Output: a sentence naming
 * the place in the .sch (line and column of the attribute whose expression failed, when it can be found), the
 * expression as written, and what is wrong in plain words; `detail` as it came when nothing can be traced.
 * Raises nothing (an unreadable .sch leaves the detail as it came).
 */
export function explainCompileError(detail: string, schPath: string): string {
  const found = /Error (XPST\d{4}|XTSE\d{4}|XPDY\d{4}|XPTY\d{4}):[^{]*\{(.*)\}: (.*?)(?: Failed to compile stylesheet)?$/s.exec(detail)
  if (!found) return detail
  const [, code, generated, why] = found as unknown as [string, string, string, string]
  let where = ''
  let written = ''
  try {
    const tree = parseXml(readFileSync(schPath, 'utf8'), schPath).tree
    const wanted = normal(generated)
    let best: {value: string; line: number; column: number} | undefined
    for (const element of tree ? elements(tree.root) : []) {
      for (const a of element.attributes) {
        const value = normal(a.value)
        if (!EXPRESSION_ATTRIBUTES.has(a.name) || value === '' || !wanted.includes(value)) continue
        if (best && best.value.length >= value.length) continue
        const at = attributePosition(tree!, a).start
        best = {value: a.value, line: at.line, column: at.column}
      }
    }
    if (best) {
      where = ` at line ${best.line}, column ${best.column} of ${basename(schPath)}`
      written = best.value
    }
  } catch {
    return detail
  }
  const expression = written || generated
  const prefix = /prefix '([^']+)'/.exec(why)?.[1]
  const plain =
    code === 'XPST0081' && prefix !== undefined
      ? `uses the prefix "${prefix}:", which the rules do not declare. Declare it with <ns prefix="${prefix}" uri="…"/> in the schema${prefix === 'tei' ? ' (for TEI: uri="http://www.tei-c.org/ns/1.0")' : ''}`
      : code === 'XPST0003'
        ? `is not a well-formed XPath expression (${why})`
        : code === 'XPST0017'
          ? `calls a function that does not exist with that name and number of arguments (${why})`
          : code === 'XPST0008'
            ? `names a variable that no <let> declares (${why})`
            : `cannot be compiled (${code}: ${why})`
  return `the expression "${expression}"${where} ${plain}.`
}
