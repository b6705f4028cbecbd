import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {validateWithSchema} from '../../src/validate/relaxng.js'

const dir = mkdtempSync(join(tmpdir(), 'teipipe-rng-cache-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const grammar = (child: string) => `<element name="doc" xmlns="http://relaxng.org/ns/structure/1.0"><zeroOrMore><element name="${child}"><text/></element></zeroOrMore></element>`
const document = {key: 'a', text: '<doc>\n<a>x</a>\n<b>y</b>\n</doc>'}

describe('RELAX NG schema cache', () => {
  it('gives identical results on a second validation in the same process', async () => {
    const schema = join(dir, 'same.rng')
    writeFileSync(schema, grammar('a'))
    const first = await validateWithSchema([document], schema)
    const second = await validateWithSchema([document], schema)
    expect(first.failed.has('a')).toBe(true)
    expect(first.errors.get('a')).toEqual([{line: 3, message: 'element b: Relax-NG validity error : Did not expect element b there'}])
    expect(second).toEqual(first)
  })

  it('recompiles a schema file whose content changed', async () => {
    const schema = join(dir, 'changing.rng')
    writeFileSync(schema, grammar('a'))
    const before = await validateWithSchema([document], schema)
    writeFileSync(schema, grammar('b'))
    const after = await validateWithSchema([document], schema)
    expect(before.errors.get('a')?.[0]?.message).toMatch(/element b there$/)
    expect(after.errors.get('a')).toEqual([{line: 2, message: 'element a: Relax-NG validity error : Did not expect element a there'}])
  })

  it('names a prefixed foreign element as xmllint does (local name)', async () => {
    const schema = join(dir, 'foreign.rng')
    writeFileSync(schema, grammar('a'))
    const result = await validateWithSchema([{key: 'f', text: '<doc xmlns:f="urn:f">\n<f:x/>\n</doc>'}], schema)
    expect(result.errors.get('f')).toEqual([{line: 2, message: 'element x: Relax-NG validity error : Did not expect element x there'}])
  })
})
