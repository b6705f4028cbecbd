/** Fingerprints of teipipe's own code, so that a changed encoder, validator or renderer counts as a changed input. */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {packagePath} from '../core/paths.js'
import {VERSION} from '../version.js'

const cached = new Map<string, string>()

/**
 * Hash (12 hex characters) of teipipe's version and every module under the given folders of src/ (in a
 * checkout) or lib/ (installed), by path relative to that folder and content: independent of
 * where teipipe is installed.
 */
export function codeFingerprint(...folders: string[]): string {
  const key = folders.join(',')
  const known = cached.get(key)
  if (known) return known
  const hash = createHash('sha256').update(`teipipe ${VERSION}\n`)
  // From a checkout, the TypeScript sources (so tests and the compiled CLI agree); installed, lib/.
  const base = existsSync(packagePath('src', 'build', 'fingerprint.ts')) ? `${packagePath('src')}/` : fileURLToPath(new URL('../', import.meta.url))
  for (const folder of folders) {
    const root = join(base, folder, '/')
    for (const file of listModules(root)) hash.update(`${folder}/${file.slice(root.length)}`).update('\0').update(readFileSync(file))
  }
  const digest = hash.digest('hex').slice(0, 12)
  cached.set(key, digest)
  return digest
}

/** Fingerprint of the encoder (src/encode/): a TEI written by another encoder is reported, never silently re-encoded. */
export function encoderFingerprint(): string {
  return codeFingerprint('encode')
}

function listModules(dir: string): string[] {
  if (!existsSync(dir)) return []
  const out: string[] = []
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) out.push(...listModules(path))
    else if (/\.(ts|js)$/.test(entry) && !entry.endsWith('.d.ts')) out.push(path)
  }
  return out
}
