/**
 * Writing the corpus site's pages (index, registers, search, …; `sitePages` from src/site) into the output
 * folder, in the main thread or in a worker (the build makes them while the documents are rendered).
 */
import {existsSync, readdirSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {writeFileAtomic} from '../core/fs.js'
import {hashParts} from './hash.js'
import {sitePages, type DocumentFacts} from './site-api.js'
import {writeReason} from '../core/file-errors.js'

/** The pages a build wrote: their names and content hashes (`state.ts`). */
export interface SitePagesRecord {
  pages: string[]
  hashes: Record<string, string>
}

/** What writing the pages did: the record, the paths written, and the pages that could not be written with the reason. */
export interface SitePagesOutcome extends SitePagesRecord {
  written: string[]
  failures: {name: string; reason: string}[]
}

/**
 * Write the site's pages for `facts` into `out` (absolute), skipping a page whose content is what the
 * previous build wrote (its hash in `previous`) and that is still there, and removing the pages the
 * previous build wrote that the site no longer has (a removed document's search text,
 * `corpus/text/<id>.js`, also when no record of them is left: `corpus/` belongs to the site, no document
 * may be called so). Never throws for a page that cannot be written: it is listed in `failures`.
 */
export function writeSitePages(out: string, facts: readonly DocumentFacts[], siteTitle: string | undefined, previous?: Partial<SitePagesRecord>): SitePagesOutcome {
  const hashes: Record<string, string> = {}
  const written: string[] = []
  const failures: SitePagesOutcome['failures'] = []
  const pages = sitePages(facts, siteTitle ? {siteTitle} : {})
  for (const [name, content] of pages) {
    const path = join(out, name)
    const hash = hashParts([content])
    hashes[name] = hash
    if (previous?.hashes?.[name] === hash && existsSync(path)) continue
    try {
      writeFileAtomic(path, content)
      written.push(path)
    } catch (error) {
      failures.push({name, reason: writeReason(error)})
    }
  }
  const texts = join(out, 'corpus', 'text')
  const stale = new Set([...(previous?.pages ?? []), ...(existsSync(texts) ? readdirSync(texts).map((f) => `corpus/text/${f}`) : [])])
  for (const name of stale) {
    if (pages.has(name)) continue
    try {
      rmSync(join(out, name), {force: true})
    } catch {
      // A stale page that cannot be removed stays; nothing links to it.
    }
  }
  return {pages: [...pages.keys()].sort(), hashes, written, failures}
}
