/**
 * Bounding element depth before XSLT: saxon-js recurses once (or more) per element level on the
 * JavaScript stack, which a few hundred levels of nesting exhaust. Elements nested deeper than
 * the limit are unwrapped (their start and end tags removed, their content kept), so that every
 * word still reaches the editions and a real document never fails for its depth.
 */
import {LineIndex} from '../core/position.js'
import type {Point} from '../core/message.js'

/** Element depth the editions render as markup (the root is depth 1). Measured: saxon-js 2.7 on
 * Node 20's default stack renders about 500 levels of lists; 200 leaves room for callers' frames. */
export const MAX_RENDER_DEPTH = 200

/** Result of {@link flattenDeepMarkup}. */
export interface FlattenResult {
  /** The XML with elements deeper than the limit unwrapped (the input itself when none were). */
  text: string
  /** How many elements were unwrapped. */
  unwrapped: number
  /** Where the first unwrapped element starts (1-based line and column of `text` before flattening). */
  first?: Point
}

/**
 * Unwrap the elements of well-formed XML text nested deeper than `limit` levels. One linear
 * scan; comments, CDATA sections, processing instructions, the DOCTYPE and quoted attribute
 * values are skipped as XML 1.0 (§2.5–2.8, §3.1) defines them. Malformed input is returned as
 * it is (the XSLT engine reports it).
 */
export function flattenDeepMarkup(xml: string, limit = MAX_RENDER_DEPTH): FlattenResult {
  const cuts: [number, number][] = []
  let depth = 0
  let i = xml.indexOf('<')
  while (i >= 0 && i < xml.length) {
    const next = xml.charCodeAt(i + 1)
    let end: number
    if (next === 33 /* ! */) {
      if (xml.startsWith('<!--', i)) end = endOf(xml, '-->', i + 4)
      else if (xml.startsWith('<![CDATA[', i)) end = endOf(xml, ']]>', i + 9)
      else end = doctypeEnd(xml, i)
    } else if (next === 63 /* ? */) {
      end = endOf(xml, '?>', i + 2)
    } else {
      end = tagEnd(xml, i)
      if (end < 0) return {text: xml, unwrapped: 0}
      if (next === 47 /* / */) {
        if (depth > limit) cuts.push([i, end])
        depth--
      } else {
        const selfClosing = xml.charCodeAt(end - 2) === 47
        depth++
        if (depth > limit) cuts.push([i, end])
        if (selfClosing) depth--
      }
    }
    if (end < 0) return {text: xml, unwrapped: 0}
    i = xml.indexOf('<', end)
  }
  if (cuts.length === 0) return {text: xml, unwrapped: 0}
  const parts: string[] = []
  let at = 0
  for (const [s, e] of cuts) {
    parts.push(xml.slice(at, s))
    at = e
  }
  parts.push(xml.slice(at))
  const firstCut = cuts[0]?.[0] ?? 0
  const start = new LineIndex(xml).toPoint(firstCut)
  // End tags count too; report elements (start or empty-element tags).
  const unwrapped = cuts.filter(([s]) => xml.charCodeAt(s + 1) !== 47).length
  return {text: parts.join(''), unwrapped, first: {line: start.line, column: start.column}}
}

/** Offset just after `terminator`, searching from `from`; -1 when absent. */
function endOf(xml: string, terminator: string, from: number): number {
  const at = xml.indexOf(terminator, from)
  return at < 0 ? -1 : at + terminator.length
}

/** Offset just after the `>` closing the tag at `start`, skipping quoted attribute values. */
function tagEnd(xml: string, start: number): number {
  let quote = 0
  for (let j = start + 1; j < xml.length; j++) {
    const c = xml.charCodeAt(j)
    if (quote) {
      if (c === quote) quote = 0
    } else if (c === 34 || c === 39) quote = c
    else if (c === 62) return j + 1
  }
  return -1
}

/** Offset just after a `<!DOCTYPE …>` declaration, with its internal subset. */
function doctypeEnd(xml: string, start: number): number {
  const bracket = xml.indexOf('[', start)
  const close = xml.indexOf('>', start)
  if (close < 0) return -1
  if (bracket < 0 || bracket > close) return close + 1
  const subsetEnd = xml.indexOf(']', bracket)
  return subsetEnd < 0 ? -1 : endOf(xml, '>', subsetEnd)
}
