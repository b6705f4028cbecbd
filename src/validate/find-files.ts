/**
 * Which files a `validate` run covers: files as named, directories searched for *.xml and *.tei,
 * and globs (`*`, `**`, `?`, `{a,b}`, `[…]`) matched by a small matcher (Node 20 has no fs.globSync).
 */
import {existsSync, readdirSync, statSync} from 'node:fs'
import {isAbsolute, join, relative, resolve, sep} from 'node:path'
import {skippedFolder} from '../core/folders.js'

/** Extensions a directory search picks up. */
export const TEI_EXTENSIONS = ['.xml', '.tei'] as const

/** A user-facing problem with the inputs (exit code 2). */
export class InputError extends Error {
  override name = 'InputError'
}

/** Expand paths, directories and globs into a sorted, de-duplicated list of file paths (as the user wrote them). */
export function findInputFiles(patterns: readonly string[], cwd: string): string[] {
  return findInputs(patterns, cwd).files
}

/**
 * `findInputFiles`, also returning the published sites its folder searches passed over (`skipped`, absolute
 * paths, sorted), and, with `report`, the patterns that name no file (`missing`) instead of throwing InputError. A folder a `teipipe build` published (its `index.html` beside `corpus/search.html`) holds a
 * copy of every TEI file (`<id>.xml`): searching a project folder (or a glob over it) does not count the
 * documents twice. A published folder named itself, or a file in it, is still validated.
 */
export function findInputs(patterns: readonly string[], cwd: string, options: {report?: boolean} = {}): {files: string[]; skipped: string[]; missing: InputProblem[]} {
  const found = new Set<string>()
  const skipped = new Set<string>()
  const missing: InputProblem[] = []
  // A pattern that names nothing: thrown (InputError), or with `report`, listed and the others still searched.
  const problem = (pattern: string, reason: string): void => {
    if (!options.report) throw new InputError(reason)
    missing.push({pattern, reason})
  }
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern)
    if (!hasGlob(pattern)) {
      if (!existsSync(absolute)) problem(pattern, `${pattern} does not exist.`)
      else if (statSync(absolute).isDirectory()) {
        const inside = walk(absolute, skipped).filter(isTeiName)
        if (inside.length === 0) problem(pattern, `The directory ${pattern} contains no .xml or .tei files.`)
        for (const file of inside) found.add(display(pattern, absolute, file))
      } else found.add(pattern)
      continue
    }
    const matcher = globToRegExp(toSlashes(isAbsolute(pattern) ? pattern : join(cwd, pattern)))
    const base = resolve(cwd, staticPrefix(pattern))
    const matches = existsSync(base) ? walk(base, skipped).filter((f) => matcher.test(toSlashes(f))) : []
    if (matches.length === 0) problem(pattern, `The pattern ${pattern} matches no files.`)
    for (const file of matches) found.add(isAbsolute(pattern) ? file : toSlashes(relative(cwd, file)))
  }
  return {files: [...found].sort(), skipped: [...skipped].sort(), missing}
}

/** A path, folder or glob that names no file to validate, and the sentence that says so. */
export interface InputProblem {
  pattern: string
  reason: string
}

/** Does the path use glob syntax? */
export function hasGlob(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern)
}

/** A regular expression for a glob: `**` crosses folders, `*` and `?` do not. */
export function globToRegExp(glob: string): RegExp {
  let out = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/'
      out += slash ? '(?:.*/)?' : '.*'
      i += slash ? 2 : 1
    } else if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else if (c === '{') {
      const close = glob.indexOf('}', i)
      if (close < 0) out += '\\{'
      else {
        out += `(?:${glob.slice(i + 1, close).split(',').map((p) => globToRegExp(p).source.slice(1, -1)).join('|')})`
        i = close
      }
    } else if (c === '[') {
      const close = glob.indexOf(']', i)
      if (close < 0) out += '\\['
      else {
        out += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`
        i = close
      }
    } else out += c.replace(/[.+^$()|\\/]/g, '\\$&')
  }
  return new RegExp(`^${out}$`)
}

/** The folders before the first glob character (where the walk starts). */
function staticPrefix(pattern: string): string {
  const parts = toSlashes(pattern).split('/')
  const fixed: string[] = []
  for (const part of parts) {
    if (hasGlob(part)) break
    fixed.push(part)
  }
  return fixed.join('/') || '.'
}

/** All files under a folder, skipping hidden folders, node_modules and published sites below it (added to `skipped`). */
function walk(dir: string, skipped: Set<string>): string[] {
  const out: string[] = []
  const stack = [dir]
  while (stack.length > 0) {
    const current = stack.pop() as string
    let entries: string[]
    try {
      entries = readdirSync(current)
    } catch {
      continue // unreadable folders are skipped, not fatal
    }
    for (const entry of entries) {
      const path = join(current, entry)
      let isDirectory = false
      try {
        isDirectory = statSync(path).isDirectory()
      } catch {
        continue
      }
      if (isDirectory) {
        // The rules build uses for its sources and TEI (core/folders.ts).
        const skip = skippedFolder(path)
        if (skip === 'site') skipped.add(path)
        else if (skip === undefined) stack.push(path)
      } else out.push(path)
    }
  }
  return out.sort()
}

function isTeiName(path: string): boolean {
  return TEI_EXTENSIONS.some((e) => path.toLowerCase().endsWith(e))
}

/** A file found inside a directory, shown relative to the directory as the user named it. */
function display(given: string, absoluteDir: string, file: string): string {
  return toSlashes(join(given, relative(absoluteDir, file)))
}

function toSlashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}
