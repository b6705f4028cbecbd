/**
 * schemas/README.md stays in step with the schema and the rules: the same elements as teipipe.rng,
 * the same closed value lists (every value, each with a meaning), and every Schematron rule id with
 * its severity, no more and no less.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {packagePath} from '../../../src/core/paths.js'

const readme = readFileSync(packagePath('schemas/README.md'), 'utf8')
const rng = readFileSync(packagePath('schemas/teipipe.rng'), 'utf8')
const sch = readFileSync(packagePath('schemas/teipipe.sch'), 'utf8')

/** The text of a `## heading` section of the README, up to the next `## `. */
function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`)
  if (start < 0) throw new Error(`README has no "## ${title}" section`)
  const end = readme.indexOf('\n## ', start + 1)
  return readme.slice(start, end < 0 ? undefined : end)
}

/** Table body rows of a markdown section, split into trimmed cells. */
function rows(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|[-| ]+\|$/.test(l))
    .map((l) => l.slice(1, -1).split(' | ').map((c) => c.trim()))
}

const sorted = (values: Iterable<string>) => [...values].sort()
const ticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string)

describe('schemas/README.md is in step with the schema and the rules', () => {
  it('lists exactly the elements of teipipe.rng, and states their number', () => {
    const inSchema = new Set([...rng.matchAll(/<element name="([^"]+)"/g)].map((m) => m[1] as string))
    const listed = rows(section('Elements')).slice(1).flatMap((r) => ticked(r[1] ?? ''))
    expect(sorted(listed)).toEqual(sorted(new Set(listed)))
    expect(sorted(listed)).toEqual(sorted(inSchema))
    expect(section('Elements')).toContain(`keeps ${inSchema.size} of`)
  })

  it('documents exactly the closed value lists of teipipe.rng, every value with a meaning', () => {
    const inSchema = new Map<string, string[]>()
    for (const m of rng.matchAll(/<attribute name="[^"]+" tp:valueList="([^"]+)">([\s\S]*?)<\/attribute>/g)) {
      inSchema.set(m[1] as string, sorted([...(m[2] as string).matchAll(/<value>([^<]*)<\/value>/g)].map((v) => v[1] as string)))
    }
    expect(inSchema.size).toBeGreaterThan(0)
    const documented = new Map<string, string[]>()
    const parts = section('Closed value lists').split('\n### ').slice(1)
    for (const part of parts) {
      const name = ticked(part.split('\n')[0] ?? '')[0] as string
      const table = rows(part).slice(1)
      for (const [value, meaning] of table) expect(meaning?.length ?? 0, `${name} ${value}`).toBeGreaterThan(3)
      documented.set(name, sorted(table.map((r) => ticked(r[0] ?? '')[0] as string)))
    }
    expect(Object.fromEntries([...documented].sort())).toEqual(Object.fromEntries([...inSchema].sort()))
  })

  it('documents every Schematron rule id with its severity, and nothing else', () => {
    const inRules = Object.fromEntries([...sch.matchAll(/<(?:assert|report) id="([^"]+)" role="([^"]+)"/g)].map((m) => [m[1], m[2]]))
    expect(Object.keys(inRules).length).toBe([...sch.matchAll(/<(?:assert|report)\b/g)].length)
    const documented = Object.fromEntries(rows(section('Schematron rules')).slice(1).map((r) => [ticked(r[0] ?? '')[0], r[1]]))
    expect(documented).toEqual(inRules)
  })
})
