/**
 * Well-formedness and the positioned tree, on saxes (strict, namespace-aware). The only saxes import.
 * Positions are offsets in the prepared text, mapped back to the file as written.
 */
import {SaxesParser, type SaxesTagNS} from 'saxes'
import {createMessage, type Message} from '../core/message.js'
import {LineIndex} from '../core/position.js'
import {expandInternalEntities} from './doctype.js'
import type {XmlElement, XmlTree} from './tree.js'
import './rules.js'

/** A parse: the tree (absent when the document is not well-formed) and the messages found on the way. */
export interface ParseResult {
  tree?: XmlTree
  messages: Message[]
}

/** Parse XML text (a BOM is dropped) into a positioned tree, or a fatal `not-well-formed` message with the place. */
export function parseXml(text: string, path: string): ParseResult {
  // A byte-order mark is invisible in editors, so columns are counted without it.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const lines = new LineIndex(source)
  const prepared = expandInternalEntities(source)
  const messages: Message[] = prepared.notes.map((note) =>
    createMessage(note.reason, {
      ruleId: note.ruleId,
      source: 'xml',
      file: path,
      severity: note.ruleId === 'entity-limit-exceeded' ? 'error' : 'warning',
      place: {start: lines.toPoint(note.offset)},
      ...(note.ruleId === 'entity-limit-exceeded' ? {fatal: true as const} : {})
    })
  )
  if (prepared.refused) return {messages}
  const parsed = prepared.text
  const toOriginal = prepared.toOriginal
  const result = buildTree(parsed)
  if ('error' in result) {
    const start = lines.toPoint(toOriginal(result.offset))
    // An entity declared only in the external DTD (which is never loaded) is undefined here: say so.
    const hint = /is not defined/.test(result.error) && prepared.notes.some((n) => n.ruleId === 'external-dtd-ignored') ? ' It may be declared in the external DTD, which teipipe does not load: declare it in the DOCTYPE\'s internal subset, or write the character itself.' : ''
    messages.push(createMessage(`The file is not well-formed XML: ${result.error}${hint}`, {ruleId: 'not-well-formed', source: 'xml', file: path, severity: 'error', fatal: true, place: {start}, note: result.raw}))
    return {messages}
  }
  return {tree: {root: result.root, text: parsed, toOriginal, lines, parsedLines: parsed === source ? lines : new LineIndex(parsed)}, messages}
}

