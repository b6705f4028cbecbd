import {describe, expect, it} from 'vitest'
import {reportHuman} from '../../src/report/human.js'
import {reportJson} from '../../src/report/json.js'
import {createMessage} from '../../src/core/message.js'

const files = [
  {
    path: 'tei/b.xml',
    messages: [
      createMessage('Point `@ref` at a register entry.', {ruleId: 'name-in-register', source: 'schematron', severity: 'warning', file: 'tei/b.xml', place: {start: {line: 12, column: 5}}}),
      createMessage('`<foo>` is not allowed inside `<p>`.', {ruleId: 'relaxng-invalid', source: 'relaxng', file: 'tei/b.xml', place: {start: {line: 3, column: 10}, end: {line: 3, column: 15}}})
    ]
  },
  {path: 'tei/a.xml', messages: []}
]

describe('human reporter', () => {
  it('sorts files and messages, aligns columns and ends with a summary', () => {
    expect(reportHuman(files)).toBe(
      [
        'tei/b.xml',
        '   3:10  error    `<foo>` is not allowed inside `<p>`.  relaxng-invalid',
        '  12:5   warning  Point `@ref` at a register entry.  name-in-register',
        '',
        '2 files checked: 1 error, 1 warning',
        ''
      ].join('\n')
    )
  })

  it('shows only errors when quiet and says when there are no problems', () => {
    expect(reportHuman(files, {quiet: true})).not.toContain('warning  Point')
    expect(reportHuman([{path: 'x', messages: []}])).toBe('1 file checked: no problems\n')
  })
})

describe('json reporter', () => {
  it('writes a versioned shape that parses back to the same messages', () => {
    const out = JSON.parse(reportJson(files))
    expect(out.schemaVersion).toBe(1)
    expect(out.files.map((f: {path: string}) => f.path)).toEqual(['tei/a.xml', 'tei/b.xml'])
    expect(out.files[1]).toMatchObject({errorCount: 1, warningCount: 1})
    expect(out.files[1].messages[0]).toEqual({
      ruleId: 'relaxng-invalid', source: 'relaxng', severity: 'error', reason: '`<foo>` is not allowed inside `<p>`.', line: 3, column: 10, endLine: 3, endColumn: 15
    })
  })
})
