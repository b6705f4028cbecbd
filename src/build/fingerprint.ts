/** Fingerprints of teipipe's own code, so that a changed encoder, validator or renderer counts as a changed input. */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {packagePath} from '../core/paths.js'
import {VERSION} from '../version.js'

const cached = new Map<string, string>()

/**
 * Hash (12 hex characters) of teipipe's version and every module under the given folders of the running
 * code (lib/, or src/ under the tests), by path relative to that folder and content: independent of
 * where teipipe is installed.
 */
export function codeFingerprint(...folders: string[]): string {
  const key = folders.join(',')
  const known = cached.get(key)
  if (known) return known
  const hash = createHash('sha256').update(`teipipe ${VERSION}\n`)
  // The code that is running: lib/ (compiled) or src/ (under the tests), never the other one.
  const base = fileURLToPath(new URL('../', import.meta.url))
  for (const folder of folders) {
    const root = join(base, folder, '/')
    for (const file of listFiles(root, /\.(ts|js)$/)) hash.update(`${folder}/${file.slice(root.length)}`).update('\0').update(readFileSync(file))
  }
  const digest = hash.digest('hex').slice(0, 12)
  cached.set(key, digest)
  return digest
}

/**
 * Fingerprint of the XSLT stylesheets (every `.xsl` under xslt/, by relative path and content) and of
 * saxon-js's version: what the compiled SEF files are made from, computed without loading saxon-js.
 */
export function stylesheetsFingerprint(): string {
  const known = cached.get('xslt')
  if (known) return known
  const root = packagePath('xslt')
  const hash = createHash('sha256').update(`saxon-js ${saxonVersion()}\n`)
  for (const file of listFiles(root, /\.xsl$/)) hash.update(file.slice(root.length)).update('\0').update(readFileSync(file))
  const digest = hash.digest('hex').slice(0, 12)
  cached.set('xslt', digest)
  return digest
}

function saxonVersion(): string {
  try {
    const main = createRequire(import.meta.url).resolve('saxon-js')
    return (JSON.parse(readFileSync(join(dirname(main), 'package.json'), 'utf8')) as {version?: string}).version ?? '?'
  } catch {
    return '?'
  }
}

/** Fingerprint of the encoder (src/encode/): a TEI written by another encoder is reported, never silently re-encoded. */
export function encoderFingerprint(): string {
  return codeFingerprint('encode')
}

function listFiles(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return []
  const out: string[] = []
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) out.push(...listFiles(path, pattern))
    else if (pattern.test(entry) && !entry.endsWith('.d.ts')) out.push(path)
  }
  return out
}
