/**
 * The project's own TEI files (tei/*.xml, written by `teipipe encode`) are valid against our schema
 * and break none of our rules (warnings allowed, errors not).
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {TeiFile} from '../../../src/core/file.js'
import {packagePath} from '../../../src/core/paths.js'
import {validateFiles} from '../../../src/validate/index.js'

const dir = packagePath('tei')
const names = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.xml')).sort() : []

describe('tei/*.xml against teipipe.rng and teipipe.sch', () => {
  it('includes the memo', () => {
    expect(names).toContain('134242.xml')
  })

  it.each(names)('%s has no errors', async (name) => {
    const file = new TeiFile(`tei/${name}`, readFileSync(join(dir, name), 'utf8'))
    await validateFiles([file])
    const errors = file.messages.filter((m) => m.severity === 'error').map((m) => `${m.place?.start.line}:${m.place?.start.column} ${m.ruleId}: ${m.reason}`)
    expect(errors).toEqual([])
  })
})
