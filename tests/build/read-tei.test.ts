// readTeiFile (render, build) reads what validate reads: src/parse/decode.ts for every stage.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {readTeiFile} from '../../src/build/publish.js'

const dir = mkdtempSync(join(tmpdir(), 'teipipe-read-tei-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const body = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>café naïve</p></body></text></TEI>\n'

describe('reading TEI for render and build', () => {
  it('reads a file in a declared ISO-8859-1 encoding, and its text then declares UTF-8', () => {
    const path = join(dir, 'latin.xml')
    writeFileSync(path, Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?>\n${body}`, 'latin1'))
    const file = readTeiFile(path)
    expect(file.messages).toEqual([])
    expect(file.source).toContain('café naïve')
    expect(file.source.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
  })

  it('reads UTF-16 with a byte-order mark', () => {
    const path = join(dir, 'utf16.xml')
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<?xml version="1.0" encoding="UTF-16"?>\n${body}`, 'utf16le')]))
    const file = readTeiFile(path)
    expect(file.messages).toEqual([])
    expect(file.source).toContain('café naïve')
    expect(file.source).toContain('encoding="UTF-8"')
  })

  it('refuses an undeclared Latin-1 file with validate’s sentence (save it as UTF-8)', () => {
    const path = join(dir, 'bad.xml')
    writeFileSync(path, Buffer.from(body, 'latin1'))
    const file = readTeiFile(path)
    expect(file.messages.map((m) => [m.ruleId, m.reason])).toEqual([['file-unreadable', expect.stringContaining('save it as UTF-8')]])
  })
})
