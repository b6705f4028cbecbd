/**
 * Every rule of schemas/teipipe.sch, table-driven (house style §3.7): accepted variants of the base
 * fixture give no message with the rule's id; rejected ones give it at the exact line and column of
 * the rule's context element. All documents go through ONE validateFiles run.
 */
import {readFileSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {TeiFile} from '../../../src/core/file.js'
import {packagePath} from '../../../src/core/paths.js'
import {shared} from '../../support/shared.js'
import {validateFiles} from '../../../src/validate/index.js'
import {base, mutate} from './helpers.js'
import {ruleCases} from './rule-cases.js'

const schematronIds = [...readFileSync(packagePath('schemas/teipipe.sch'), 'utf8').matchAll(/<(?:assert|report)\s[^>]*\bid="([^"]+)"/g)].map((m) => m[1] as string)
const skeleton = shared('docs', 'tei-encoding-skeleton.xml')

const baseFile = new TeiFile('base.xml', base)
const acceptFiles = ruleCases.flatMap((r) => r.accept.map((edits, i) => ({id: r.id, file: new TeiFile(`${r.id}-accept-${i}.xml`, mutate(...edits))})))
const rejectFiles = ruleCases.flatMap((r) => r.reject.map((c, i) => ({id: r.id, line: c.line, column: c.column, file: new TeiFile(`${r.id}-reject-${i}.xml`, mutate(...c.edits))})))
const skeletonFile = skeleton ? new TeiFile('skeleton.xml', readFileSync(skeleton, 'utf8')) : undefined

describe('teipipe.sch rules', () => {
  beforeAll(async () => {
    const files = [baseFile, ...acceptFiles.map((a) => a.file), ...rejectFiles.map((r) => r.file), ...(skeletonFile ? [skeletonFile] : [])]
    await validateFiles(files)
  })

  it('every rule id of the .sch has accept and reject cases, and every case names a real rule', () => {
    expect(new Set(schematronIds).size).toBe(schematronIds.length)
    expect(ruleCases.map((r) => r.id).sort()).toEqual([...schematronIds].sort())
    for (const r of ruleCases) {
      expect(r.accept.length, r.id).toBeGreaterThan(0)
      expect(r.reject.length, r.id).toBeGreaterThan(0)
    }
  })

  it('the base fixture is valid and passes every rule', () => {
    expect(baseFile.messages).toEqual([])
  })

  it.runIf(skeletonFile !== undefined)('the encoding guide skeleton (../shared) is valid and passes every rule', () => {
    expect((skeletonFile as TeiFile).messages).toEqual([])
  })

  it.each(acceptFiles.map((a, i) => [a.id, i] as const))('%s accepts variant %#', (id, i) => {
    const file = acceptFiles[i]?.file as TeiFile
    expect(file.messages.filter((m) => m.ruleId === id)).toEqual([])
    expect(file.messages.filter((m) => m.ruleId === 'schematron-error')).toEqual([])
  })

  it.each(rejectFiles.map((r, i) => [r.id, i] as const))('%s rejects case %#', (id, i) => {
    const c = rejectFiles[i] as (typeof rejectFiles)[number]
    const hits = c.file.messages.filter((m) => m.ruleId === id)
    expect(hits.map((m) => ({line: m.place?.start.line, column: m.place?.start.column, source: m.source}))).toEqual([{line: c.line, column: c.column, source: 'schematron'}])
    // The message says what to do, in a sentence.
    expect(hits[0]?.reason).toMatch(/^\S.{30,}\.$/)
  })

  it('edition-language-declared names the language it sees, or says xml:lang is absent', () => {
    const [declared, absent] = rejectFiles.filter((r) => r.id === 'edition-language-declared').map((r) => r.file.messages.find((m) => m.ruleId === r.id)?.reason)
    expect(declared).toContain('xml:lang="en"')
    expect(absent).toMatch(/^<TEI> has no xml:lang attribute/)
    expect(absent).not.toContain('xml:lang=""')
  })
})
