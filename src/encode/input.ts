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
  const seen = decoded.problem === 'empty' ? undefined : seenEncoding(bytes)
  const [known, reason] = PROBLEMS[decoded.problem]
  // UTF-16 holds NUL bytes but is text: refused as not UTF-8, not as binary.
  const ruleId = seen === undefined ? known : 'encode-not-utf8'
  file.message(seen ?? reason, {ruleId, source: 'encode', severity: 'error', fatal: true, place: {start: {line: decoded.line, column: decoded.column}}})
  return false
}

/** True when a decoded string is only whitespace (an "empty" text in all but bytes). */
export function isBlankText(text: string): boolean {
  return text.replace(/[\s\u00a0\ufeff]/g, '') === ''
}

/**
 * A refusal naming the encoding the bytes look like, with the advice to save as UTF-8, or undefined when
 * they look like no text encoding: a UTF-16 byte-order mark (Unicode §23.8), or bytes that are not
 * UTF-8 but hold no NUL (a single-byte encoding; which one cannot be told from the bytes alone).
 */
function seenEncoding(bytes: Uint8Array): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return `The file is UTF-16 text (${bytes[0] === 0xff ? 'little' : 'big'}-endian, with a byte-order mark), not UTF-8; save it as UTF-8 and encode it again.`
  }
  if (bytes.indexOf(0) >= 0) return undefined
  return 'The file is not UTF-8 text: it looks like a single-byte encoding such as Windows-1252 or ISO-8859-1 (Latin-1); save it as UTF-8 and encode it again.'
}

