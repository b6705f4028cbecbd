/**
 * Wide documents: thousands of sibling elements in one paragraph (encoder output), or one very long
 * text, are checked by every rule. (saxon-js's translate() spreads a string's code points as call
 * arguments and overflowed the stack on strings of ~100,000 characters; no-empty-block used it.)
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {TeiFile} from '../../../src/core/file.js'
import {validateFiles} from '../../../src/validate/index.js'
import {mutate} from './helpers.js'

function wide(n: number): string {
  return mutate(['<p xml:id="p-1-2">', `<p xml:id="p-wide">${'<orgName ref="#org-embassy">Embassy</orgName> '.repeat(n)}</p>\n     <p xml:id="p-1-2">`])
}

describe('Schematron over wide documents', () => {
  const files = [new TeiFile('wide-5000.xml', wide(5000)), new TeiFile('wide-20000.xml', wide(20000)),
    new TeiFile('long-text.xml', mutate(['<p xml:id="p-1-2">', `<p xml:id="p-long">${'word '.repeat(60000)}</p>\n     <p xml:id="p-1-2">`]))]
  beforeAll(async () => {
    await validateFiles(files)
  }, 600_000)

  it.each(files.map((f) => [f.path]))('%s is checked by every rule and passes', (path) => {
    const file = files.find((f) => f.path === path) as TeiFile
    expect(file.messages).toEqual([])
  })
})

describe('a Schematron rule the engine cannot run on a long text', () => {
  it('is reported as an engine limit on a wide file, not as deep nesting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teipipe-wide-'))
    try {
      const sch = join(dir, 'translate.sch')
      writeFileSync(sch, '<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2"><ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>' +
        '<pattern><rule context="tei:p"><assert id="p-text" test="translate(string(.), \'x\', \'y\') != \'\'">Empty.</assert></rule></pattern></schema>')
      const file = new TeiFile('long.xml', `<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>${'word '.repeat(60000)}</p></body></text></TEI>`)
      await validateFiles([file], {schema: join(dir, 'none.rng'), schematron: sch})
      const limit = file.messages.filter((m) => m.source === 'schematron')
      expect(limit.map((m) => m.ruleId)).toEqual(['schematron-engine-limit'])
      expect(limit[0]?.reason).toMatch(/nest only 4 levels deep/)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  }, 120_000)
})
