/**
 * RELAX NG problems worded for people: where an element may not stand and what the schema expected
 * there, which required elements or attributes are missing, the likely name for a misspelt one. Every
 * statement is derived from the schema's own expected-sets (never guessed), so it is never false.
 */
import damerauLevenshtein from 'damerau-levenshtein'
import {closest, distance} from 'fastest-levenshtein'
import {createMessage, type Message, type Position} from '../../core/message.js'
import {pointAt, type XmlElement, type XmlTree} from '../../parse/tree.js'
import {NO_SUCH_DAY, type DataFailure} from './datatypes.js'
import type {Name} from './pattern.js'
import type {Expected, RngProblem} from './validator.js'

const XML_NS = 'http://www.w3.org/XML/1998/namespace'
const XINCLUDE_NS = 'http://www.w3.org/2001/XInclude'
/** How many names a list shows before "and N more". */
const LIST_LIMIT = 12

/** Word one file's problems as messages (suggestions only from the names the schema allows at that point). */
export function problemMessages(problems: readonly RngProblem[], tree: XmlTree, path: string): Message[] {
  return problems.map((p) => {
    const {reason, ruleId, place, expected, actual} = word(p, tree)
    return createMessage(reason, {ruleId, source: 'relaxng', file: path, severity: 'error', place, ...(expected && expected.length > 0 ? {expected} : {}), ...(actual !== undefined ? {actual} : {})})
  })
}

function word(p: RngProblem, tree: XmlTree): {reason: string; ruleId: string; place: Position; expected?: string[]; actual?: string} {
  const start = (e: XmlElement): Position => ({start: pointAt(tree, e.start), end: pointAt(tree, e.startTagEnd)})
  const endTag = (e: XmlElement): Position => {
    const at = e.end === e.startTagEnd ? e.start : tree.text.lastIndexOf('</', e.end - 1)
    return {start: pointAt(tree, at), end: pointAt(tree, e.end)}
  }
  const el = (e: XmlElement) => tag(e.name)
  switch (p.kind) {
    case 'element-unknown': {
      const parent = p.element.parent
      const suggestion = suggest(p.element, p.expected.names)
      const xinclude = p.element.uri === XINCLUDE_NS ? ' teipipe does not expand XInclude (nor does Jing by default), so the schema sees the include element itself.' : ''
      const where = parent ? ` ${inside(parent, p.previous, p.element)}` : ''
      const what = p.element.uri === parent?.uri || !parent ? el(p.element) : `${el(p.element)} (namespace ${p.element.uri || 'none'})`
      return {
        ruleId: 'element-unknown',
        reason: `${what} is not an element this schema allows anywhere${suggestion ? ` (did you mean ${tag(suggestion)}?)` : ''}.${xinclude}${where ? ` Expected${where}: ${expectedText(p.expected, parent)}.` : ''}`,
        place: start(p.element),
        expected: expectedList(p.expected, parent)
      }
    }
    case 'element-out-of-context':
    case 'element-not-yet': {
      const parent = p.element.parent
      const where = parent ? inside(parent, p.previous, p.element) : 'as the root element'
      // An element of another namespace is named with it: the same local name in TEI may well be allowed.
      const what = parent && p.element.uri !== parent.uri ? `${el(p.element)} (namespace ${p.element.uri || 'none'})` : el(p.element)
      let reason: string
      if (p.kind === 'element-out-of-context') {
        reason = `${what} may not stand ${where}. Expected there: ${expectedText(p.expected, parent)}.`
      } else if (p.missing.length > 0) {
        reason = `${what} comes too early ${where}: ${names(p.missing, 'and', p.element)} must come first (${p.missing.length === 1 ? 'it is' : 'they are'} required).`
      } else reason = `${what} is not allowed yet ${where}. Expected there first: ${expectedText(p.expected, parent)}.`
      return {ruleId: 'element-not-allowed', reason, place: start(p.element), expected: expectedList(p.expected, parent)}
    }
    case 'element-incomplete': {
      const reason =
        p.missing.length > 0
          ? `${el(p.element)} is incomplete: the required ${names(p.missing, 'and', p.element)} ${p.missing.length === 1 ? 'is' : 'are'} missing.`
          : `${el(p.element)} is incomplete: it must still contain ${expectedText({...p.expected, endTag: false}, p.element)}.`
      return {ruleId: 'element-incomplete', reason, place: endTag(p.element), expected: expectedList({...p.expected, endTag: false}, p.element)}
    }
    case 'text-not-allowed': {
      const place = p.text ? {start: pointAt(tree, p.text.start + leadingSpace(p.text.value)), end: pointAt(tree, p.text.end)} : start(p.element)
      const onlyElements = !p.expected.text && !p.expected.data
      return {
        ruleId: 'text-not-allowed',
        reason: `Text is not allowed here inside ${el(p.element)}${onlyElements && p.expected.names.length > 0 ? ', which may contain only elements at this point' : ''}. Expected there: ${expectedText(p.expected, p.element)}.`,
        place,
        expected: expectedList(p.expected, p.element)
      }
    }
    case 'attribute-not-allowed': {
      const a = p.attribute
      const shown = `@${a.name}`
      const candidates = p.allowed.map((n) => attributeName(n, p.element))
      const guess = candidates.length > 0 ? closest(a.name, candidates) : undefined
      const suggestion = guess && distance(guess, a.name) <= Math.max(1, Math.floor(a.name.length / 3)) ? ` (did you mean @${guess}?)` : ''
      const allowed = p.allowed.length === 0 ? ` ${el(p.element)} may carry no attributes here.` : ` Allowed on ${el(p.element)}: ${list(candidates.sort().map((c) => `@${c}`), 'and')}${p.open ? ', and attributes from other namespaces' : ''}.`
      return {ruleId: 'attribute-not-allowed', reason: `The attribute ${shown} is not allowed on ${el(p.element)}${suggestion}.${allowed}`, place: attributePlace(tree, p.element, a), expected: candidates.map((c) => `@${c}`)}
    }
    case 'attribute-value-invalid': {
      const a = p.attribute
      return {ruleId: 'attribute-value-invalid', reason: `The value "${a.value}" of @${a.name} on ${el(p.element)} is not valid: it ${failureText(p.failures)}.`, place: attributePlace(tree, p.element, a), actual: a.value, expected: valuesOf(p.failures)}
    }
    case 'attribute-missing': {
      const reason =
        p.missing.length > 0
          ? `${el(p.element)} lacks the required ${p.missing.length === 1 ? 'attribute' : 'attributes'} ${list(p.missing.map((n) => `@${attributeName(n, p.element)}`), 'and')}.`
          : `${el(p.element)} lacks a required attribute: one of ${list(p.allowed.map((n) => `@${attributeName(n, p.element)}`).sort(), 'or')}.`
      return {ruleId: 'attribute-missing', reason, place: start(p.element)}
    }
    case 'value-invalid': {
      const reason = p.blank
        ? `${el(p.element)} may not be empty here. Expected: ${expectedText(p.expected as Expected, p.element)}.`
        : `The text "${shorten(p.value.trim())}" of ${el(p.element)} is not valid: it ${failureText(p.failures)}.`
      return {ruleId: 'value-invalid', reason, place: start(p.element), expected: valuesOf(p.failures)}
    }
    case 'id-duplicate': {
      const first = pointAt(tree, p.first.start)
      return {ruleId: 'id-duplicate', reason: `The identifier "${p.attribute.value.trim()}" (@${p.attribute.name}) is used twice; it was first given to ${el(p.first)} on line ${first.line}. Identifiers must be unique in a document.`, place: attributePlace(tree, p.element, p.attribute)}
    }
    case 'idref-missing':
      return {ruleId: 'idref-missing', reason: `@${p.attribute.name} on ${el(p.element)} refers to "${p.value}", but no element in the document has that identifier.`, place: attributePlace(tree, p.element, p.attribute)}
  }
}

