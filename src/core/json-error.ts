/** Where and why a JSON text (RFC 8259) does not parse, in words a historian understands. */
import {parse, printParseErrorCode, type ParseError} from 'jsonc-parser'
import type {Position} from './message.js'

/** A JSON syntax error: its place (1-based line and column, 0-based offset), a plain sentence, and the parser's own words. */
export interface JsonSyntaxError {
  place: Position
  sentence: string
  raw: string
}

/**
 * The first syntax error of `text` as strict JSON, or undefined when it parses. JSON.parse decides whether it
 * parses; jsonc-parser (comments and trailing commas disallowed) says where, since Node's messages do not
 * always give an offset.
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    JSON.parse(text)
    return undefined
  } catch {
    // located below
  }
  const errors: ParseError[] = []
  parse(text, errors, {allowTrailingComma: false, disallowComments: true, allowEmptyContent: false})
  const first = errors[0]
  const offset = Math.min(first?.offset ?? text.length, text.length)
  const raw = first === undefined ? 'not valid JSON' : printParseErrorCode(first.error)
  const next = text.slice(offset).trimStart()[0]
  const previous = text.slice(0, offset).trimEnd().at(-1)
  const sentence = next === undefined
    ? 'it ends before every { and [ is closed, or a value is missing at the end'
    : (next === '}' || next === ']') && previous === ','
      ? `a comma before this "${next}" leaves nothing after it (JSON allows no trailing comma)`
      : next === '/' || next === '#'
        ? 'JSON allows no comments'
        : 'something here is not allowed in JSON (keys and strings need double quotes; items are separated by one comma)'
  const before = text.slice(0, offset)
  const point = {line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1, offset}
  return {place: {start: point, end: point}, sentence, raw}
}
