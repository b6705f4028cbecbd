// The documents the build benches use (bench/build.mjs, build-floor.mjs, build-env-ab.mjs): the encoded
// Wilson corpus (../shared) or, without it, the memo; each copy varied so that no two documents are the same.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

const root = new URL('..', import.meta.url).pathname
const lib = (p) => join(root, 'lib', p)

/** The base documents: TEI strings of the corpus encoded in memory (when ../shared is there), else the memo. */
export async function baseDocuments() {
  const {TeiFile} = await import(lib('core/file.js'))
  const docs = []
  const corpus = join(root, '..', 'shared', 'corpus', 'wilson')
  if (existsSync(corpus)) {
    const {encodeFile} = await import(lib('encode/index.js'))
    for (const f of readdirSync(corpus).sort()) {
      if (!f.endsWith('.txt')) continue
      const file = new TeiFile(f, readFileSync(join(corpus, f), 'utf8'))
      try { encodeFile(file) } catch { continue }
      if (file.tei && !file.fatal) docs.push(file.tei)
    }
  }
  if (docs.length === 0) docs.push(readFileSync(join(root, 'tei', '134242.xml'), 'utf8'))
  return docs
}

/** Document n: base document n mod k, its title and first paragraph marked with n (so all differ). */
export function variant(bases, n) {
  return bases[n % bases.length]
    .replace(/<title(\s[^>]*)?>/, (m) => `${m}Copy ${n}: `)
    .replace(/<p( [^>]*)?>/, (m) => `${m}Copy ${n}. `)
}
