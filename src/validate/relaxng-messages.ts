/**
 * libxml2's RELAX NG / XSD diagnostics rewritten as sentences, placed exactly through the positioned
 * tree (libxml2 gives a line, no column), with cascades from one cause collapsed.
 */
import {createMessage, type Message, type Position} from '../core/message.js'
import {LIBXML_LINE_CAP, attributePosition, elements, findElementOnLine, startTagPosition, type XmlElement, type XmlTree} from '../parse/tree.js'
import type {EngineError} from './relaxng.js'
import type {AllowedValues, AttributeIndex} from './relaxng-index.js'
import {rewriteXsd} from './xsd-messages.js'

const EXAMPLES_NS = 'http://www.tei-c.org/ns/Examples'
const XINCLUDE_NS = 'http://www.w3.org/2001/XInclude'

/** A message before placing and collapsing. */
export interface Draft {
  ruleId: string
  reason: string
  element?: XmlElement
  place?: Position
  /** Generic follow-on errors ("failed to validate content") dropped when a precise one lies inside. */
  cascade?: boolean
  raw: string
}

/** Turn one file's engine errors into messages. */
export function rewriteEngineErrors(errors: readonly EngineError[], tree: XmlTree, path: string, index?: AttributeIndex): Message[] {
  const drafts: Draft[] = []
  const counts = new Map<string, number>()
  for (const error of errors) {
    const draft = rewriteOne(error, tree, counts, index)
    if (draft) drafts.push(draft)
  }
  const precise = drafts.filter((d) => !d.cascade)
  const kept = drafts.filter((d) => !d.cascade || !precise.some((p) => p.element && d.element && inside(p.element, d.element)))
  const seen = new Set<string>()
  const messages: Message[] = []
  for (const d of kept) {
    const place = d.place ?? (d.element ? startTagPosition(tree, d.element) : undefined)
    // One message per element and kind: libxml2 often says the same thing twice in other words.
    const key = d.element && d.ruleId.startsWith('element-') ? `${d.element.start}:${d.ruleId}` : `${place?.start.line}:${place?.start.column}:${d.reason}`
    if (seen.has(key)) continue
    seen.add(key)
    messages.push(createMessage(d.reason, {ruleId: d.ruleId, source: 'relaxng', file: path, severity: 'error', ...(place ? {place} : {}), note: d.raw}))
  }
  return messages
}

