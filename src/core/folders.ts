/**
 * Which folders hold inputs and which hold teipipe's own outputs: one set of rules for every command that
 * searches folders (`validate`'s folder search, `build`'s sources and TEI) and for every command that writes
 * into a folder (`build -o`, `render -o`, `encode -o`), so that no run reads what a build wrote nor writes
 * over what it reads.
 */
import {existsSync, realpathSync} from 'node:fs'
import {isAbsolute, join, relative, resolve} from 'node:path'

/** The path as the file system sees it (symbolic links followed) when it exists, else as given, absolute. */
function canonical(path: string): string {
  const absolute = resolve(path)
  try {
    return existsSync(absolute) ? realpathSync(absolute) : absolute
  } catch {
    return absolute
  }
}

/** Is `path` the folder `folder` itself or somewhere below it? Both absolute (or relative to the same folder). */
export function isWithin(path: string, folder: string): boolean {
  const rel = relative(canonical(folder), canonical(path))
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${'/'}`) && !rel.startsWith('..\\'))
}

/** Is this the same file or folder? */
export function samePath(a: string, b: string): boolean {
  return canonical(a) === canonical(b)
}

/** How an output folder lies with respect to another folder: the same, containing it, inside it, or apart. */
export function folderRelation(out: string, folder: string): 'same' | 'contains' | 'inside' | undefined {
  if (samePath(out, folder)) return 'same'
  if (isWithin(folder, out)) return 'contains'
  if (isWithin(out, folder)) return 'inside'
  return undefined
}

/** Is `dir` a site `teipipe build` published (its index page beside the corpus pages)? */
export function isPublishedSite(dir: string): boolean {
  return existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'corpus', 'search.html'))
}

/**
 * Why a folder met while searching for input files is passed over, or undefined when it is searched:
 * `hidden` for hidden folders (`.teipipe-cache/`, `tei/.backup/`, `.git/`) and `node_modules/`, `output` for
 * one of the run's own output folders (`outputs`: absolute paths, e.g. the build's output and cache
 * folders, which may not be published sites yet), `site` for a site a build published (its `<id>.xml` files
 * are copies of the TEI files).
 */
export function skippedFolder(path: string, outputs: readonly string[] = []): 'hidden' | 'output' | 'site' | undefined {
  const name = path.split(/[\\/]/).pop() ?? ''
  if (name.startsWith('.') || name === 'node_modules') return 'hidden'
  if (outputs.some((o) => samePath(o, path))) return 'output'
  if (isPublishedSite(path)) return 'site'
  return undefined
}
