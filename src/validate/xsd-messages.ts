/** libxml2's XML Schema (XSD) diagnostics as sentences: `Element 'b': This element is not expected. Expected is ( c ).` */
import {attributePosition, type XmlElement, type XmlTree} from '../parse/tree.js'
import type {Draft} from './relaxng-messages.js'

/** Rewrite one XSD validity message, or undefined when it is not one. */
export function rewriteXsd(text: string, node: XmlElement | undefined, tree: XmlTree, raw: string): Draft | undefined {
  const m = /^Element '([^']+)'(?:, attribute '([^']+)')?: (.*)$/.exec(text)
  if (!m) return undefined
  const elementName = local(m[1] ?? '')
  const attributeName = m[2] === undefined ? undefined : local(m[2])
  let element = node
  for (let e = node; e; e = e.parent) if (e.local === elementName) { element = e; break }
  const attribute = attributeName === undefined ? undefined : element?.attributes.find((a) => a.local === attributeName)
  const where = {...(element ? {element} : {}), ...(attribute ? {place: attributePosition(tree, attribute)} : {})}
  const detail = m[3] ?? ''
  let d: RegExpExecArray | null
  if ((d = /^This element is not expected\.(?: Expected is (?:one of )?\( (.*) \))?/.exec(detail))) {
    const expected = d[1] ? `; the schema expects ${d[1].split(/,\s*/).map((n) => `<${local(n)}>`).join(' or ')} here` : ''
    return {ruleId: 'element-not-allowed', reason: `<${elementName}> is not allowed here${expected}.`, raw, ...where}
  }
  if ((d = /^The attribute '([^']+)' is not allowed\.$/.exec(detail))) return {ruleId: 'attribute-not-allowed', reason: `Attribute "${local(d[1] ?? '')}" is not allowed on <${elementName}>.`, raw, ...where}
  if ((d = /^The attribute '([^']+)' is required but missing\.$/.exec(detail))) return {ruleId: 'attribute-invalid', reason: `<${elementName}> lacks the required attribute "${local(d[1] ?? '')}".`, raw, ...where}
  if ((d = /^'(.*)' is not a valid value of (?:the (?:atomic|local atomic|list|union) type) '?([^'.]*)'?\.?$/.exec(detail))) {
    const what = attributeName ? `of attribute "${attributeName}" on <${elementName}>` : `of <${elementName}>`
    return {ruleId: attributeName ? 'attribute-value-invalid' : 'value-invalid', reason: `The value "${d[1]}" ${what} is not a valid ${d[2]}.`, raw, ...where}
  }
  if ((d = /^\[facet 'enumeration'\] The value '(.*)' is not an element of the set \{(.*)\}\.$/.exec(detail))) {
    const what = attributeName ? `of attribute "${attributeName}" on <${elementName}>` : `of <${elementName}>`
    return {ruleId: attributeName ? 'attribute-value-invalid' : 'value-invalid', reason: `The value "${d[1]}" ${what} is not allowed; use one of: ${(d[2] ?? '').replace(/'/g, '')}.`, raw, ...where}
  }
  if (/^Missing child element\(s\)\./.test(detail)) {
    const expected = /Expected is (?:one of )?\( (.*) \)/.exec(detail)?.[1]
    return {ruleId: 'element-incomplete', reason: `<${elementName}> is incomplete${expected ? `: it must contain ${expected.split(/,\s*/).map((n) => `<${local(n)}>`).join(' or ')}` : ''}.`, raw, ...where}
  }
  return {ruleId: attributeName ? 'attribute-invalid' : 'schema-invalid', reason: `${attributeName ? `Attribute "${attributeName}" of ` : ''}<${elementName}>: ${detail}`, raw, ...where}
}

function local(name: string): string {
  return name.replace(/^\{[^}]*\}/, '').replace(/^[^:]*:/, '')
}
