/** Content hashes for the build's records and cache keys: contents only, never paths or path lengths. */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'

/** SHA-256 (hex, 20 characters) of strings or bytes, each part framed by its byte length so parts cannot run together. */
export function hashParts(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256')
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part
    hash.update(`${bytes.length}:`).update(bytes).update('\0')
  }
  return hash.digest('hex').slice(0, 20)
}

/** Hash of a file's bytes, or of the marker `-` when it does not exist (an absent sidecar is an input too). */
export function fileHash(path: string | undefined): string {
  if (path === undefined || !existsSync(path)) return hashParts(['-'])
  return hashParts(['+', readFileSync(path)])
}
