/** The build's memory of what it encoded: source path → content hash, in `.teipipe-cache/build-manifest.json`. */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {writeFileAtomic} from '../core/fs.js'

/** Source path (relative to the project folder, '/'-separated) → hash of the inputs of its TEI. */
export type Manifest = Record<string, string>

/** Where the manifest of a project folder lives. */
export function manifestPath(dir: string): string {
  return join(dir, '.teipipe-cache', 'build-manifest.json')
}

/** Read the manifest; a missing or damaged one is empty (everything is then checked by date). */
export function readManifest(dir: string): Manifest {
  const path = manifestPath(dir)
  if (!existsSync(path)) return {}
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'))
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Manifest) : {}
  } catch {
    return {}
  }
}

/** Write the manifest with sorted keys, so that it is deterministic. */
export function writeManifest(dir: string, manifest: Manifest): void {
  const sorted: Manifest = {}
  for (const key of Object.keys(manifest).sort()) sorted[key] = manifest[key] ?? ''
  writeFileAtomic(manifestPath(dir), `${JSON.stringify(sorted, null, 2)}\n`)
}

/** Hash of a source and its edits sidecar (when there is one): what its TEI is made from. */
export function inputsHash(paths: readonly string[]): string {
  const hash = createHash('sha256')
  for (const path of paths) {
    hash.update(`${path.length}:`)
    if (existsSync(path)) hash.update(readFileSync(path))
    hash.update('\0')
  }
  return hash.digest('hex').slice(0, 20)
}
