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
 * The most words (the facts' `words`, summed) whose site pages a worker makes while the others render: about
 * 440 documents of the Wilson corpus (1.36 M words, 8.3 M characters of text, for 1,000). The pages hold the
 * search index of every text (MiniSearch, ~100 MB live for 1,000 documents), and V8 lets an old generation
 * grow to up to 4x what was live at its last full collection, so the worker that made them rendered on with a
 * heap of up to 574 MB (heapTotal; ~215 MB without): a cold 1,000-document build peaked at 710-1,073 MB of
 * resident memory, 630-668 MB with the pages made at the end in the main thread, after the workers have
 * exited (540-547 MB since the main thread keeps no texts; 2026-12-01, src/build/README.md "Peak memory").
 */
export const EARLY_SITE_MAX_WORDS = 600_000

/**
 * Whether a worker may make the site's pages for `facts` while the others render (their words sum to at
 * most `limit`, default {@link EARLY_SITE_MAX_WORDS}); otherwise the build makes them at its end, in the
 * main thread. Input: all documents' facts (with or without their text: `words` is always there); output:
 * a boolean. Pure.
 */
export function siteFitsWorker(facts: readonly DocumentFacts[], limit = EARLY_SITE_MAX_WORDS): boolean {
  let words = 0
  for (const f of facts) if ((words += f.words) > limit) return false
  return true
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
