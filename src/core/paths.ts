/** Where teipipe's own files (schemas, stylesheets, compiled SEF) live, wherever it is run from. */
import {existsSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The package root: the nearest folder above this module with a package.json (works from src/ and lib/). */
export const packageRoot: string = findRoot(dirname(fileURLToPath(import.meta.url)))

/** A path inside the package. */
export function packagePath(...parts: string[]): string {
  return join(packageRoot, ...parts)
}

/** The shared reference folder (`../shared` beside the project), when present. */
export function sharedPath(...parts: string[]): string | undefined {
  const root = resolve(packageRoot, '..', 'shared')
  return existsSync(root) ? join(root, ...parts) : undefined
}

function findRoot(start: string): string {
  let dir = start
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) return start
    dir = parent
  }
  return dir
}
