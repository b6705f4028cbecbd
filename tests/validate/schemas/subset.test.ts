/**
 * teipipe.rng is a true subset of TEI P5 tei_all: every fixture our schema accepts, tei_all accepts
 * too (one Jing call per schema over all fixtures). Also: the committed schema is what the generator
 * makes from tei_all today.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {packagePath} from '../../../src/core/paths.js'
import {shared} from '../../support/shared.js'
import {base, hasJing, jingAll, mutate} from './helpers.js'
import {ruleCases} from './rule-cases.js'
import {excludedElementCases, valueListCases, valueLists} from './value-list-cases.js'

const teiAll = shared('reference', 'tei_all.rng')
const skeleton = shared('docs', 'tei-encoding-skeleton.xml')

/** Every XML document the schema tests use, plus the project's own TEI files. */
function allFixtures(): {name: string; xml: string}[] {
  const docs = [{name: 'base.xml', xml: base}]
  if (skeleton && existsSync(skeleton)) docs.push({name: 'skeleton', xml: readFileSync(skeleton, 'utf8')})
  const tei = packagePath('tei')
  if (existsSync(tei)) for (const f of readdirSync(tei).filter((n) => n.endsWith('.xml'))) docs.push({name: `tei/${f}`, xml: readFileSync(join(tei, f), 'utf8')})
  for (const c of valueListCases) {
    const list = valueLists.find((l) => `${l.element}/@${l.attribute}` === c.list)
    for (const v of Object.keys(list?.values ?? {})) docs.push({name: `${c.list}=${v}`, xml: mutate(...c.accept(v))})
    docs.push({name: `${c.list} reject`, xml: mutate(...c.reject.edits)})
  }
  for (const c of excludedElementCases) docs.push({name: `<${c.element}>`, xml: mutate(...c.edits)})
  for (const r of ruleCases) {
    r.accept.forEach((a, i) => docs.push({name: `${r.id} accept ${i}`, xml: mutate(...a)}))
    r.reject.forEach((a, i) => docs.push({name: `${r.id} reject ${i}`, xml: mutate(...a.edits)}))
  }
  return docs
}

describe.runIf(hasJing && teiAll !== undefined)('teipipe.rng is a subset of tei_all', () => {
  it('every fixture valid against teipipe.rng is valid against tei_all', () => {
    const docs = allFixtures()
    const ours = jingAll(packagePath('schemas/teipipe.rng'), docs.map((d) => d.xml))
    // Our own documents must be valid: the base fixture, the guide's skeleton, the encoded TEI files.
    const own = docs.flatMap((d, i) => (d.name === 'base.xml' || d.name === 'skeleton' || d.name.startsWith('tei/') ? [`${d.name}: ${ours[i]?.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')}`] : []))
    expect(own.filter((line) => !line.endsWith(': '))).toEqual([])
    expect(own.length).toBeGreaterThanOrEqual(skeleton ? 2 : 1)
    const valid = docs.filter((_, i) => ours[i]?.length === 0)
    // The test must exercise something: most fixtures are valid for us.
    expect(valid.length).toBeGreaterThan(docs.length / 2)
    const theirs = jingAll(teiAll as string, valid.map((d) => d.xml))
    const disagreements = valid.flatMap((d, i) => ((theirs[i]?.length ?? 0) > 0 ? [`${d.name}: ${theirs[i]?.[0]?.message}`] : []))
    expect(disagreements).toEqual([])
  })

  it('the committed schema is up to date with the generator', () => {
    const result = spawnSync(process.execPath, [packagePath('scripts/build-schema.mjs'), '--check', teiAll as string], {encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })
})
