import {mkdtempSync, readFileSync, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {decodeUtf8, writeFileAtomic} from '../../src/core/fs.js'

describe('decodeUtf8', () => {
  it('refuses an empty file', () => {
    expect(decodeUtf8(new Uint8Array())).toEqual({ok: false, problem: 'empty', line: 1, column: 1})
  })
  it('refuses binary input at the first NUL byte', () => {
    expect(decodeUtf8(Buffer.from('ab\ncd\0ef'))).toEqual({ok: false, problem: 'binary', line: 2, column: 3})
  })
  it('refuses Latin-1 bytes with the position of the first bad byte', () => {
    expect(decodeUtf8(Buffer.from([0x61, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]))).toEqual({ok: false, problem: 'not-utf8', line: 2, column: 4})
  })
  it('strips a byte-order mark and says so', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFtext'))).toEqual({ok: true, text: 'text', hadBom: true})
  })
})

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temporary files behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'teipipe-fs-'))
    const path = join(dir, 'sub', 'out.xml')
    writeFileAtomic(path, '<TEI/>')
    writeFileAtomic(path, '<TEI>2</TEI>')
    expect(readFileSync(path, 'utf8')).toBe('<TEI>2</TEI>')
    expect(readdirSync(join(dir, 'sub'))).toEqual(['out.xml'])
  })
})
