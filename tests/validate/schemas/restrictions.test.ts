/**
 * Each restriction of schemas/teipipe.rng, checked with Jing (one call per schema): every value of
 * every closed list is accepted, a foreign value is rejected at an exact place, and excluded TEI
 * elements are rejected by us although tei_all accepts them.
 */
import {beforeAll, describe, expect, it} from 'vitest'
import {packagePath} from '../../../src/core/paths.js'
import {shared} from '../../support/shared.js'
import {base, hasJing, jingAll, mutate, type JingError} from './helpers.js'
import {excludedElementCases, valueListCases, valueLists} from './value-list-cases.js'

const schema = packagePath('schemas/teipipe.rng')
const teiAll = shared('reference', 'tei_all.rng')

const accepts = valueListCases.flatMap((c) => {
  const list = valueLists.find((l) => `${l.element}/@${l.attribute}` === c.list)
  return Object.keys(list?.values ?? {}).map((value) => ({list: c.list, value, xml: mutate(...c.accept(value))}))
})
const rejects = valueListCases.map((c) => ({...c.reject, list: c.list, xml: mutate(...c.reject.edits)}))
const excluded = excludedElementCases.map((c) => ({...c, xml: mutate(...c.edits)}))

describe.runIf(hasJing)('teipipe.rng restrictions (Jing)', () => {
  let results: JingError[][] = []
  beforeAll(() => {
    results = jingAll(schema, [base, ...accepts.map((a) => a.xml), ...rejects.map((r) => r.xml), ...excluded.map((e) => e.xml)])
  })
  const acceptResult = (i: number) => results[1 + i]
  const rejectResult = (i: number) => results[1 + accepts.length + i]
  const excludedResult = (i: number) => results[1 + accepts.length + rejects.length + i]

  it('has a case for every value list of the customisation, and the base fixture is valid', () => {
    expect(valueListCases.map((c) => c.list).sort()).toEqual(valueLists.map((l) => `${l.element}/@${l.attribute}`).sort())
    expect(results[0]).toEqual([])
  })

  it.each(accepts.map((a, i) => [a.list, a.value, i] as const))('%s accepts "%s"', (_list, _value, i) => {
    expect(acceptResult(i)).toEqual([])
  })

  it.each(rejects.map((r, i) => [r.list, i] as const))('%s rejects a value outside the list', (list, i) => {
    const r = rejects[i]
    const attribute = list.split('@')[1]
    expect(rejectResult(i)).toEqual([{line: r?.line, column: r?.column, message: expect.stringContaining(`value of attribute "${attribute}" is invalid`)}])
  })

  it.each(excluded.map((e, i) => [e.element, i] as const))('<%s> is not part of the schema', (element, i) => {
    const first = excludedResult(i)?.[0]
    expect(first).toEqual({line: excluded[i]?.line, column: excluded[i]?.column, message: expect.stringContaining(`element "${element}" not allowed`)})
  })

  it.runIf(teiAll !== undefined)('tei_all accepts the excluded elements (so excluding them is our restriction)', () => {
    expect(jingAll(teiAll as string, excluded.map((e) => e.xml))).toEqual(excluded.map(() => []))
  })
})
