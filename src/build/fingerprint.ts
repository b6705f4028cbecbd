/** A fingerprint of the encoder's own code, so `build` re-encodes when the encoder changes. */
import {createHash} from 'node:crypto'
import {readFileSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

let cached: string | undefined

/** Hash of every module under the encoder's folder (works from src/ under vitest and from lib/). */
export function encoderFingerprint(): string {
  if (cached) return cached
  const root = fileURLToPath(new URL('../encode/', import.meta.url))
  const hash = createHash('sha256')
  for (const file of listModules(root)) hash.update(file.slice(root.length)).update('\0').update(readFileSync(file))
  cached = hash.digest('hex').slice(0, 12)
  return cached
}

function listModules(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) out.push(...listModules(path))
    else if (/\.(ts|js)$/.test(entry) && !entry.endsWith('.d.ts')) out.push(path)
  }
  return out
}
