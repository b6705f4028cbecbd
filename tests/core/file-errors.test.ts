/** File-system errors are said in words, never as an errno code. */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fileErrorReason} from '../../src/core/file-errors.js'

function thrown(fn: () => unknown): unknown {
  try {
    fn()
  } catch (error) {
    return error
  }
  throw new Error('did not throw')
}

describe('fileErrorReason', () => {
  const dir = mkdtempSync(join(tmpdir(), 'teipipe-errno-'))
  it('says what happened for a missing file, a folder in the way, a file in the way', () => {
    expect(fileErrorReason(thrown(() => readFileSync(join(dir, 'none.xml'))), 'read')).toBe('it, or a folder on its path, does not exist')
    expect(fileErrorReason(thrown(() => readFileSync(dir)), 'read')).toBe('it is a folder, not a file')
    expect(fileErrorReason(thrown(() => writeFileSync(dir, 'x')))).toBe('a folder of that name is in the way')
    writeFileSync(join(dir, 'file'), 'x')
    expect(fileErrorReason(thrown(() => writeFileSync(join(dir, 'file', 'below'), 'x')))).toBe('a file is in the way where a folder is needed')
    rmSync(dir, {recursive: true, force: true})
  })

  it('an unlisted code: Node\'s words without the code or the path', () => {
    const error = Object.assign(new Error("EXDEV: cross-device link not permitted, rename '/a' -> '/b'"), {code: 'EXDEV'})
    expect(fileErrorReason(error)).toBe('cross-device link not permitted')
    expect(fileErrorReason(new Error('plain'))).toBe('plain')
  })
})
