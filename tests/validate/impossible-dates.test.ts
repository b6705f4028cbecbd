/**
 * A date of the right form that names no real day (when="1962-04-31") is one slip: one error, at the
 * attribute, saying which month is shorter, not two errors asking for YYYY-MM-DD (the grammar's
 * attribute-value-invalid and the rule date-iso used to both fire). A date of the wrong form still gets
 * the rule's message where the grammar does not type the attribute.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {TeiFile} from '../../src/core/file.js'
import {validateFiles} from '../../src/validate/index.js'

const memo = readFileSync(join(import.meta.dirname, '..', '..', 'tei', '134242.xml'), 'utf8')

describe('impossible dates', () => {
  it('one error per impossible date, at the attribute, naming the month length', async () => {
    const at = memo.indexOf('when="1969-06-12"')
    expect(at).toBeGreaterThan(0)
    const file = new TeiFile('memo.xml', `${memo.slice(0, at)}when="1969-06-31"${memo.slice(at + 'when="1969-06-12"'.length)}`)
    await validateFiles([file])
    const line = memo.slice(0, at).split('\n').length
    const onLine = file.messages.filter((m) => m.place?.start.line === line)
    expect(onLine.map((m) => [m.ruleId, m.reason])).toEqual([['attribute-value-invalid', 'The value "1969-06-31" of @when on <date> is not valid: it names a day that does not exist (June 1969 has 30 days).']])
    expect(file.messages.filter((m) => m.ruleId === 'date-iso')).toEqual([])
  }, 60_000)

  it('the rule still speaks for a date attribute the grammar leaves untyped', async () => {
    // teipipe.rng types @when on <date>; a custom grammar may not. With a grammar that accepts any
    // attribute value, only date-iso can say the value is no ISO date.
    const loose = join(import.meta.dirname, '..', 'fixtures', 'validate', 'impossible-dates', 'any.rng')
    const file = new TeiFile('loose.xml', '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body><p><date when="1962-04-31">31 April</date></p></body></text></TEI>')
    await validateFiles([file], {schema: loose, schematron: join(import.meta.dirname, '..', '..', 'schemas', 'teipipe.sch')})
    expect(file.messages.filter((m) => m.ruleId === 'attribute-value-invalid')).toEqual([])
    expect(file.messages.filter((m) => m.ruleId === 'date-iso').map((m) => m.reason)).toEqual(['<date> has @when="1962-04-31", which is not an ISO date. Write YYYY, YYYY-MM or YYYY-MM-DD (for example 1969-06-09).'])
  }, 60_000)
})