/** An attribute's span, extended to the end of its start tag (where Jing and Xerces report it). */
function attributePlace(tree: XmlTree, element: XmlElement, a: {start: number; end: number}): Position {
  return {start: pointAt(tree, a.start), end: pointAt(tree, element.startTagEnd)}
}

function leadingSpace(s: string): number {
  return s.length - s.trimStart().length
}

function tag(name: string): string {
  return `<${name}>`
}

/** "inside <div> after <p>" / "at the start of <div>" / "inside <p>, after its first text". */
function inside(parent: XmlElement, previous: XmlElement | undefined, element: XmlElement): string {
  if (previous) return `inside ${tag(parent.name)} after ${tag(previous.name)}`
  const before = parent.children.slice(0, parent.children.indexOf(element))
  if (before.some((c) => c.type === 'text' && c.value.trim() !== '')) return `inside ${tag(parent.name)}, after its first text`
  return `at the start of ${tag(parent.name)}`
}

/** A name as the document would write it: local name in the element's own namespace, else prefixed. */
function elementName(n: Name, context: XmlElement | undefined): string {
  if (!context || n.ns === context.uri) return n.local
  const prefix = prefixFor(n.ns, context)
  if (prefix !== undefined) return prefix ? `${prefix}:${n.local}` : n.local
  return n.ns === '' ? n.local : `${n.local} (namespace ${n.ns})`
}

function attributeName(n: Name, context: XmlElement): string {
  if (n.ns === '') return n.local
  if (n.ns === XML_NS) return `xml:${n.local}`
  const prefix = prefixFor(n.ns, context)
  return prefix ? `${prefix}:${n.local}` : `${n.local} (namespace ${n.ns})`
}

