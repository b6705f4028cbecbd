/**
 * When the Schematron extracted from a RELAX NG schema does not compile as a whole (a rule uses an XSLT or
 * XPath feature saxon-js lacks, or is simply wrong), each pattern is compiled on its own: the patterns that
 * compile run, and each one that does not is named with the engine's reason, never silently left out.
 * The split results are cached like any compiled Schematron (by content), so only the first run pays.
 */
import {existsSync, readFileSync} from 'node:fs'
import {createHash} from 'node:crypto'
import {join} from 'node:path'
import {errorText} from '../../core/pipeline.js'
import {parseXml} from '../../parse/parse-xml.js'
import type {XmlElement} from '../../parse/tree.js'
import {cacheDirectory, writeCacheEntry} from '../../core/cache.js'
import {loadSchematron, type CompiledSchematron} from './index.js'

const SCH = new Set(['http://purl.oclc.org/dsdl/schematron', 'http://www.ascc.net/xml/schematron'])

/** A pattern that could not be compiled: its id (or position) and the engine's reason. */
export interface RefusedPattern {
  id: string
  /** The pattern's rule contexts, for the message. */
  contexts: string[]
  reason: string
}

/** The compiled patterns that work (undefined when none does) and the refused ones. */
export interface SplitSchematron {
  schema?: CompiledSchematron
  refused: RefusedPattern[]
}

/**
 * Compile the extracted Schematron at `path` pattern by pattern (see the module comment). Throws only when
 * the file itself cannot be read or parsed.
 */
export function compilePatternByPattern(path: string, cwd?: string): SplitSchematron {
  const text = readFileSync(path, 'utf8')
  const tree = parseXml(text, path).tree
  if (!tree) throw new Error(`${path} is not well-formed XML`)
  const root = tree.root
  const children = root.children.filter((c): c is XmlElement => c.type === 'element')
  const patterns = children.filter((c) => SCH.has(c.uri) && c.local === 'pattern')
  const shared = children.filter((c) => !(SCH.has(c.uri) && c.local === 'pattern')).map((c) => text.slice(c.start, c.end))
  const open = text.slice(root.start, root.startTagEnd)
  const close = `</${root.name}>`
  const dir = cacheDirectory('schematron-embedded', 'user')
  const write = (body: string[]): string => {
    const content = [open, ...shared, ...body, close, ''].join('\n')
    const file = join(dir, `${createHash('sha256').update(content).digest('hex').slice(0, 32)}.sch`)
    if (!existsSync(file)) writeCacheEntry(file, content)
    return file
  }
  const working: string[] = []
  const refused: RefusedPattern[] = []
  patterns.forEach((pattern, i) => {
    const body = text.slice(pattern.start, pattern.end)
    try {
      loadSchematron(write([body]), undefined, cwd, 'user')
      working.push(body)
    } catch (error) {
      const id = pattern.attributes.find((a) => a.name === 'id')?.value ?? `pattern ${i + 1}`
      const contexts = pattern.children.filter((c): c is XmlElement => c.type === 'element' && SCH.has(c.uri) && c.local === 'rule').map((r) => r.attributes.find((a) => a.name === 'context')?.value ?? '')
      refused.push({id, contexts, reason: errorText(error).replace(/^could not compile a generated stylesheet: /, '').replace(/\s*\n\s*/g, ' ').replace(/ in \S*[0-9a-f]{16}\.xsl/g, '')})
    }
  })
  if (working.length === 0) return {refused}
  return {schema: loadSchematron(write(working), undefined, cwd, 'user'), refused}
}
