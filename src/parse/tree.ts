/**
 * A small positioned, namespace-aware XML tree. Engines that give only a line (libxml2) or an XPath
 * (saxon-js `path()`) are mapped back to exact places through it.
 */
import type {LineIndex} from '../core/position.js'
import type {Point, Position} from '../core/message.js'

/** An attribute with its expanded name and the offsets of `name="value"` in the parsed text. */
export interface XmlAttribute {
  uri: string
  local: string
  /** The qualified name as written (`xml:id`, `ref`). */
  name: string
  value: string
  start: number
  end: number
}

/** A text node (character data, CDATA included). */
export interface XmlText {
  type: 'text'
  value: string
  /** Offsets of the raw text (entity references unexpanded) in the parsed text. */
  start: number
  end: number
}

/** An element with offsets into the parsed text: `start` at `<`, `startTagEnd` after `>`, `end` after the end tag. */
export interface XmlElement {
  type: 'element'
  uri: string
  local: string
  name: string
  attributes: XmlAttribute[]
  children: XmlNode[]
  parent: XmlElement | undefined
  start: number
  startTagEnd: number
  end: number
}

/** Element or text. Comments and processing instructions are not kept. */
export type XmlNode = XmlElement | XmlText

/** A parsed document: its root, and how offsets in the parsed text map to points in the original file. */
export interface XmlTree {
  root: XmlElement
  /** The text that was parsed (DOCTYPE blanked, internal entities expanded). */
  text: string
  /** Offsets of `text` back to offsets of the file as written. */
  toOriginal: (offset: number) => number
  /** Line index of the file as written. */
  lines: LineIndex
  /** Line index of `text`, for engines that saw `text`. */
  parsedLines: LineIndex
}

/** TEI's namespace. */
export const TEI_NS = 'http://www.tei-c.org/ns/1.0'

/** The span of an element's start tag in the original file. */
export function startTagPosition(tree: XmlTree, element: XmlElement): Position {
  return {start: pointAt(tree, element.start), end: pointAt(tree, element.startTagEnd)}
}

/** The span of a text node in the original file. */
export function textPosition(tree: XmlTree, text: XmlText): Position {
  return {start: pointAt(tree, text.start), end: pointAt(tree, text.end)}
}

/** The span of an attribute (`name="value"`) in the original file. */
export function attributePosition(tree: XmlTree, attribute: XmlAttribute): Position {
  return {start: pointAt(tree, attribute.start), end: pointAt(tree, attribute.end)}
}

/** The original-file point of an offset in the parsed text. */
export function pointAt(tree: XmlTree, offset: number): Point {
  return tree.lines.toPoint(tree.toOriginal(offset))
}

/** Every element in document order. */
export function* elements(root: XmlElement): Generator<XmlElement> {
  const stack: XmlElement[] = [root]
  while (stack.length > 0) {
    const element = stack.pop() as XmlElement
    yield element
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i]
      if (child?.type === 'element') stack.push(child)
    }
  }
}

/** Is the root `TEI` or `teiCorpus` in the TEI namespace? */
export function isTeiRoot(tree: XmlTree): boolean {
  return tree.root.uri === TEI_NS && (tree.root.local === 'TEI' || tree.root.local === 'teiCorpus')
}

/**
 * Find the node an XPath from saxon-js `path()` names, e.g. `/Q{ns}TEI[1]/Q{ns}text[1]/@ref`.
 * Returns the element and, for an attribute step, the attribute; text() and other steps stop at their element.
 */
