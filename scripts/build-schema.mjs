#!/usr/bin/env node
/**
 * Regenerate schemas/teipipe.rng from TEI P5's tei_all.rng (../shared/reference/tei_all.rng) and the
 * customisation in schemas/build/customisation.json.
 * Usage: node scripts/build-schema.mjs [--check] [tei_all.rng]
 * The output is committed: running teipipe never needs tei_all. `--check` writes nothing and exits 1
 * when the committed schema differs from what would be generated.
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseTree, serialise} from '../schemas/build/rng-tree.mjs'
import {customise, TP} from '../schemas/build/customise.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const check = args.includes('--check')
const source = args.find((a) => a !== '--check') ?? resolve(root, '..', 'shared', 'reference', 'tei_all.rng')
if (!existsSync(source)) {
  process.stderr.write(`build-schema: cannot find tei_all.rng at ${source}; pass its path as the first argument.\n`)
  process.exit(2)
}
const text = readFileSync(source, 'utf8')
const version = /TEI Edition: P5 Version\s*([\d]+(?:\.[\d]+)*)/.exec(text)?.[1] ?? 'unknown'
const config = JSON.parse(readFileSync(join(root, 'schemas', 'build', 'customisation.json'), 'utf8'))
const keep = new Set(Object.values(config.modules).flat())
const {grammar, problems} = customise(parseTree(text), keep, config.valueLists)
if (problems.length > 0) {
  process.stderr.write(`build-schema: the customisation does not fit tei_all ${version}:\n  ${problems.join('\n  ')}\n`)
  process.exit(1)
}
grammar.attrs = grammar.attrs.filter(([n]) => n !== 'xmlns:teix' && n !== 'xmlns:xlink')
grammar.attrs.push(['xmlns:tp', TP])
const sha = createHash('sha256').update(text).digest('hex')
const header = `<!--
teipipe.rng: teipipe's RELAX NG customisation of TEI P5, for translated archival documents
(memos, telegrams, letters, conversation records, reports, UN records, press releases).

Derived from TEI P5 ${version} tei_all.rng (sha256 ${sha}).
TEI material is available under both the CC-BY and BSD-2 licences (TEI Consortium, https://tei-c.org/).

GENERATED FILE: do not edit by hand. Change schemas/build/customisation.json and run
  node scripts/build-schema.mjs [path/to/tei_all.rng]     (default: ../shared/reference/tei_all.rng)
It keeps ${keep.size} elements and TEI's own content models pruned to them, and narrows
${config.valueLists.length} typed attributes to closed value lists (marked tp:valueList). See schemas/README.md.
-->`
const out = join(root, 'schemas', 'teipipe.rng')
const result = `<?xml version="1.0" encoding="UTF-8"?>\n${header}\n${serialise(grammar)}\n`
if (check) {
  const same = existsSync(out) && readFileSync(out, 'utf8') === result
  if (!same) process.stderr.write(`build-schema: ${out} is out of date; run node scripts/build-schema.mjs\n`)
  process.exit(same ? 0 : 1)
}
writeFileSync(out, result)
process.stdout.write(`build-schema: wrote ${out} (${keep.size} elements, ${config.valueLists.length} value lists, from TEI P5 ${version})\n`)
