/**
 * Input decoding for XML files (XML 1.0 §4.3.3 and Appendix F): a byte-order mark or the first bytes
 * decide between UTF-8 and UTF-16 (LE/BE); without them the encoding declaration is honoured for the
 * encodings WHATWG TextDecoder knows (ISO-8859-1, windows-1252, …). Anything else is refused with a
 * sentence naming the encoding, never read as garbage.
 */
import {decodeUtf8, type DecodeResult} from '../core/fs.js'

/** A decoded file: the text (no BOM) and the encoding it was read in, or why it could not be read. */
export type XmlDecodeResult = (DecodeResult & {ok: true; encoding: string}) | (DecodeResult & {ok: false; reason: string})

/** Decode the bytes of an XML file. */
export function decodeXml(bytes: Uint8Array): XmlDecodeResult {
  const b0 = bytes[0]
  const b1 = bytes[1]
  if (b0 === 0xff && b1 === 0xfe) return utf16(bytes.subarray(2), 'utf-16le')
  if (b0 === 0xfe && b1 === 0xff) return utf16(bytes.subarray(2), 'utf-16be')
  if (b0 === 0x3c && b1 === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) return utf16(bytes, 'utf-16le')
  if (b0 === 0x00 && b1 === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) return utf16(bytes, 'utf-16be')
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200))
  const declared = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(head)?.[1]
  const label = declared?.toLowerCase()
  if (label === undefined || label === 'utf-8' || label === 'utf8' || label === 'us-ascii' || label === 'ascii' || (head.startsWith('\u00EF\u00BB\u00BF'))) return withReason(decodeUtf8(bytes), 'UTF-8')
  if (label === 'utf-16' || label === 'utf-16le' || label === 'utf-16be') {
    return {ok: false, problem: 'not-utf8', line: 1, column: 1, reason: `The file declares the encoding ${declared} but has no byte-order mark and starts like single-byte text; save it as UTF-8 (or UTF-16 with a byte-order mark).`}
  }
  let decoder: InstanceType<typeof TextDecoder>
  try {
    decoder = new TextDecoder(label, {fatal: true})
  } catch {
    return {ok: false, problem: 'not-utf8', line: 1, column: 1, reason: `The file declares the encoding ${declared}, which teipipe cannot read; save it as UTF-8.`}
  }
  if (bytes.indexOf(0) >= 0) return withReason(decodeUtf8(bytes), declared as string)
  try {
    return {ok: true, text: decoder.decode(bytes), hadBom: false, encoding: decoder.encoding}
  } catch {
    return {ok: false, problem: 'not-utf8', line: 1, column: 1, reason: `The file is not valid ${declared} text, as its declaration says it is; save it as UTF-8.`}
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): XmlDecodeResult {
  const name = encoding === 'utf-16le' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)'
  if (bytes.length === 0) return {ok: false, problem: 'empty', line: 1, column: 1, reason: 'The file is empty; a TEI document needs at least a <TEI> root element.'}
  try {
    const text = new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(bytes)
    return {ok: true, text, hadBom: true, encoding: name}
  } catch {
    return {ok: false, problem: 'not-utf8', line: 1, column: 1, reason: `The file starts as ${name} but contains bytes that are not ${name} text; save it as UTF-8.`}
  }
}

function withReason(result: DecodeResult, encoding: string): XmlDecodeResult {
  if (result.ok) return {...result, encoding}
  const reason =
    result.problem === 'empty'
      ? 'The file is empty; a TEI document needs at least a <TEI> root element.'
      : result.problem === 'binary'
        ? 'The file contains NUL bytes and no byte-order mark: it is binary, not XML text (UTF-16 files need a byte-order mark).'
        : `The file is not valid ${encoding} text; save it as UTF-8.`
  return {...result, reason}
}

/**
 * The text of a decoded file with its XML declaration saying UTF-8 (for a copy written as UTF-8, such
 * as the TEI a build publishes beside the page): `encoding="ISO-8859-1"` would misdescribe it.
 * Only the declaration's encoding pseudo-attribute changes (XML 1.0 §4.3.3); other text is kept as is.
 */
export function declaredUtf8(text: string, encoding: string): string {
  if (encoding === 'UTF-8') return text
  return text.replace(/^(<\?xml[^>]*?\sencoding\s*=\s*)(["'])[^"']*\2/, '$1$2UTF-8$2')
}