export function resolvePath(tree: XmlTree, xpath: string): {element: XmlElement; attribute?: XmlAttribute; text?: XmlText} | undefined {
  const steps = splitPath(xpath)
  let element: XmlElement | undefined
  for (const step of steps) {
    if (step.startsWith('@')) {
      if (!element) return undefined
      const {uri, local} = parseName(step.slice(1))
      const attribute = element.attributes.find((a) => a.local === local && (uri === undefined || a.uri === uri))
      return attribute ? {element, attribute} : {element}
    }
    const textStep = /^text\(\)(?:\[(\d+)\])?$/.exec(step)
    if (textStep && element) {
      const texts = element.children.filter((c): c is XmlText => c.type === 'text')
      const text = texts[Number(textStep[1] ?? '1') - 1]
      return text ? {element, text} : {element}
    }
    const match = /^(Q\{([^}]*)\})?([^[]+)(?:\[(\d+)\])?$/.exec(step)
    if (!match || match[3]?.includes('(')) break // comment(), processing-instruction(): stay on the element
    const uri = match[1] === undefined ? undefined : (match[2] ?? '')
    const local = (match[3] ?? '').replace(/^[^:]*:/, '')
    const index = Number(match[4] ?? '1')
    if (!element) {
      if (tree.root.local !== local || (uri !== undefined && tree.root.uri !== uri)) return undefined
      element = tree.root
      continue
    }
    let seen = 0
    let next: XmlElement | undefined
    for (const child of element.children) {
      if (child.type === 'element' && child.local === local && (uri === undefined || child.uri === uri) && ++seen === index) {
        next = child
        break
      }
    }
    if (!next) return {element}
    element = next
  }
  return element ? {element} : undefined
}

/** Split an XPath at `/` outside `Q{…}` and predicates. */
function splitPath(xpath: string): string[] {
  const steps: string[] = []
  let depth = 0
  let current = ''
  for (const c of xpath) {
    if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') depth--
    if (c === '/' && depth === 0) {
      if (current) steps.push(current)
      current = ''
    } else current += c
  }
  if (current) steps.push(current)
  return steps
}

function parseName(name: string): {uri: string | undefined; local: string} {
  const match = /^Q\{([^}]*)\}(.*)$/.exec(name)
  if (match) return {uri: match[1] ?? '', local: match[2] ?? ''}
  return {uri: name.includes(':') ? undefined : '', local: name.replace(/^[^:]*:/, '')}
}

/** The largest line number libxml2 reports. */
export const LIBXML_LINE_CAP = 65_535

const lineIndexes = new WeakMap<XmlTree, Map<number, XmlElement[]>>()

/**
 * Find the element libxml2 means by "line N, element X": libxml2 records the line where the start
 * tag ends, so take an element named X whose start tag spans that line (lines of the parsed text).
 */
export function findElementOnLine(tree: XmlTree, line: number, local?: string, occurrence = 0): XmlElement | undefined {
  // libxml2 keeps line numbers in 16 bits: from 65535 on, take the n-th element of that name past the cap.
  // `occurrence` tells which of several same-named elements on one line is meant (libxml2 reports in document order).
  if (line >= LIBXML_LINE_CAP && local !== undefined) {
    const past = [...elements(tree.root)].filter((e) => e.local === local && tree.parsedLines.toPoint(e.startTagEnd - 1).line >= LIBXML_LINE_CAP)
    return past[occurrence] ?? past.at(-1)
  }
  let index = lineIndexes.get(tree)
  if (!index) {
    index = new Map()
    for (const element of elements(tree.root)) {
      const first = tree.parsedLines.toPoint(element.start).line
      const last = tree.parsedLines.toPoint(element.startTagEnd - 1).line
      for (let l = first; l <= last; l++) {
        const list = index.get(l)
        if (list) list.push(element)
        else index.set(l, [element])
      }
    }
    lineIndexes.set(tree, index)
  }
  const candidates = index.get(line) ?? []
  if (local === undefined) return candidates[0]
  // Prefer start tags that end on the line (libxml2's line), then those spanning it; the n-th of them.
  const named = candidates.filter((e) => e.local === local)
  const ending = named.filter((e) => tree.parsedLines.toPoint(e.startTagEnd - 1).line === line)
  const list = ending.length > 0 ? ending : named
  return list[occurrence] ?? list.at(-1)
}
