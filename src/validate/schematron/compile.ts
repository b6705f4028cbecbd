/**
 * ISO Schematron → XSLT 3.0, our own generator. One mode per pattern, one template per rule with
 * priorities falling in document order (so the first matching rule of a pattern wins), and every
 * failed assert or successful report written as one JSON line: all rules in one pass per document.
 */
import {parseXml} from '../../parse/parse-xml.js'
import type {XmlElement, XmlNode} from '../../parse/tree.js'
import {preprocess, SchematronPreprocessError} from './preprocess.js'

const SCH = new Set(['http://purl.oclc.org/dsdl/schematron', 'http://www.ascc.net/xml/schematron'])
const XSL = 'http://www.w3.org/1999/XSL/Transform'

/** Raised when the .sch file is not well-formed or not Schematron. */
export class SchematronCompileError extends Error {
  override name = 'SchematronCompileError'
}

/** Generate the XSLT text for a Schematron schema (includes, abstract patterns and the phase resolved first; see preprocess.ts). */
export function schematronToXslt(schText: string, schPath: string, phase?: string): string {
  const parsed = parseXml(schText, schPath)
  const parsedRoot = parsed.tree?.root
  if (!parsedRoot) throw new SchematronCompileError(`${schPath} is not well-formed XML: ${parsed.messages[0]?.reason ?? 'unknown error'}`)
  if (!SCH.has(parsedRoot.uri) || parsedRoot.local !== 'schema') throw new SchematronCompileError(`${schPath} is not an ISO Schematron schema (its root is <${parsedRoot.name}>).`)
  let root: XmlElement
  try {
    root = preprocess(parsedRoot, schPath, phase)
  } catch (error) {
    if (error instanceof SchematronPreprocessError) throw new SchematronCompileError(`${schPath}: ${error.message}.`)
    throw error
  }
  const namespaces = new Map<string, string>()
  for (const a of root.attributes) if (a.name.startsWith('xmlns:')) namespaces.set(a.name.slice(6), a.value)
  for (const ns of children(root, 'ns')) namespaces.set(attr(ns, 'prefix'), attr(ns, 'uri'))
  for (const reserved of ['xsl', 'sch', 'xs', 'map', 'array', 'math']) if (namespaces.get(reserved) !== undefined && reserved !== 'xs') namespaces.delete(reserved)
  namespaces.delete('xs')
  const diagnostics = new Map<string, XmlElement>()
  for (const group of children(root, 'diagnostics')) for (const d of children(group, 'diagnostic')) diagnostics.set(attr(d, 'id'), d)
  // Properties (ISO 2020 §5.4.11) are written like diagnostics; teipipe adds their text to the message's note.
  for (const group of children(root, 'properties')) for (const d of children(group, 'property')) diagnostics.set(`\u0000property:${attr(d, 'id')}`, d)
  const patterns = children(root, 'pattern').filter((p) => attr(p, 'abstract') !== 'true')
  const out: string[] = []
  const declarations = [...namespaces].map(([prefix, uri]) => ` xmlns:${prefix}="${esc(uri)}"`).join('')
  // The XPath 3.1 function namespaces are in scope by default, as in Schematron processors built on Saxon.
  const standard = ' xmlns:map="http://www.w3.org/2005/xpath-functions/map" xmlns:array="http://www.w3.org/2005/xpath-functions/array" xmlns:math="http://www.w3.org/2005/xpath-functions/math"'
  out.push(`<xsl:stylesheet version="3.0" xmlns:xsl="${XSL}" xmlns:xs="http://www.w3.org/2001/XMLSchema"${standard}${declarations} exclude-result-prefixes="#all">`)
  out.push('<xsl:output method="text"/>')
  out.push(FINDING_FUNCTION)
  // XSLT functions and keys written inside the schema (queryBinding xslt2/xslt3) are copied as they are.
  for (const child of root.children) if (child.type === 'element' && child.uri === XSL) out.push(serialize(child))
  for (const l of children(root, 'let')) out.push(variable(l, 'xsl:variable'))
  // Pattern variables are global (ISO 2016 §3.26, §5.4.5): usable in every pattern and in rule contexts.
  for (const p of patterns) for (const l of children(p, 'let')) out.push(variable(l, 'xsl:variable'))
  // A pattern whose rule contexts all end in an element name visits only the elements of those names
  // (found through one key over the document) instead of walking the whole tree: tei_all's 93 embedded
  // patterns are each about one or two elements. The rule templates still decide what matches.
  const named = patterns.map((pattern) => contextElementNames(children(pattern, 'rule').filter((r) => attr(r, 'abstract') !== 'true').map((r) => attr(r, 'context')), namespaces))
  if (named.some((n) => n !== undefined)) out.push(`<xsl:key name="sch-element" match="*" use="namespace-uri() || ' ' || local-name()"/>`)
  out.push('<xsl:template match="/">')
  patterns.forEach((_, i) => {
    const names = named[i]
    if (names === undefined) out.push(`<xsl:apply-templates select="." mode="p${i}"/>`)
    else if (names.length > 0) out.push(`<xsl:apply-templates select="key('sch-element', (${names.map((n) => `'${esc(n.replace(/'/g, "''"))}'`).join(', ')}))" mode="p${i}"/>`)
  })
  out.push('</xsl:template>')
  patterns.forEach((pattern, i) => {
    const direct = named[i] !== undefined
    // Abstract rules are extended only from within their own pattern (ISO 2016 §5.4.3).
    const abstractRules = new Map<string, XmlElement>()
    for (const r of children(pattern, 'rule')) if (attr(r, 'abstract') === 'true') abstractRules.set(attr(r, 'id'), r)
    const select = nodesToVisit(children(pattern, 'rule').map((r) => attr(r, 'context')))
    const patternId = attr(pattern, 'id') || `pattern-${i + 1}`
    if (direct) {
      out.push(`<xsl:template match="node() | @*" mode="p${i}" priority="-100"/>`)
    } else {
      out.push(`<xsl:template match="document-node()" mode="p${i}" priority="-100">`)
      out.push(`<xsl:apply-templates select="${select.replace('@* | ', '')}" mode="p${i}"/>`)
      out.push('</xsl:template>')
      out.push(`<xsl:template match="node() | @*" mode="p${i}" priority="-100"><xsl:apply-templates select="${select}" mode="p${i}"/></xsl:template>`)
    }
    let checkIndex = 0
    children(pattern, 'rule')
      .filter((r) => attr(r, 'abstract') !== 'true')
      .forEach((rule, j) => {
        out.push(`<xsl:template match="${esc(attr(rule, 'context'))}" mode="p${i}" priority="${1000 - j}">`)
        const bodies = [rule, ...extended(rule, abstractRules, new Set())]
        for (const body of bodies) for (const l of children(body, 'let')) out.push(variable(l, 'xsl:variable'))
        for (const body of bodies) {
          for (const check of body.children) {
            if (check.type !== 'element' || !SCH.has(check.uri) || (check.local !== 'assert' && check.local !== 'report')) continue
            checkIndex++
            const id = attr(check, 'id') || `${patternId}-${checkIndex}`
            out.push(emitCheck(check, id, diagnostics, attr(rule, 'subject'), attr(check, 'see') || attr(rule, 'see') || attr(pattern, 'see')))
          }
        }
        if (!direct) out.push(`<xsl:apply-templates select="${select}" mode="p${i}"/>`)
        out.push('</xsl:template>')
      })
  })
  out.push('</xsl:stylesheet>')
  return `${out.join('\n')}\n`
}

