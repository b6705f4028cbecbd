// Facts of real TEI from other projects (../shared/conformance/tei-real): every file gives facts
// without an error, and the facts keep their promises (a title, W3C dates, counted words, sorted
// unique register keys, plain JSON). Skipped, with a note, in a clone without ../shared.
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {isW3cDate} from '../../src/site/dates.js'
import {documentFacts, type DocumentFacts} from '../../src/site/facts.js'
import {shared} from '../support/shared.js'

const dir = shared('conformance', 'tei-real', 'files')

describe.runIf(dir !== undefined)('facts of real TEI from other projects', () => {
  const facts = new Map<string, DocumentFacts>()
  const errors: string[] = []

  beforeAll(() => {
    for (const name of readdirSync(dir ?? '').sort()) {
      try {
        facts.set(name, documentFacts(name, readFileSync(join(dir ?? '', name), 'utf8')))
      } catch (error) {
        errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  })

  it('reads every file', () => {
    expect(errors).toEqual([])
    expect(facts.size).toBeGreaterThan(50)
  })

  it('keeps the promises of DocumentFacts', () => {
    for (const [name, f] of facts) {
      expect(f.title.trim(), name).not.toBe('')
      if (f.date !== undefined) expect(isW3cDate(f.date), `${name}: ${f.date}`).toBe(true)
      for (const key of ['dateText', 'type', 'catalogueTitle', 'summary', 'authors'] as const) if (key in f) expect(f[key], `${name}: ${key}`).not.toBe('')
      expect(f.words, name).toBe(f.text ? f.text.split(' ').length : 0)
      for (const kind of ['persons', 'places', 'orgs'] as const) {
        const keys = f[kind].map((r) => r.key)
        expect(keys, `${name}: ${kind}`).toEqual([...new Set(keys)].sort())
        for (const r of f[kind]) expect(r.name.trim(), `${name}: ${r.key}`).not.toBe('')
      }
      expect(JSON.parse(JSON.stringify(f))).toEqual(f)
    }
  })

  it('finds the dates, types and registers these projects record', () => {
    expect(facts.get('schn__L00526.xml')).toMatchObject({title: 'Arthur Schnitzler an Richard Beer-Hofmann, [1896?]', date: '1896-01-01', dateText: '[1896?]'})
    expect(facts.get('tp__F-rom.xml')?.type).toBe('play')
    expect(facts.get('eltec__ENG18652_Carroll.xml')?.type).toBeUndefined()
    expect(facts.get('cwrc__Letter.xml')?.persons.map((p) => p.key)).toContain('http://www.wikidata.org/entity/Q33760')
    expect(facts.get('schn__listplace.xml')?.places.length).toBeGreaterThan(2000)
  })
})
