/**
 * The one module that wraps fast-xml-parser: TEI text → a small element tree of our own (local names,
 * attributes, children in document order), also made from teipipe's own parse (`fromParsedTree`). The
 * site reads facts from it without saxon, so building the corpus site costs at most one cheap parse per
 * changed document, and none when validation has parsed it.
 */
import {XMLParser} from 'fast-xml-parser'
import {expandInternalEntities} from '../parse/doctype.js'
import type {XmlElement as ParsedElement} from '../parse/tree.js'

/** An element: local name (namespace prefix removed), attributes by local name, children in order. */
export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: XmlNode[]
}

/** A node of the tree: an element or a run of character data. */
export type XmlNode = XmlElement | string

/**
 * The deepest element nesting read (fast-xml-parser's `maxNestedTags`): beyond it, the tree (and the
 * recursive walks over it) would risk the call stack.
 */
export const MAX_TREE_DEPTH = 2000

/** A document nested deeper than {@link MAX_TREE_DEPTH}: its message is a sentence for the user. */
export class TreeDepthError extends Error {
  override name = 'TreeDepthError'
}

// fast-xml-parser's preserveOrder shape: [{tag: children, ':@': {'@_attr': value}}, {'#text': '…'}].
type RawNode = Record<string, unknown>

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // The DOCTYPE is expanded and blanked beforehand (parse/doctype.ts, the project's one entity policy);
  // the parser then sees only the predefined entities and character references. fast-xml-parser
  // decodes numeric character references only with its HTML entity table switched on; a well-formed
  // document has no other references left at this point, so the table adds nothing else.
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Deeply nested editions (apparatus inside notes inside tables) exceed the default of 100.
  maxNestedTags: MAX_TREE_DEPTH
})

/**
 * Parse XML text into its root element. Comments, processing instructions and the XML declaration are
 * dropped; CDATA becomes text. Internal entities of a DOCTYPE are expanded within the project's limits
 * and external ones dropped ({@link expandInternalEntities}). Throws an Error naming the problem when
 * the entities exceed those limits, the text has no root element or fast-xml-parser rejects it (the
 * build only passes well-formed documents); a TreeDepthError when elements nest deeper than {@link MAX_TREE_DEPTH}.
 */
export function parseXmlTree(xml: string): XmlElement {
  const prepared = expandInternalEntities(xml)
  if (prepared.refused) throw new Error(prepared.notes.find((n) => n.ruleId === 'entity-limit-exceeded')?.reason ?? 'The DOCTYPE declares entities that cannot be expanded safely.')
  let raw: RawNode[]
  try {
    raw = parser.parse(prepared.text) as RawNode[]
  } catch (error) {
    // fast-xml-parser's own words ("Maximum nested tags exceeded") name no limit and no remedy.
    if (error instanceof Error && /Maximum nested tags/i.test(error.message)) throw new TreeDepthError(depthMessage())
    throw error
  }
  const nodes = convert(raw)
  const root = nodes.find((n): n is XmlElement => typeof n !== 'string')
  if (root === undefined) throw new Error('The XML has no root element.')
  return root
}

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/'

/**
 * The site's tree of a document teipipe's own parser read (`parse/tree.ts`; validation builds it, so the
 * build reads a document's facts without parsing it again): elements by local name, attributes by local
 * name without the namespace declarations (a later attribute with the same local name wins), adjacent
 * character data as one string. Input: the parsed root; output: the root element. Throws
 * {@link TreeDepthError} for elements nested more than {@link MAX_TREE_DEPTH} levels below the root
 * (the limit fast-xml-parser applies in {@link parseXmlTree}).
 */
export function fromParsedTree(root: ParsedElement): XmlElement {
  const top: XmlElement = {name: root.local, attrs: attributesOf(root), children: []}
  // An explicit stack, not recursion: documents may nest deeper than the call stack.
  const stack: [ParsedElement, XmlElement, number][] = [[root, top, 0]]
  while (stack.length > 0) {
    const [from, to, depth] = stack.pop() as [ParsedElement, XmlElement, number]
    for (const node of from.children) {
      if (node.type === 'text') {
        const last = to.children.length - 1
        if (typeof to.children[last] === 'string') to.children[last] += node.value
        else to.children.push(node.value)
        continue
      }
      if (depth + 1 > MAX_TREE_DEPTH) throw new TreeDepthError(depthMessage())
      const element: XmlElement = {name: node.local, attrs: attributesOf(node), children: []}
      to.children.push(element)
      stack.push([node, element, depth + 1])
    }
  }
  return top
}

function attributesOf(element: ParsedElement): Record<string, string> {
  const attrs: Record<string, string> = {}
  for (const attribute of element.attributes) if (attribute.uri !== XMLNS_NS) attrs[attribute.local] = attribute.value
  return attrs
}

function depthMessage(): string {
  return `Its elements nest more than ${MAX_TREE_DEPTH.toLocaleString('en')} levels deep, deeper than teipipe reads a document for the site (its title, date and names for the index, registers and search).`
}

function convert(raw: readonly RawNode[]): XmlNode[] {
  const out: XmlNode[] = []
  for (const item of raw) {
    for (const [key, value] of Object.entries(item)) {
      if (key === ':@') continue
      if (key === '#text') {
        out.push(String(value))
        continue
      }
      const attrs: Record<string, string> = {}
      const rawAttrs = item[':@'] as Record<string, unknown> | undefined
      for (const [name, v] of Object.entries(rawAttrs ?? {})) attrs[name.replace(/^@_/, '')] = String(v)
      out.push({name: key, attrs, children: convert(Array.isArray(value) ? (value as RawNode[]) : [])})
    }
  }
  return out
}

/** The child elements of `element`, optionally only those with one of `names`. */
export function childElements(element: XmlElement | undefined, ...names: string[]): XmlElement[] {
  if (element === undefined) return []
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && (names.length === 0 || names.includes(c.name)))
}

/** The first child element named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return childElements(element, name)[0]
}

/** Follow a path of child names from `element` (each step: the first such child). */
export function path(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let current = element
  for (const name of names) current = child(current, name)
  return current
}

/** Every descendant element named one of `names`, in document order; `skip` names subtrees not entered. */
export function descendants(element: XmlElement | undefined, names: readonly string[], skip: readonly string[] = []): XmlElement[] {
  const out: XmlElement[] = []
  if (element === undefined) return out
  // An explicit stack, not recursion: cost is linear and depth does not matter.
  const stack: XmlElement[] = [element]
  while (stack.length > 0) {
    const current = stack.pop() as XmlElement
    if (current !== element && names.includes(current.name)) out.push(current)
    if (current !== element && skip.includes(current.name)) continue
    const kids = childElements(current)
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as XmlElement)
  }
  return out
}

/** The character data of an element and its descendants, whitespace collapsed to single spaces. */
export function textOf(element: XmlElement | undefined): string {
  if (element === undefined) return ''
  const parts: string[] = []
  const stack: XmlNode[] = [element]
  while (stack.length > 0) {
    const node = stack.pop() as XmlNode
    if (typeof node === 'string') parts.push(node)
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as XmlNode)
  }
  return collapse(parts.join(''))
}

/** Collapse XML whitespace runs to one space and trim. */
export function collapse(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim()
}
