import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeEach, describe, expect, it} from 'vitest'
import {memoryIo} from '../../src/cli/io.js'
import {run} from '../../src/cli/run.js'
import {packagePath} from '../../src/core/paths.js'

const memo = readFileSync(packagePath('sources/wilson/134242.txt'), 'utf8')
let dir = ''

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'teipipe-bad-'))
})

/** Run `teipipe encode` in the temporary directory with a JSON report; returns the code and the messages. */
async function encode(...args: string[]): Promise<{code: number; messages: {ruleId: string; reason: string; line: number | undefined; column: number | undefined}[]; io: ReturnType<typeof memoryIo>}> {
  const io = memoryIo(dir)
  const code = await run(['encode', '--format', 'json', ...args], io)
  const report = JSON.parse(io.out) as {files: {messages: {ruleId: string; reason: string; line?: number; column?: number; place?: {start: {line: number; column: number}}}[]}[]}
  const messages = report.files.flatMap((f) => f.messages.map((m) => ({ruleId: m.ruleId, reason: m.reason, line: m.line ?? m.place?.start.line, column: m.column ?? m.place?.start.column})))
  return {code, messages, io}
}

/** Messages other than the memo's guessed extents (the memo is encoded here without its sidecar). */
const own = <T extends {ruleId?: string}>(ms: T[]): T[] => ms.filter((m) => m.ruleId !== 'encode-extent-guessed')

