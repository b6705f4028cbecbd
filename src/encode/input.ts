/** Reading a source text: refuse empty, binary and non-UTF-8 input with a position, never a stack trace. */
import {decodeUtf8} from '../core/fs.js'
import type {TeiFile} from '../core/file.js'
import './rules.js'

const PROBLEMS = {
  empty: ['encode-empty-input', 'The file is empty: there is no text to encode.'],
  binary: ['encode-binary-input', 'The file contains NUL bytes: it is a binary file, not a text to encode.'],
  'not-utf8': ['encode-not-utf8', 'The file is not valid UTF-8 text; save it as UTF-8 and encode it again.']
} as const

/** Decode bytes into `file.source`; on failure add a fatal message and return false. */
export function loadSourceBytes(file: TeiFile, bytes: Uint8Array): boolean {
  const decoded = decodeUtf8(bytes)
  if (decoded.ok) {
    file.source = decoded.text
    return true
  }
  const [ruleId, reason] = PROBLEMS[decoded.problem]
  file.message(reason, {ruleId, source: 'encode', severity: 'error', fatal: true, place: {start: {line: decoded.line, column: decoded.column}}})
  return false
}

/** True when a decoded string is only whitespace (an "empty" text in all but bytes). */
export function isBlankText(text: string): boolean {
  return text.replace(/[\s\u00a0\ufeff]/g, '') === ''
}