/** The abstract rules a rule extends, recursively, in order; an unknown or cyclic reference is an error. */
function extended(rule: XmlElement, abstractRules: Map<string, XmlElement>, seen: Set<string>): XmlElement[] {
  const out: XmlElement[] = []
  for (const e of children(rule, 'extends')) {
    const id = attr(e, 'rule')
    const target = abstractRules.get(id)
    if (!target) throw new SchematronCompileError(`a rule extends "${id}", but its pattern has no abstract rule with that id.`)
    if (seen.has(id)) throw new SchematronCompileError(`the abstract rule "${id}" extends itself.`)
    out.push(target, ...extended(target, abstractRules, new Set([...seen, id])))
  }
  return out
}

/**
 * The element names (`namespace-uri local-name`, sorted) that a pattern's rule contexts can match, when every
 * branch of every context ends in a plain element name (`tei:p`, `tei:div//tei:head[@type]`, `a | b`), so
 * that only those elements need visiting; undefined when any branch can match something else (`*`, `@x`,
 * `node()`, a function or a parenthesised union) or uses an undeclared prefix. XPath 3.1 §3.3.2: a name
 * test matches only elements of that expanded name on the child and descendant axes used by patterns.
 */
export function contextElementNames(contexts: readonly string[], namespaces: ReadonlyMap<string, string>): string[] | undefined {
  const names = new Set<string>()
  for (const context of contexts) {
    for (const branch of splitOutside(context, '|')) {
      const steps = splitOutside(branch.trim(), '/')
      const last = (steps.at(-1) ?? '').replace(/\[[^]*$/, '').trim()
      const m = /^(?:([\p{L}_][\p{L}\p{N}._-]*):)?([\p{L}_][\p{L}\p{N}._-]*)$/u.exec(last)
      if (!m) return undefined
      const uri = m[1] === undefined ? '' : namespaces.get(m[1])
      if (uri === undefined) return undefined
      names.add(`${uri} ${m[2]}`)
    }
  }
  return [...names].sort()
}

/**
 * The nodes a pattern's traversal must visit: always elements (to go deeper), and attributes, text,
 * comments or processing instructions only when a rule context can match them. Skipping the rest
 * halves the work of a pass (saxon-js dispatches a template per visited node and pattern).
 */
export function nodesToVisit(contexts: readonly string[]): string {
  const kinds = new Set<string>(['*'])
  for (const context of contexts) {
    for (const branch of splitOutside(context, '|')) {
      const steps = splitOutside(branch.trim(), '/')
      const last = (steps.at(-1) ?? '').replace(/\[[^]*$/, '').trim()
      if (/^(@|attribute::)/.test(last)) kinds.add('@*')
      else if (/^(text\(\)|child::text\(\))$/.test(last)) kinds.add('text()')
      else if (/^comment\(\)$/.test(last)) kinds.add('comment()')
      else if (/^processing-instruction\(/.test(last)) kinds.add('processing-instruction()')
      else if (/(^|::)node\(\)$/.test(last) || last === '' || /^(\$|\(|[\w:-]+\()/.test(last)) ['@*', 'text()', 'comment()', 'processing-instruction()'].forEach((k) => kinds.add(k))
    }
  }
  return ['@*', '*', 'text()', 'comment()', 'processing-instruction()'].filter((k) => kinds.has(k)).join(' | ')
}

/** Split at a separator outside brackets, parentheses and quotes. */
function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = []
  let depth = 0
  let quote = ''
  let current = ''
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") quote = c
    else if (c === '[' || c === '(' || c === '{') depth++
    else if (c === ']' || c === ')' || c === '}') depth--
    if (c === separator && depth === 0 && !quote) {
      parts.push(current)
      current = ''
    } else current += c
  }
  parts.push(current)
  return parts
}

/** The generated function that writes one finding as a JSON line (one copy, called by every check). */
const FINDING = 'Q{https://teipipe.org/ns/schematron-internal}finding'
const FINDING_FUNCTION = [
  `<xsl:function name="${FINDING}" as="text()">`,
  ...['kind', 'id', 'role', 'path', 'text', 'diagnostics', 'properties', 'diagnosticIds', 'propertyIds', 'see'].map((p) => `<xsl:param name="${p}" as="xs:string"/>`),
  `<xsl:value-of select="serialize(map{'kind': $kind, 'id': $id, 'role': $role, 'path': $path, 'text': $text, 'diagnostics': $diagnostics, 'properties': $properties, 'diagnosticIds': $diagnosticIds, 'propertyIds': $propertyIds, 'see': $see}, map{'method': 'json'}) || '&#10;'"/>`,
  '</xsl:function>'
].join('')

/**
 * One assert (fails when its test is false) or report (fires when true) as an `xsl:if` writing a JSON
 * line. The message text is one XPath expression when its content allows: saxon-js walks the whole
 * compiled stylesheet on every call, so even code that rarely runs costs time per document. Content
 * holding XSLT instructions is built with instructions instead.
 */
function emitCheck(check: XmlElement, id: string, diagnostics: Map<string, XmlElement>, ruleSubject: string, see: string): string {
  const test = attr(check, 'test')
  const condition = check.local === 'assert' ? `not(${test})` : `boolean(${test})`
  const subject = attr(check, 'subject') || ruleSubject
  const lookup = (ids: string, prefix: string, what: string) =>
    ids.split(/\s+/).filter(Boolean).map((d) => {
      const found = diagnostics.get(prefix + d)
      if (!found) throw new SchematronCompileError(`the ${check.local} ${id} refers to the ${what} "${d}", which is not defined.`)
      return found
    })
  const diag = lookup(attr(check, 'diagnostics'), '', 'diagnostic')
  const props = lookup(attr(check, 'properties'), '\u0000property:', 'property')
  const head = [literal(check.local), literal(id), literal(attr(check, 'role')), `path(${subject ? `(${esc(subject)})[1]` : '.'})`]
  const tail = [literal(attr(check, 'diagnostics').trim()), literal(attr(check, 'properties').trim()), literal(see)]
  const groups = [[check], diag, props]
  if (groups.every((group) => group.every((e) => expressible(e)))) {
    const [text, d, p] = groups.map((group) => `normalize-space(${group.length === 0 ? "''" : `string-join((${group.map((e) => contentExpression(e)).join(", ' ', ")}), '')`})`)
    return `<xsl:if test="${esc(condition)}"><xsl:sequence select="${FINDING}(${[...head, text, d, p, ...tail].join(', ')})"/></xsl:if>`
  }
  return [
    `<xsl:if test="${esc(condition)}">`,
    `<xsl:variable name="teipipe-text" as="xs:string"><xsl:value-of>${content(check)}</xsl:value-of></xsl:variable>`,
    `<xsl:variable name="teipipe-diagnostics" as="xs:string"><xsl:value-of>${diag.map((d) => content(d)).join('<xsl:text> </xsl:text>')}</xsl:value-of></xsl:variable>`,
    `<xsl:variable name="teipipe-properties" as="xs:string"><xsl:value-of>${props.map((d) => content(d)).join('<xsl:text> </xsl:text>')}</xsl:value-of></xsl:variable>`,
    `<xsl:sequence select="${FINDING}(${[...head, 'normalize-space($teipipe-text)', 'normalize-space($teipipe-diagnostics)', 'normalize-space($teipipe-properties)', ...tail].join(', ')})"/>`,
    '</xsl:if>'
  ].join('')
}

/** An XPath string literal, escaped for an XML attribute. */
function literal(text: string): string {
  return `'${esc(text.replace(/'/g, "''"))}'`
}

/** Whether a message's content has no XSLT instructions (so that it can be one XPath expression). */
function expressible(element: XmlElement): boolean {
  return element.children.every((node) => node.type !== 'element' || (node.uri !== XSL && expressible(node)))
}

/**
 * The message content as one XPath expression giving what {@link content} gives: text as string
 * literals, `name` and `value-of` as their values joined by spaces (as `xsl:value-of` joins them).
 */
function contentExpression(element: XmlElement): string {
  const pieces = element.children
    .map((node): string => {
      if (node.type === 'text') return node.value ? literal(node.value) : ''
      if (SCH.has(node.uri) && node.local === 'name') return attr(node, 'path') ? valueOf(attr(node, 'path')) : 'name(.)'
      if (SCH.has(node.uri) && node.local === 'value-of') return valueOf(attr(node, 'select'))
      return contentExpression(node)
    })
    .filter(Boolean)
  return pieces.length === 0 ? "''" : pieces.length === 1 ? `string(${pieces[0]})` : `string-join((${pieces.join(', ')}), '')`
}

/** `xsl:value-of select` as an expression: the atomized items as strings, joined by single spaces. */
function valueOf(select: string): string {
  return `string-join(data((${esc(select)})) ! string(.), ' ')`
}

/** The message content of an assert, report or diagnostic as XSLT instructions. */
function content(element: XmlElement): string {
  return element.children.map((node) => contentNode(node)).join('')
}

function contentNode(node: XmlNode): string {
  if (node.type === 'text') return node.value ? `<xsl:text>${esc(node.value)}</xsl:text>` : ''
  // name/@path: the value of the expression (as the conformance suite reads ISO 2016 §5.4.6); without @path the context's name.
  if (SCH.has(node.uri) && node.local === 'name') return attr(node, 'path') ? `<xsl:value-of select="${esc(attr(node, 'path'))}"/>` : '<xsl:value-of select="name(.)"/>'
  // XSLT instructions in message content (e.g. xsl:copy-of in a property) run in the rule's context.
  if (node.uri === XSL) return serialize(node)
  if (SCH.has(node.uri) && node.local === 'value-of') return `<xsl:value-of select="${esc(attr(node, 'select'))}"/>`
  return content(node) // emph, dir, span, foreign markup: their text
}

/** A `let` as an XSLT variable (its `@value`, or its content when it has none). */
function variable(l: XmlElement, name: string): string {
  const value = attr(l, 'value')
  const as = attr(l, 'as') ? ` as="${esc(attr(l, 'as'))}"` : ''
  return value ? `<${name} name="${esc(attr(l, 'name'))}"${as} select="${esc(value)}"/>` : `<${name} name="${esc(attr(l, 'name'))}"${as}>${l.children.map((c) => (c.type === 'text' ? esc(c.value) : serialize(c))).join('')}</${name}>`
}

function children(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => c.type === 'element' && SCH.has(c.uri) && c.local === local)
}

function attr(element: XmlElement, name: string): string {
  return element.attributes.find((a) => a.name === name)?.value ?? ''
}

/** Serialize an element as written (names and namespace declarations kept). */
function serialize(element: XmlElement): string {
  const attributes = element.attributes.map((a) => ` ${a.name}="${esc(a.value)}"`).join('')
  const inner = element.children.map((c) => (c.type === 'text' ? esc(c.value) : serialize(c))).join('')
  return `<${element.name}${attributes}>${inner}</${element.name}>`
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
