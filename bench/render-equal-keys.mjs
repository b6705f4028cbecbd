// The names under which bench/render-equal.mjs saves each document's outputs. They are paths
// relative to the repository (or to ../shared, written "shared/…"), never to the folder above it:
// a save made in one worktree (/work/wt/a) can then be checked from another (/work/wt/b, /work/main),
// since the names, and the file names and links written into the outputs, are the same in both.
import {isAbsolute, relative, sep} from 'node:path'

/**
 * The name of an input file independent of where the repository lies: "tei/134242.xml" for a file
 * of the repository at `root`, "shared/cases/render/x.xml" for one under `shared` (checked first,
 * since ../shared may be reached through the repository). Slashes are forward on every platform.
 * @param {string} path absolute path of the input file
 * @param {{root: string, shared: string}} places absolute paths of the repository and of ../shared
 * @returns {string}
 * @throws {Error} when the file is under neither (its name would depend on the machine)
 */
export function inputName(path, {root, shared}) {
  const inside = (folder) => {
    const rel = relative(folder, path)
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : undefined
  }
  const underShared = inside(shared)
  if (underShared !== undefined) return `shared/${underShared}`
  const underRoot = inside(root)
  if (underRoot !== undefined) return underRoot
  throw new Error(`${path} is neither in the repository (${root}) nor in ${shared}`)
}

/**
 * A name made safe as a file name: each run of characters other than ASCII letters, digits, '.',
 * '_' and '-' becomes one '_' ("tei/134242.xml" → "tei_134242.xml").
 * @param {string} name
 * @returns {string}
 */
export function saveKey(name) {
  return name.replace(/[^A-Za-z0-9._-]+/g, '_')
}
