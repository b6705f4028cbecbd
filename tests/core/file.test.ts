import {describe, expect, it} from 'vitest'
import {TeiFile} from '../../src/core/file.js'
import {runStages} from '../../src/core/pipeline.js'
import {exitCode, countMessages} from '../../src/core/statistics.js'
import {formatMessage} from '../../src/core/message.js'

describe('TeiFile and the pipeline', () => {
  it('records messages with the file path and a warning by default', () => {
    const file = new TeiFile('tei/a.xml')
    const m = file.message('A name has no register entry.', {ruleId: 'name-in-register', source: 'schematron', place: {start: {line: 3, column: 7}}})
    expect(m).toMatchObject({file: 'tei/a.xml', severity: 'warning'})
    expect(formatMessage(m)).toBe('tei/a.xml:3:7: warning A name has no register entry. [name-in-register]')
  })

  it('stops later stages after a fatal message and keeps running other files', async () => {
    const seen: string[] = []
    const files = [new TeiFile('bad.txt'), new TeiFile('good.txt')]
    for (const file of files) {
      await runStages(
        file,
        [
          (f) => {
            seen.push(`read ${f.path}`)
            if (f.path === 'bad.txt') f.fail('The file is empty.', {ruleId: 'encode-empty-input', source: 'encode'})
          },
          (f) => void seen.push(`encode ${f.path}`)
        ],
        {cwd: '.'}
      )
    }
    expect(seen).toEqual(['read bad.txt', 'read good.txt', 'encode good.txt'])
    expect(files[0]?.fatal).toBe(true)
    expect(files[1]?.messages).toEqual([])
  })

  it('turns an unexpected throw into a fatal internal-error message, not a crash', async () => {
    const file = new TeiFile('x.xml')
    await runStages(file, [function explode() { throw new TypeError('boom') }], {cwd: '.'})
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]).toMatchObject({ruleId: 'internal-error', fatal: true, severity: 'error'})
    expect(file.messages[0]?.reason).toContain('boom')
  })

  it('computes exit codes from errors and the warning budget', () => {
    const clean = new TeiFile('a')
    const warned = new TeiFile('b')
    warned.message('w', {ruleId: 'r', source: 'tei'})
    expect(exitCode([clean, warned])).toBe(0)
    expect(exitCode([clean, warned], {maxWarnings: 0})).toBe(1)
    expect(exitCode([clean, warned], {maxWarnings: 1})).toBe(0)
    warned.error('e', {ruleId: 'r', source: 'tei'})
    expect(exitCode([warned])).toBe(1)
    expect(countMessages([warned])).toEqual({errors: 1, warnings: 1, infos: 0, fatal: 0})
  })
})
