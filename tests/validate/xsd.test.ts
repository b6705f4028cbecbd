/** `--schema file.xsd`: XML Schema validation through the same engine, messages rewritten and placed. */
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {TeiFile} from '../../src/core/file.js'
import {validateFiles} from '../../src/validate/index.js'

const schema = join(import.meta.dirname, '..', 'fixtures', 'validate', 'mini-tei.xsd')

describe('XSD validation', () => {
  it('gives sentences with exact places for values, attributes, elements and missing content', async () => {
    const files = [
      new TeiFile('a.xml', '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <p n="x">one</p>\n  <p rend="red" status="z">two</p>\n  <q/>\n</TEI>\n'),
      new TeiFile('b.xml', '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n</TEI>\n'),
      new TeiFile('c.xml', '<TEI xmlns="http://www.tei-c.org/ns/1.0"><p n="2" rend="bold">ok</p></TEI>')
    ]
    await validateFiles(files, {schema})
    const summary = files.map((f) => f.messages.map((m) => `${m.place?.start.line}:${m.place?.start.column} ${m.ruleId} ${m.reason}`))
    expect(summary).toEqual([
      [
        '2:6 attribute-value-invalid The value "x" of attribute "n" on <p> is not a valid xs:integer.',
        '3:6 attribute-value-invalid The value "red" of attribute "rend" on <p> is not allowed; use one of: italic, bold.',
        '3:17 attribute-not-allowed Attribute "status" is not allowed on <p>.',
        '4:3 element-not-allowed <q> is not allowed here; the schema expects <p> here.'
      ],
      ['1:1 element-incomplete <TEI> is incomplete: it must contain <p>.'],
      []
    ])
  })
})
