/** File-system helpers every stage shares: safe reads and atomic writes. */
import {randomBytes} from 'node:crypto'
import {mkdirSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {dirname, join, basename} from 'node:path'

/** Write a file atomically: a temporary sibling, then a rename, so readers never see half a file. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  makeFolders(dirname(path))
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    writeFileSync(temporary, content)
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}

/**
 * Make a folder and its missing ancestors, one level at a time (Node 20's `mkdirSync(…, {recursive: true})`
 * loops forever under /proc). Throws the first failing mkdir's error (ENOENT, EACCES, ENOTDIR, …).
 */
export function makeFolders(path: string): void {
  const missing: string[] = []
  let folder = path
  while (!isFolder(folder) && dirname(folder) !== folder) {
    missing.push(folder)
    folder = dirname(folder)
  }
  for (const each of missing.reverse()) {
    try {
      mkdirSync(each)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !isFolder(each)) throw error // EEXIST: made meanwhile
    }
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** Result of decoding bytes as UTF-8 text. */
export type DecodeResult =
  | {ok: true; text: string; hadBom: boolean}
  | {ok: false; problem: 'empty' | 'binary' | 'not-utf8'; line: number; column: number}

/** Decode bytes as UTF-8, refusing empty, binary (NUL bytes) and non-UTF-8 input with a position. */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return {ok: false, problem: 'empty', line: 1, column: 1}
  const nul = bytes.indexOf(0)
  if (nul >= 0) return {ok: false, problem: 'binary', ...pointOfByte(bytes, nul)}
  try {
    const text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes)
    const hadBom = text.charCodeAt(0) === 0xfeff
    return {ok: true, text: hadBom ? text.slice(1) : text, hadBom}
  } catch {
    return {ok: false, problem: 'not-utf8', ...pointOfByte(bytes, firstInvalidUtf8(bytes))}
  }
}

/** Line and column (in characters, as far as they decode) of a byte offset. */
function pointOfByte(bytes: Uint8Array, index: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < index; i++) if (bytes[i] === 10) { line++; lineStart = i + 1 }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, index))
  return {line, column: [...prefix].length + 1}
}

/** Byte offset of the first invalid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i] ?? 0
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
    if (need < 0) return i
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i
    i += need + 1
  }
  return i
}
