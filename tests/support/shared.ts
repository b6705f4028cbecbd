/**
 * Reference data from `../shared` for tests. A user's clone has no `../shared`: tests that need it
 * skip, and this helper says so once per missing path, so a skipped suite is never silent.
 */
import {existsSync} from 'node:fs'
import {sharedPath} from '../../src/core/paths.js'

const announced = new Set<string>()

/**
 * The absolute path of `../shared/<parts…>` when it exists, else `undefined` (and a note on stderr
 * naming what is missing and that the dependent tests are skipped).
 */
export function shared(...parts: string[]): string | undefined {
  const path = sharedPath(...parts)
  if (path !== undefined && existsSync(path)) return path
  const label = ['..', 'shared', ...parts].join('/')
  if (!announced.has(label)) {
    announced.add(label)
    process.stderr.write(`[teipipe tests] ${label} is not present: the tests that need this reference data are skipped.\n`)
  }
  return undefined
}