/** Run saxes over the text; stop at the first error (later ones are usually its echoes). */
function buildTree(text: string): {root: XmlElement} | {error: string; raw: string; offset: number} {
  if (text.trim() === '') return {error: 'the file is empty; an XML document needs a root element.', raw: 'empty document', offset: 0}
  const parser = new SaxesParser({xmlns: true, position: true})
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  let failure: {error: string; raw: string; offset: number} | undefined
  let tagStart = 0
  parser.on('error', (error) => {
    if (failure) return
    const offset = Math.max(0, parser.position - 1)
    if (/close tag|closing tag/.test(error.message)) {
      // Point at the `</` of the offending end tag, and say which element is still open.
      const at = text.lastIndexOf('</', offset)
      const name = /^<\/([^\s>]*)/.exec(text.slice(at))?.[1] ?? ''
      const open = implicitlyClosed ?? stack.at(-1)
      const lines = new LineIndex(text.slice(0, (open?.start ?? 0) + 1))
      const where = open ? lines.toPoint(open.start) : undefined
      const reason = open && where ? `the end tag </${name}> does not match the open element <${open.name}> (line ${where.line}, column ${where.column}).` : `the end tag </${name}> has no matching start tag.`
      failure = {error: reason, raw: error.message, offset: at < 0 ? offset : at}
      return
    }
    const duplicate = /duplicate attribute: (.*)\.$/.exec(error.message)
    if (duplicate) {
      // Point at the second occurrence of the attribute, not at the end of the tag.
      const name = (duplicate[1] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      const found = [...text.slice(tagStart, offset + 1).matchAll(new RegExp(`\\s${name}\\s*=`, 'g'))].at(-1)
      failure = {error: explain(error.message), raw: error.message, offset: found ? tagStart + found.index + 1 : offset}
      return
    }
    if (/undefined entity/.test(error.message)) {
      const at = text.lastIndexOf('&', offset)
      const name = /^&([^;\s]*);/.exec(text.slice(at))?.[1] ?? ''
      failure = {error: explain(`undefined entity: ${name}`), raw: error.message, offset: at < 0 ? offset : at}
      return
    }
    failure = {error: explain(error.message), raw: error.message, offset}
  })
  parser.on('opentagstart', () => {
    tagStart = text.lastIndexOf('<', parser.position - 1)
  })
  parser.on('opentag', (tag: SaxesTagNS) => {
    const parent = stack.at(-1)
    const element: XmlElement = {type: 'element', uri: tag.uri, local: tag.local, name: tag.name, attributes: [], children: [], parent, start: tagStart, startTagEnd: parser.position, end: parser.position}
    const tagText = text.slice(tagStart, parser.position)
    let from = tag.name.length + 1
    for (const attribute of Object.values(tag.attributes)) {
      // Find `name` followed by `=` in the start tag, so messages can point at the attribute itself.
      const at = findAttribute(tagText, attribute.name, from)
      const start = at < 0 ? tagStart : tagStart + at
      const valueEnd = at < 0 ? parser.position : tagStart + endOfValue(tagText, at)
      if (at >= 0) from = endOfValue(tagText, at)
      element.attributes.push({uri: attribute.uri, local: attribute.local, name: attribute.name, value: attribute.value, start, end: valueEnd})
    }
    markupEnd = parser.position
    if (parent) parent.children.push(element)
    else root ??= element
    stack.push(element)
  })
  // Where the last markup ended: character data starts there (saxes reports text only when it ends).
  let markupEnd = 0
  // saxes closes open elements itself before reporting a mismatched end tag: remember the first one.
  let implicitlyClosed: XmlElement | undefined
  parser.on('closetag', () => {
    const element = stack.pop()
    if (element) element.end = parser.position
    if (element && !failure && !implicitlyClosed && text.slice(parser.position - 2, parser.position) !== '/>') {
      const at = text.lastIndexOf('</', parser.position - 1)
      if (!text.startsWith(`</${element.name}`, at) || /[^\s>]/.test(text.charAt(at + 2 + element.name.length))) implicitlyClosed = element
    }
    markupEnd = parser.position
  })
  for (const event of ['comment', 'processinginstruction', 'doctype', 'xmldecl'] as const) parser.on(event, () => void (markupEnd = parser.position))
  const addText = (value: string, end: number) => {
    const parent = stack.at(-1)
    const start = markupEnd
    markupEnd = end
    if (!parent) return
    const last = parent.children.at(-1)
    if (last?.type === 'text') {
      last.value += value
      last.end = end
    } else parent.children.push({type: 'text', value, start, end})
  }
  // saxes has read the `<` that ends a text node; a CDATA section ends after `]]>`.
  parser.on('text', (value) => addText(value, Math.max(markupEnd, parser.position - 1)))
  parser.on('cdata', (value) => addText(value, parser.position))
  try {
    parser.write(text).close()
  } catch (error) {
    failure ??= {error: explain(String(error)), raw: String(error), offset: parser.position}
  }
  if (failure) return failure
  if (!root) return {error: 'there is no root element.', raw: 'no root', offset: 0}
  return {root}
}

/** Offset of `name=` (after whitespace) in a start tag, from `from` on; plain scanning, as this runs per attribute. */
function findAttribute(tagText: string, name: string, from: number): number {
  let i = tagText.indexOf(name, from)
  while (i >= 0) {
    if (isSpace(tagText.charCodeAt(i - 1))) {
      let j = i + name.length
      while (isSpace(tagText.charCodeAt(j))) j++
      if (tagText.charCodeAt(j) === 61) return i // '='
    }
    i = tagText.indexOf(name, i + 1)
  }
  return -1
}

/** Offset just after the quoted value of the attribute at `at`. */
function endOfValue(tagText: string, at: number): number {
  let q = tagText.indexOf('=', at) + 1
  while (isSpace(tagText.charCodeAt(q))) q++
  const quote = tagText[q]
  const close = quote === '"' || quote === "'" ? tagText.indexOf(quote, q + 1) : -1
  return close < 0 ? tagText.length : close + 1
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}

/** Rewrite saxes's terse messages (`2:8: unmatched closing tag: c.`) as sentences. */
function explain(raw: string): string {
  const text = raw.replace(/^[^:]*?:?\d+:\d+: /, '').replace(/\.$/, '')
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^unmatched closing tag: (.*)$/, (m) => `the end tag </${m[1]}> does not match the element that is open here.`],
    [/^unclosed tag: (.*)$/, (m) => `the element <${m[1]}> is never closed.`],
    [/^undefined entity: (.*)$/, (m) => `the entity &${m[1]}; is not defined (XML knows only &amp;, &lt;, &gt;, &quot; and &apos; unless a DOCTYPE declares more).`],
    [/^unbound namespace prefix: "?([^"]*)"?$/, (m) => `the namespace prefix "${m[1]}" is not declared.`],
    [/^text data outside of root node$/, () => 'there is text after the root element ends (or before it starts).'],
    [/^unexpected close tag$/, () => 'an end tag appears where none is expected.'],
    [/^duplicate attribute: (.*)$/, (m) => `the attribute ${m[1]} appears twice on one element.`],
    [/^disallowed character in entity name$|^invalid character entity/, () => 'a "&" is not followed by an entity name and ";" (write &amp; for a literal ampersand).']
  ]
  for (const [pattern, say] of rules) {
    const match = pattern.exec(text)
    if (match) return say(match)
  }
  return `${text}.`
}

