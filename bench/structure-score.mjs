// Structure score of the encoder against the development gold (../shared/corpus/wilson/gold), through the
// reference scorer ../shared/tools/structure-score.mjs (xmllint). Shared by bench/encode.mjs and the tests.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, join} from 'node:path'

/** Fields whose checks belong to names and dates (persons, organisations, dates), not to structure. */
export const NAME_CHECKS = /^(persons tagged|organisations tagged|dates normalised)/

/**
 * Encode every corpus text with `encode(path, source) → tei` into a temporary folder and score it.
 * Returns {held, total, documents: [{name, held, total, misses: string[]}]}; `misses` are the scorer's words.
 */
export function structureScore(corpusDir, scorer, encode) {
  const dir = mkdtempSync(join(tmpdir(), 'teipipe-score-'))
  try {
    for (const f of readdirSync(corpusDir).filter((x) => x.endsWith('.txt')).sort()) {
      const tei = encode(join(corpusDir, f), readFileSync(join(corpusDir, f), 'utf8'))
      if (tei) writeFileSync(join(dir, `${basename(f, '.txt')}.xml`), tei)
    }
    const out = execFileSync(process.execPath, [scorer, join(corpusDir, 'gold'), dir, '--verbose'], {encoding: 'utf8'})
    const documents = []
    for (const line of out.split('\n')) {
      const doc = /^(\S+): (\d+)\/(\d+)$/.exec(line)
      if (doc) documents.push({name: doc[1], held: Number(doc[2]), total: Number(doc[3]), misses: []})
      const miss = /^ {2}miss: (.*)$/.exec(line)
      if (miss) documents[documents.length - 1]?.misses.push(miss[1])
    }
    const total = /structure (\d+) of (\d+) checks/.exec(out)
    return {held: Number(total?.[1] ?? 0), total: Number(total?.[2] ?? 0), documents}
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}