function prefixFor(ns: string, context: XmlElement): string | undefined {
  for (let e: XmlElement | undefined = context; e; e = e.parent) {
    for (const a of e.attributes) {
      if (a.value !== ns) continue
      if (a.name === 'xmlns') return ''
      if (a.name.startsWith('xmlns:')) return a.name.slice(6)
    }
  }
  return undefined
}

function names(list: readonly Name[], joiner: 'and' | 'or', context: XmlElement | undefined): string {
  return list.length === 1 ? tag(elementName(list[0] as Name, context)) : list.length > 1 ? list.map((n) => tag(elementName(n, context))).sort().join(joiner === 'and' ? ' and ' : ' or ') : ''
}

const listCache = new WeakMap<Expected, Map<string, string[]>>()

/** The end tag and text first (they are the likeliest intended), then element names in order. */
function expectedList(e: Expected, context: XmlElement | undefined): string[] {
  // Cached per expected-set and context when every name is in the context's namespace (no prefixes to look up).
  const simple = !context || e.names.every((n) => n.ns === context.uri)
  const key = `${context?.uri ?? ''}\u0000${context?.name ?? ''}`
  if (simple) {
    const hit = listCache.get(e)?.get(key)
    if (hit) return hit
  }
  const out = computeExpectedList(e, context)
  if (simple) {
    let byContext = listCache.get(e)
    if (!byContext) listCache.set(e, (byContext = new Map()))
    byContext.set(key, out)
  }
  return out
}

function computeExpectedList(e: Expected, context: XmlElement | undefined): string[] {
  const out: string[] = []
  if (e.endTag && context) out.push(`the end of ${tag(context.name)}`)
  if (e.text) out.push('text')
  if (e.data) out.push('a value')
  out.push(...e.names.map((n) => tag(elementName(n, context))).sort())
  if (e.open) out.push('an element from another namespace')
  return out
}

/** "<p>, <list> or the end of <div>" (long lists shortened). */
function expectedText(e: Expected, context: XmlElement | undefined): string {
  const items = expectedList(e, context)
  if (items.length === 0) return 'nothing more'
  return list(items, 'or')
}

function list(items: readonly string[], joiner: 'and' | 'or'): string {
  if (items.length <= 1) return items[0] ?? ''
  if (items.length > LIST_LIMIT) {
    const shown = items.slice(0, LIST_LIMIT - 1)
    return `${shown.join(', ')} ${joiner} ${items.length - shown.length} more`
  }
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items.at(-1)}`
}

/**
 * The likely intended name for an unknown element: a name allowed at this very point (so that following the
 * suggestion fixes the error), in the element's namespace, differing only in case or by few edits relative to
 * the name's length: Damerau-Levenshtein distance (a swap of two letters is one edit) of at most a quarter of
 * the longer name (`hed` → `head`, `titel` → `title`, `pesrName` → `persName`; never `rdg` → `reg`, `w` → `l`).
 * Two names equally close: no suggestion (a guess either way). Elements of other projects or namespaces, and
 * names nothing allowed here resembles, get none.
 */
export function suggestElement(word: string, allowed: readonly string[]): string | undefined {
  const lower = word.toLowerCase()
  let best: {name: string; steps: number} | undefined
  let tie = false
  for (const name of new Set(allowed)) {
    if (name === word) continue
    const steps = name.toLowerCase() === lower ? 0 : damerauLevenshtein(lower, name.toLowerCase()).steps
    if (steps > Math.floor(Math.max(word.length, name.length) / 4)) continue
    if (!best || steps < best.steps) {
      best = {name, steps}
      tie = false
    } else if (steps === best.steps) tie = true
  }
  return best && !tie ? best.name : undefined
}

function suggest(element: XmlElement, expected: readonly Name[]): string | undefined {
  return suggestElement(element.local, expected.filter((n) => n.ns === element.uri).map((n) => n.local))
}

function valuesOf(failures: readonly DataFailure[]): string[] {
  return [...new Set(failures.filter((f) => f.kind === 'value').map((f) => f.value))].sort()
}

/** "must be one of "a", "b"" / "must be a whole number". */
function failureText(failures: readonly DataFailure[]): string {
  const values = valuesOf(failures)
  const details = [...new Set(failures.filter((f): f is Extract<DataFailure, {kind: 'data'}> => f.kind === 'data').map((f) => f.detail))]
  // A date of the right form naming no real day (1962-04-31) fails every other alternative too; the list
  // of forms would only tell the reader to write what is already written.
  const calendar = details.find((d) => d.startsWith(NO_SUCH_DAY))
  if (calendar) return calendar
  const parts: string[] = []
  if (values.length === 1) parts.push(`must be "${values[0]}"`)
  else if (values.length > 1) parts.push(`must be one of ${list(values.map((v) => `"${v}"`), 'or')}`)
  parts.push(...details)
  if (failures.some((f) => f.kind === 'except')) parts.push('is one of the values excluded here')
  return parts.length > 0 ? parts.join(', or ') : 'is not accepted here'
}

function shorten(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s
}
