/**
 * Numbered backups of TEI files (`<tei>/.backup/<id>.<n>.xml`): a TEI replaced on request (`--reencode`) or
 * retired with its source is copied there first, so that no person's work is lost.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join, relative, sep} from 'node:path'
import {writeFileAtomic} from '../core/fs.js'

/** The backup folder of a TEI folder (absolute). */
export function backupFolderOf(teiFolder: string): string {
  return join(teiFolder, '.backup')
}

/**
 * Copy the TEI file `dir/tei` to `<teiFolder>/.backup/<id>.<n>.xml`, n = 1 + the highest number there
 * (deterministic, never overwriting a backup). Input: the project folder, the TEI folder (absolute), the
 * document id and its TEI path relative to `dir`. Output: the backup's path relative to `dir`, '/'-separated.
 * Throws the file system's error when the TEI cannot be read or the copy written.
 */
export function backupTei(dir: string, teiFolder: string, id: string, tei: string): string {
  const folder = backupFolderOf(teiFolder)
  const pattern = new RegExp(`^${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.xml$`)
  const taken = existsSync(folder) ? readdirSync(folder).map((f) => pattern.exec(f)?.[1]).filter((n): n is string => n !== undefined).map(Number) : []
  const path = join(folder, `${id}.${Math.max(0, ...taken) + 1}.xml`)
  writeFileAtomic(path, readFileSync(join(dir, tei)))
  return relative(dir, path).split(sep).join('/')
}