/** An element met by {@link scanXml}: its names, attributes and offsets in the scanned text. */
export interface ScannedElement {
  uri: string
  local: string
  /** The qualified name as written. */
  name: string
  /** Attributes by qualified name as written (`xml:id`, `xmlns:tei`), with their values. */
  attributes: Record<string, string>
  /** Offset of `<`. */
  start: number
  /** Offset after the start tag's `>`. */
  startTagEnd: number
  /** Offset after the end tag (set when the element closes; equal to startTagEnd for `<e/>`). */
  end: number
}

/** What {@link scanXml} reports, in document order. */
export interface ScanVisitor {
  open(element: ScannedElement): void
  close(element: ScannedElement): void
  /** Character data (CDATA included) directly inside the innermost open element. */
  text?(value: string, parent: ScannedElement | undefined): void
}

/**
 * Stream well-formed XML text (as prepared for XSLT: no DOCTYPE entities left) through saxes without
 * building a tree: one linear pass, memory for the open elements only. Returns false (and stops) at the
 * first well-formedness error; `parseXml` is the place that reports such errors.
 */
export function scanXml(text: string, visitor: ScanVisitor): boolean {
  const parser = new SaxesParser({xmlns: true, position: true})
  const stack: ScannedElement[] = []
  let tagStart = 0
  let failed = false
  parser.on('error', () => { failed = true })
  parser.on('opentagstart', () => { tagStart = text.lastIndexOf('<', parser.position - 1) })
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attributes: Record<string, string> = {}
    for (const attribute of Object.values(tag.attributes)) attributes[attribute.name] = attribute.value
    const element: ScannedElement = {uri: tag.uri, local: tag.local, name: tag.name, attributes, start: tagStart, startTagEnd: parser.position, end: parser.position}
    stack.push(element)
    visitor.open(element)
  })
  parser.on('closetag', () => {
    const element = stack.pop()
    if (!element) return
    element.end = parser.position
    visitor.close(element)
  })
  if (visitor.text) {
    const onText = (value: string) => visitor.text?.(value, stack.at(-1))
    parser.on('text', onText)
    parser.on('cdata', onText)
  }
  try {
    parser.write(text).close()
  } catch {
    failed = true
  }
  return !failed
}