/** One libxml2 line → a draft, or undefined for lines that are not about validity. */
function rewriteOne(error: EngineError, tree: XmlTree, counts: Map<string, number>, index: AttributeIndex | undefined): Draft | undefined {
  const raw = error.message
  if (/^(parser )?warning\b/.test(raw) || /failed to load external entity|Unsupported version/.test(raw)) return undefined
  const prefix = /^element ([^:\s]+): /.exec(raw)
  const nodeName = prefix?.[1]?.replace(/^[^:]*:/, '')
  const text = raw.replace(/^element [^:\s]+: /, '').replace(/^(Relax-NG|Schemas) validity error : /, '').replace(/^validity error : /, '')
  // Several same-named elements on one line (or past libxml2's line cap): the n-th primary message
  // means the n-th element; follow-on messages ("extra content") mean the element just reported.
  const key = `${Math.min(error.line, LIBXML_LINE_CAP)}:${nodeName}`
  const seen = counts.get(key) ?? 0
  const primary = /^(Did not expect|Expecting element|Extra element)/.test(text)
  if (primary) counts.set(key, seen + 1)
  const node = findElementOnLine(tree, error.line, nodeName, primary ? seen : Math.max(0, seen - 1)) ?? findElementOnLine(tree, error.line)
  const at = (element: XmlElement | undefined, reason: string, ruleId = 'schema-invalid', cascade = false): Draft => ({ruleId, reason, raw, cascade, ...(element ? {element} : {})})
  let m: RegExpExecArray | null
  if ((m = /^Did not expect element (\S+) there$/.exec(text))) {
    // Name foreign elements as written (`frus:attachment`), and say why an XInclude stays unexpanded.
    const name = node && node.local === m[1] ? node.name : m[1]
    const xinclude = node?.uri === XINCLUDE_NS ? ' teipipe does not expand XInclude (neither does Jing without its XInclude option), so the schema sees the include element itself.' : ''
    return at(node, `${tag(name)} is not allowed ${where(node)}.${xinclude}`, 'element-not-allowed')
  }
  if ((m = /^Element (\S+) has extra content: (\S+)$/.exec(text))) return at(node, `${tag(m[2])} is not allowed inside ${tag(m[1])} at this point.`, 'element-not-allowed', true)
  if ((m = /^Expecting element (\S+), got (\S+)$/.exec(text))) return at(node, `${tag(m[2])} is not allowed here: the schema expects ${tag(m[1])} ${where(node)}.`, 'element-not-allowed')
  if ((m = /^Expecting an element ?(\S*), got nothing$/.exec(text))) {
    return at(node, m[1] ? `${tag(nodeName)} is incomplete: it must contain ${tag(m[1])}.` : `${tag(nodeName)} is incomplete: a required element is missing at its end.`, 'element-incomplete')
  }
  if ((m = /^Extra element (\S+) in interleave$/.exec(text))) return at(node, `${tag(m[1])} is not allowed here (it may appear only once, or not at all, ${where(node)}).`, 'element-not-allowed')
  if ((m = /^Did not expect text in element (\S+) content$/.exec(text))) return at(node, `${tag(m[1])} may not contain text here.`, 'text-not-allowed')
  if ((m = /^Invalid attribute (\S+) for element (\S+)$/.exec(text))) {
    // On a line with several <E>, the one that carries the attribute.
    let holder = nearest(node, m[2])
    for (let k = 0; k < 50 && holder && !hasAttribute(holder, m[1] ?? ''); k++) holder = findElementOnLine(tree, error.line, m[2]?.replace(/^[^:]*:/, ''), k) ?? holder
    return invalidAttribute(tree, holder, m[1] ?? '', m[2] ?? '', raw, index)
  }
  if ((m = /^Element (\S+) failed to validate attributes$/.exec(text))) {
    const element = nearest(node, m[1])
    const listed = element ? outOfList(element, index) : undefined
    if (element && listed) return {ruleId: 'attribute-value-invalid', reason: valueReason(listed.attribute.value, listed.attribute.name, element.local, listed.allowed), raw, element, place: attributePosition(tree, listed.attribute)}
    return at(element, `${tag(m[1])} lacks a required attribute, or one of its attribute values is not allowed${valuesOf(element)}.`, 'attribute-invalid')
  }
  if ((m = /^Type (\S+) doesn't allow value '(.*)'$/.exec(text))) return at(node, `The value "${m[2]}" of ${tag(nodeName)} is not a valid ${m[1]}.`, 'value-invalid')
  if ((m = /^Error validating (datatype|value)/.exec(text))) return at(node, `The content of ${tag(nodeName)} is not a value the schema accepts.`, 'value-invalid', true)
  if ((m = /^Element (\S+) failed to validate content$/.exec(text))) return at(nearest(node, m[1]), `The content of ${tag(m[1])} does not match the schema.`, 'schema-invalid', true)
  if (/^Invalid sequence in interleave$|^Element .* error$/.test(text)) return at(node, `The content ${where(node)} does not match the schema.`, 'schema-invalid', true)
  if ((m = /^ID (\S+) already defined$/.exec(text))) return duplicateId(tree, node, m[1] ?? '', raw)
  const xsd = rewriteXsd(text, node, tree, raw)
  if (xsd) return xsd
  return at(node, `${text.replace(/\.$/, '')}.`)
}

function invalidAttribute(tree: XmlTree, node: XmlElement | undefined, name: string, elementName: string, raw: string, index: AttributeIndex | undefined): Draft | undefined {
  const element = nearest(node, elementName)
  const attribute = element?.attributes.find((a) => a.local === name || a.name === name)
  if (element && attribute?.local === 'id' && attribute.uri === 'http://www.w3.org/XML/1998/namespace') {
    // libxml2 makes every xml:id an ID at parse time, so a copy inside an <egXML> example counts as a
    // duplicate. Jing (and TEI) check uniqueness only for the real tree: drop such artefacts.
    const sameAnywhere = idHolders(tree, attribute.value)
    const sameOutside = sameAnywhere.filter((e) => !inExample(e))
    if (sameAnywhere.length > 1 && sameOutside.length <= 1) return undefined
    if (sameOutside.length > 1) {
      const first = sameOutside[0] as XmlElement
      return {ruleId: 'id-duplicate', reason: `The identifier xml:id="${attribute.value}" is used more than once (first at line ${startTagPosition(tree, first).start.line}); identifiers must be unique.`, raw, element, place: attributePosition(tree, attribute)}
    }
  }
  const place = attribute && element ? {place: attributePosition(tree, attribute)} : {}
  const known = index?.get(elementName.replace(/^[^:]*:/, ''))
  if (known && attribute) {
    const local = name.replace(/^[^:]*:/, '')
    if (!known.has(local)) return {ruleId: 'attribute-not-allowed', reason: `Attribute "${name}" is not allowed on ${tag(elementName)}.`, raw, ...(element ? {element} : {}), ...place}
    return {ruleId: 'attribute-value-invalid', reason: valueReason(attribute.value, name, elementName, known.get(local)), raw, ...(element ? {element} : {}), ...place}
  }
  const reason = attribute
    ? `Attribute "${name}" is not allowed on ${tag(elementName)}, or its value "${shorten(attribute.value)}" is not one the schema accepts.`
    : `Attribute "${name}" is not allowed on ${tag(elementName)}.`
  return {ruleId: 'attribute-invalid', reason, raw, ...(element ? {element} : {}), ...place}
}

function duplicateId(tree: XmlTree, node: XmlElement | undefined, id: string, raw: string): Draft | undefined {
  const holders = idHolders(tree, id).filter((e) => !inExample(e))
  if (holders.length <= 1) return undefined
  const first = holders[0] as XmlElement
  return {ruleId: 'id-duplicate', reason: `The identifier xml:id="${id}" is used more than once (first at line ${startTagPosition(tree, first).start.line}); identifiers must be unique.`, raw, ...(node ? {element: node} : {})}
}

function hasAttribute(element: XmlElement, name: string): boolean {
  return element.attributes.some((a) => a.local === name || a.name === name)
}

/** "The value … of attribute … on <…> is not allowed", with the allowed values when the schema lists them. */
function valueReason(value: string, name: string, elementName: string, allowed: AllowedValues): string {
  const list = allowed && allowed.length <= 30 ? `; use one of: ${allowed.join(', ')}` : ''
  return `The value "${shorten(value)}" of attribute "${name}" on ${tag(elementName)} is not allowed${list || ' (it is not of the type the schema requires)'}.`
}

/** An attribute of `element` whose value is outside the schema's closed list, if any. */
function outOfList(element: XmlElement, index: AttributeIndex | undefined): {attribute: XmlElement['attributes'][number]; allowed: AllowedValues} | undefined {
  const known = index?.get(element.local)
  if (!known) return undefined
  for (const attribute of element.attributes) {
    const allowed = known.get(attribute.local)
    if (allowed && !allowed.includes(attribute.value.trim())) return {attribute, allowed}
  }
  return undefined
}

const idIndexes = new WeakMap<XmlTree, Map<string, XmlElement[]>>()

/** Elements carrying `xml:id="id"`, in document order (indexed once per tree). */
function idHolders(tree: XmlTree, id: string): XmlElement[] {
  let index = idIndexes.get(tree)
  if (!index) {
    index = new Map()
    for (const e of elements(tree.root)) {
      for (const a of e.attributes) {
        if (a.name !== 'xml:id') continue
        const list = index.get(a.value)
        if (list) list.push(e)
        else index.set(a.value, [e])
      }
    }
    idIndexes.set(tree, index)
  }
  return index.get(id) ?? []
}

function inExample(element: XmlElement): boolean {
  for (let e: XmlElement | undefined = element; e; e = e.parent) if (e.uri === EXAMPLES_NS) return true
  return false
}

/** `node` itself or its nearest ancestor called `local` (libxml2 sometimes names a child's line). */
function nearest(node: XmlElement | undefined, local: string | undefined): XmlElement | undefined {
  if (!local) return node
  const name = local.replace(/^[^:]*:/, '')
  for (let e = node; e; e = e.parent) if (e.local === name) return e
  return node
}

function inside(inner: XmlElement, outer: XmlElement): boolean {
  return inner.start >= outer.start && inner.end <= outer.end
}

function where(node: XmlElement | undefined): string {
  return node?.parent ? `inside ${tag(node.parent.local)}` : 'here'
}

function valuesOf(element: XmlElement | undefined): string {
  const attributes = element?.attributes.filter((a) => a.uri !== 'http://www.w3.org/2000/xmlns/') ?? []
  if (attributes.length === 0) return ''
  return ` (it has ${attributes.map((a) => `${a.name}="${shorten(a.value)}"`).join(', ')})`
}

function tag(name: string | undefined): string {
  return `<${name ?? '?'}>`
}

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 37)}…` : value
}
