/**
 * What a RELAX NG schema allows on each element: attribute names and, where the schema closes the list,
 * their values. libxml2 says only "Invalid attribute X for element Y"; with this index the message can
 * say whether the attribute is unknown there or its value is not in the list (and which values are).
 */
import {readFileSync} from 'node:fs'
import {parseXml} from '../parse/parse-xml.js'
import type {XmlElement} from '../parse/tree.js'

const RNG = 'http://relaxng.org/ns/structure/1.0'

/** Allowed values of one attribute: a closed list, or `undefined` when any value of a datatype is allowed. */
export type AllowedValues = readonly string[] | undefined

/** Element local name → attribute local name → allowed values. */
export type AttributeIndex = Map<string, Map<string, AllowedValues>>

const cache = new Map<string, AttributeIndex | undefined>()

/** The attribute index of an .rng file (undefined for XSD or when the schema cannot be read). Cached per path and content. */
export function attributeIndex(schemaPath: string): AttributeIndex | undefined {
  if (!schemaPath.toLowerCase().endsWith('.rng')) return undefined
  let text: string
  try {
    text = readFileSync(schemaPath, 'utf8')
  } catch {
    return undefined
  }
  const key = `${schemaPath}\n${text.length}\n${text.slice(0, 2000)}`
  if (!cache.has(key)) cache.set(key, buildIndex(text))
  return cache.get(key)
}

/** Build the index from schema text. */
export function buildIndex(text: string): AttributeIndex | undefined {
  const root = parseXml(text, 'schema.rng').tree?.root
  if (!root) return undefined
  const defines = new Map<string, XmlElement[]>()
  const elementPatterns: XmlElement[] = []
  const stack: XmlElement[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as XmlElement
    if (node.uri === RNG && node.local === 'define') {
      const name = attr(node, 'name')
      defines.set(name, [...(defines.get(name) ?? []), node])
    }
    if (node.uri === RNG && node.local === 'element' && attr(node, 'name')) elementPatterns.push(node)
    for (const child of node.children) if (child.type === 'element') stack.push(child)
  }
  const memo = new Map<string, Map<string, AllowedValues>>()
  const index: AttributeIndex = new Map()
  for (const element of elementPatterns) {
    const local = attr(element, 'name').replace(/^[^:]*:/, '')
    const attributes = index.get(local) ?? new Map<string, AllowedValues>()
    for (const child of element.children) if (child.type === 'element') merge(attributes, collect(child, defines, memo, new Set()))
    index.set(local, attributes)
  }
  return index
}

/** Attributes reachable from a pattern without entering another element. */
function collect(node: XmlElement, defines: Map<string, XmlElement[]>, memo: Map<string, Map<string, AllowedValues>>, visiting: Set<string>): Map<string, AllowedValues> {
  const found = new Map<string, AllowedValues>()
  if (node.uri !== RNG || node.local === 'element') return found
  if (node.local === 'attribute') {
    const name = attr(node, 'name').replace(/^[^:]*:/, '')
    if (name) found.set(name, values(node, defines, new Set()))
    return found
  }
  if (node.local === 'ref') {
    const name = attr(node, 'name')
    const known = memo.get(name)
    if (known) return known
    if (visiting.has(name)) return found
    visiting.add(name)
    const result = new Map<string, AllowedValues>()
    for (const define of defines.get(name) ?? []) for (const child of define.children) if (child.type === 'element') merge(result, collect(child, defines, memo, visiting))
    visiting.delete(name)
    memo.set(name, result)
    return result
  }
  for (const child of node.children) if (child.type === 'element') merge(found, collect(child, defines, memo, visiting))
  return found
}

/** The closed list of values of an attribute pattern, or undefined when it accepts data or text. */
function values(node: XmlElement, defines: Map<string, XmlElement[]>, visiting: Set<string>): AllowedValues {
  const list: string[] = []
  let open = false
  const walk = (n: XmlElement) => {
    if (n.uri !== RNG) return
    if (n.local === 'value') list.push(n.children.map((c) => (c.type === 'text' ? c.value : '')).join('').trim())
    else if (n.local === 'data' || n.local === 'text') open = true
    else if (n.local === 'ref') {
      const name = attr(n, 'name')
      if (visiting.has(name)) return
      visiting.add(name)
      for (const define of defines.get(name) ?? []) for (const c of define.children) if (c.type === 'element') walk(c)
    } else for (const c of n.children) if (c.type === 'element') walk(c)
  }
  const children = node.children.filter((c): c is XmlElement => c.type === 'element' && c.uri === RNG && c.local !== 'name')
  if (children.length === 0) return undefined // <attribute name="x"/> means any text
  for (const c of children) walk(c)
  return open || list.length === 0 ? undefined : [...new Set(list)]
}

function merge(into: Map<string, AllowedValues>, from: Map<string, AllowedValues>): void {
  for (const [name, allowed] of from) {
    if (!into.has(name)) into.set(name, allowed)
    else {
      const existing = into.get(name)
      into.set(name, existing && allowed ? [...new Set([...existing, ...allowed])] : undefined)
    }
  }
}

function attr(element: XmlElement, name: string): string {
  return element.attributes.find((a) => a.name === name)?.value ?? ''
}