describe('teipipe encode: bad input gets a message, a position and an exit code', () => {
  it('refuses an empty file', async () => {
    writeFileSync(join(dir, 'empty.txt'), '')
    const r = await encode('empty.txt')
    expect(r.code).toBe(1)
    expect(r.messages).toEqual([expect.objectContaining({ruleId: 'encode-empty-input', line: 1, column: 1, reason: expect.stringContaining('empty')})])
  })

  it('refuses a binary file, with the position of the first NUL byte', async () => {
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x41, 0x0a, 0x42, 0x43, 0x00, 0x01]))
    const r = await encode('image.txt')
    expect(r.code).toBe(1)
    expect(r.messages).toEqual([expect.objectContaining({ruleId: 'encode-binary-input', line: 2, column: 3, reason: expect.stringContaining('binary')})])
  })

  it('refuses a file that is not UTF-8 (Latin-1), with the position of the bad byte', async () => {
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Skip to content\nCaf\xe9 noir\n', 'latin1'))
    const r = await encode('latin1.txt')
    expect(r.code).toBe(1)
    expect(r.messages).toEqual([expect.objectContaining({ruleId: 'encode-not-utf8', line: 2, column: 4, reason: expect.stringMatching(/ISO-8859-1.*save it as UTF-8/)})])
  })

  it('names UTF-16 (with a byte-order mark) when it refuses it, and says to save as UTF-8', async () => {
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Skip to content\n', 'utf16le')]))
    const r = await encode('utf16.txt')
    expect(r.code).toBe(1)
    expect(r.messages).toEqual([expect.objectContaining({ruleId: 'encode-not-utf8', reason: expect.stringMatching(/UTF-16 .*little-endian.*save it as UTF-8/)})])
  })

  it('reports a form feed once, as a control character, and never shows the encoder\'s placeholder', async () => {
    const lines = memo.split('\n')
    lines.splice(38, 0, '\f', '', '\f--', '')
    writeFileSync(join(dir, 'ff.txt'), lines.join('\n'))
    const r = await encode('ff.txt')
    expect(r.messages.filter((m) => m.ruleId === 'encode-control-character')).toHaveLength(2)
    expect(r.messages.filter((m) => m.line === 39)).toEqual([expect.objectContaining({ruleId: 'encode-control-character'})])
    for (const m of r.messages) expect(m.reason).not.toContain('\uFDD0')
  })

  it('reports an unclosed bracket at its line and column, and keeps its words as text', async () => {
    writeFileSync(join(dir, 'open.txt'), memo.replace('[who is] now', '[who is now'))
    const r = await encode('open.txt')
    expect(r.code).toBe(0)
    const line = memo.split('\n').findIndex((l) => l.includes('[who is] now')) + 1
    const column = [...(memo.split('\n')[line - 1] ?? '')].indexOf('[') + 1
    expect(own(r.messages)).toEqual([expect.objectContaining({ruleId: 'encode-unbalanced-bracket', line, column, reason: expect.stringContaining('never closed')})])
    expect(readFileSync(join(dir, "tei", "open.xml"), "utf8")).toMatch(/<orig>\[<\/orig>who is now/)
  })

  it('reports a closing bracket without an opening one', async () => {
    writeFileSync(join(dir, 'close.txt'), memo.replace('(Memo)', '(Memo)]'))
    const r = await encode('close.txt')
    const line = memo.split('\n').indexOf('(Memo)') + 1
    expect(own(r.messages)).toEqual([expect.objectContaining({ruleId: 'encode-unbalanced-bracket', line, column: 7, reason: expect.stringContaining('no opening')})])
  })

  it('encodes an archive page cut off before its "Document Information" block, with warnings naming what is missing', async () => {
    const cut = memo.slice(0, memo.indexOf('Document Information'))
    writeFileSync(join(dir, 'cut.txt'), cut)
    const r = await encode('cut.txt')
    expect(r.code).toBe(0)
    expect(own(r.messages)).toEqual([expect.objectContaining({ruleId: 'encode-frame-incomplete', reason: expect.stringContaining('"Document Information"')})])
    expect(own(r.messages)[0]?.line).toBe(cut.trimEnd().split('\n').length)
    expect(existsSync(join(dir, 'tei', 'cut.xml'))).toBe(true)
  })

  it('keeps the text of a capture that stops inside an open bracket, and marks the end as truncated', async () => {
    const cut = memo.slice(0, memo.indexOf('[signature]') + 4)
    writeFileSync(join(dir, 'stop.txt'), cut)
    const r = await encode('stop.txt')
    expect(r.code).toBe(0)
    expect(own(r.messages).map((m) => m.ruleId).sort()).toEqual(['encode-frame-incomplete', 'encode-truncated', 'encode-unbalanced-bracket'])
    const tei = readFileSync(join(dir, 'tei', 'stop.xml'), 'utf8')
    expect(tei).toContain('<gap reason="truncated-capture" resp="#ed"/>')
    expect(tei).toMatch(/sig<\/p>|sig\s*</)
  })

  it('never overwrites an existing output without --force, and other files continue', async () => {
    writeFileSync(join(dir, 'memo.txt'), memo)
    writeFileSync(join(dir, 'other.txt'), 'A plain note.\n\nSecond paragraph.\n')
    expect((await encode('memo.txt')).code).toBe(0)
    writeFileSync(join(dir, 'tei', 'memo.xml'), 'keep me')
    const r = await encode('memo.txt', 'other.txt')
    expect(r.code).toBe(1)
    expect(r.messages).toContainEqual(expect.objectContaining({ruleId: 'output-exists', reason: expect.stringContaining('--force')}))
    expect(readFileSync(join(dir, 'tei', 'memo.xml'), 'utf8')).toBe('keep me')
    expect(existsSync(join(dir, 'tei', 'other.xml'))).toBe(true)
    expect((await encode('memo.txt', '--force')).code).toBe(0)
    expect(readFileSync(join(dir, 'tei', 'memo.xml'), 'utf8')).toMatch(/^<\?xml/)
  })

  it('turns plain text without the archive layout into minimal TEI with a warning', async () => {
    writeFileSync(join(dir, 'note.txt'), 'A plain note [sic] about 9 June 1969.\n\nSecond paragraph.\n')
    const r = await encode('note.txt', '-o', 'out')
    expect(r.code).toBe(0)
    expect(r.messages).toEqual([expect.objectContaining({ruleId: 'encode-plain-text', line: 1})])
    const tei = readFileSync(join(dir, 'out', 'note.xml'), 'utf8')
    expect(tei).toContain('<p xml:id="p-0-1">A plain <sic resp="#tr">note</sic> about <date when="1969-06-09">9 June 1969</date>.</p>')
  })

  it('reports an editorial decision that no longer matches the source', async () => {
    writeFileSync(join(dir, 'memo.txt'), memo.replace('9 Junes 1969', '9 June 1969'))
    const edits = JSON.parse(readFileSync(packagePath('sources/wilson/134242.edits.json'), 'utf8')) as unknown
    writeFileSync(join(dir, 'memo.edits.json'), JSON.stringify(edits))
    const r = await encode('memo.txt')
    expect(r.code).toBe(1)
    expect(r.messages).toEqual([expect.objectContaining({ruleId: 'encode-edit-stale', reason: expect.stringContaining('"9 Junes 1969"')})])
    expect(existsSync(join(dir, 'tei', 'memo.xml'))).toBe(false)
  })

  it('reports a malformed sidecar as a message, not a crash', async () => {
    writeFileSync(join(dir, 'memo.txt'), memo)
    writeFileSync(join(dir, 'memo.edits.json'), '{"corrections": [{"find": 3}]}')
    const r = await encode('memo.txt')
    expect(r.code).toBe(1)
    expect(r.messages).toEqual([expect.objectContaining({ruleId: 'encode-edits-invalid', reason: expect.stringContaining('corrections[0]')})])
  })

  it('exits 2 when no file is named', async () => {
    const io = memoryIo(dir)
    expect(await run(['encode'], io)).toBe(2)
    expect(io.err).toContain('Name the source texts to encode')
  })
})
