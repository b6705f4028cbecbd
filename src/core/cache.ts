/**
 * Where teipipe keeps what it derives from its inputs and can make again (compiled schemas, saxon-js's V8
 * code cache): the project's `.teipipe-cache/` when the working folder is
 * writable, else the user's cache (`$XDG_CACHE_HOME/teipipe`, `~/.cache/teipipe`), else the system's
 * temporary folder, so that validating in a read-only folder works. Entries are written atomically
 * (temporary file + rename) and named by content hash, so concurrent runs never see half a file.
 */
import {accessSync, constants, mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {homedir, tmpdir} from 'node:os'
import {join} from 'node:path'
import {threadId} from 'node:worker_threads'

const chosen = new Map<string, string>()

/**
 * A writable cache folder for `kind` (created if needed), chosen once per working folder. `user` puts the
 * user's cache first (entries shared by every project, e.g. a compiled tei_all); `project` the project's.
 */
export function cacheDirectory(kind: string, prefer: 'project' | 'user' = 'project', cwd = process.cwd()): string {
  const key = `${cwd}\0${kind}\0${prefer}`
  const known = chosen.get(key)
  if (known) return known
  const xdg = process.env['XDG_CACHE_HOME']
  const project = join(cwd, '.teipipe-cache', kind)
  const user = join(xdg && xdg !== '' ? xdg : join(homedir(), '.cache'), 'teipipe', kind)
  const candidates = [...(prefer === 'user' ? [user, project] : [project, user]), join(tmpdir(), `teipipe-cache-${process.getuid?.() ?? 'user'}`, kind)]
  for (const dir of candidates) {
    try {
      mkdirSync(dir, {recursive: true})
      accessSync(dir, constants.W_OK)
      chosen.set(key, dir)
      return dir
    } catch {
      // not writable: try the next place
    }
  }
  throw new Error(`no writable cache folder (tried ${candidates.join(', ')})`)
}

/** Write a cache entry atomically; failures are ignored (a cache is only a shortcut). */
export function writeCacheEntry(path: string, content: string | Uint8Array): void {
  // The thread too: two workers of one process may write the same entry in the same millisecond.
  const temporary = `${path}.${process.pid}.${threadId}.${Date.now()}.tmp`
  try {
    writeFileSync(temporary, content)
    renameSync(temporary, path)
  } catch {
    rmSync(temporary, {force: true})
  }
}
