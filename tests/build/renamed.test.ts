/** A TEI file the encoder wrote, renamed by a person: its source is not encoded again, so no record is published twice. */
import {existsSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {build, memoSource, tempRoot, writeProject} from './helpers.js'

const {root, cleanup} = tempRoot('renamed')
afterAll(cleanup)

describe('teipipe build after a TEI file is renamed', () => {
  it('recognises the renamed TEI (unedited by its hash, edited by its edition id), does not re-encode the source, and says what to do', async () => {
    const {text, edits} = memoSource()
    const dir = writeProject(join(root, 'p'), {'sources/134242.txt': text, 'sources/134242.edits.json': edits})
    expect((await build(dir, '--jobs', '1')).code).toBe(0)
    renameSync(join(dir, 'tei', '134242.xml'), join(dir, 'tei', '134242-edited.xml'))
    const renamed = await build(dir, '--jobs', '1')
    expect(renamed.code).toBe(0)
    expect(renamed.err).toContain('This TEI file was encoded from sources/134242.txt as tei/134242.xml and has been renamed, so sources/134242.txt is not encoded again')
    expect(renamed.err).toContain('To keep the new name, rename sources/134242.txt (and sources/134242.edits.json) to 134242-edited.txt; to go back, rename this file to tei/134242.xml.')
    expect(renamed.err).toMatch(/tei\/134242-edited\.xml\n[^\n]*warning[^\n]*build-tei-renamed/)
    expect(renamed.out).toMatch(/^Encoded 0, .*published 1, failed 0 \(1 document\)/m)
    expect(existsSync(join(dir, 'tei', '134242.xml'))).toBe(false)
    expect(existsSync(join(dir, 'dist', '134242-edited.html'))).toBe(true)
    expect(existsSync(join(dir, 'dist', '134242.html'))).toBe(false)
    // Edited after the rename: still recognised, by the edition's identifier.
    const path = join(dir, 'tei', '134242-edited.xml')
    writeFileSync(path, readFileSync(path, 'utf8').replace('</body>', '<p>Checked by hand.</p></body>'))
    const edited = await build(dir, '--jobs', '1')
    expect(edited.err).toContain('build-tei-renamed')
    expect(existsSync(join(dir, 'tei', '134242.xml'))).toBe(false)
    expect(existsSync(join(dir, 'dist', '134242.html'))).toBe(false)
    // Renamed back: one document again, the edit kept, no warning.
    renameSync(path, join(dir, 'tei', '134242.xml'))
    const back = await build(dir, '--jobs', '1')
    expect(back.err).not.toContain('build-tei-renamed')
    expect(readFileSync(join(dir, 'tei', '134242.xml'), 'utf8')).toContain('Checked by hand.')
    expect(existsSync(join(dir, 'dist', '134242.html'))).toBe(true)
    expect(existsSync(join(dir, 'dist', '134242-edited.html'))).toBe(false)
  })
})
