/** A person's edit is never lost: edited TEI survives source changes, encoder upgrades and moving the project. */
import {existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {build, memoSource, readTree, tempRoot, writeProject} from './helpers.js'

const {root, cleanup} = tempRoot('edits')
afterAll(cleanup)

/** A project with the memo's source and sidecar. */
function memoProject(name: string): string {
  const {text, edits} = memoSource()
  return writeProject(join(root, name), {'sources/wilson/134242.txt': text, 'sources/wilson/134242.edits.json': edits})
}

const SIGNATURE = /<signed[^>]*>[\s\S]*?<\/signed>/

describe('teipipe build keeps edited TEI', () => {
  it('keeps a hand-corrected TEI when the source changes, says so, and re-encodes only on request with a backup', async () => {
    const dir = memoProject('edited')
    const first = await build(dir, '--jobs', '1')
    expect(first.out).toMatch(/^Encoded 1, unchanged 0, published 1, failed 0 \(1 document\)/m)
    const teiPath = join(dir, 'tei', '134242.xml')
    const encoded = readFileSync(teiPath, 'utf8')
    expect(encoded).toMatch(SIGNATURE)
    // An editor corrects the signature by hand…
    const edited = encoded.replace(SIGNATURE, (s) => s.replace(/<\/signed>$/, '<note type="editorial">signature checked against the original</note></signed>'))
    expect(edited).not.toBe(encoded)
    writeFileSync(teiPath, edited)
    // …then one word of the source changes.
    const sourcePath = join(dir, 'sources', 'wilson', '134242.txt')
    writeFileSync(sourcePath, readFileSync(sourcePath, 'utf8').replace('situation', 'situations'))
    const second = await build(dir, '--jobs', '1', '--format', 'json')
    expect(readFileSync(teiPath, 'utf8')).toBe(edited)
    expect(readFileSync(join(dir, 'dist', '134242.xml'), 'utf8')).toBe(edited)
    const report = JSON.parse(second.out) as {files: {path: string; messages: {ruleId: string; reason: string; severity: string}[]}[]}
    const messages = report.files.find((f) => f.path === 'tei/134242.xml')?.messages ?? []
    const changed = messages.find((m) => m.ruleId === 'build-source-changed')
    expect(changed?.severity).toBe('warning')
    expect(changed?.reason).toContain('sources/wilson/134242.txt has changed since this TEI was edited by hand')
    expect(changed?.reason).toContain('teipipe build --reencode 134242')
    // Every build says it again while it is true, and never overwrites.
    const third = await build(dir, '--jobs', '1')
    expect(third.err).toContain('build-source-changed')
    expect(third.out).toMatch(/^Encoded 0,/m)
    expect(readFileSync(teiPath, 'utf8')).toBe(edited)
    // Re-encoding on purpose keeps the edited file as a numbered backup.
    const fourth = await build(dir, '--jobs', '1', '--reencode', '134242')
    expect(fourth.out).toMatch(/^Encoded 1,/m)
    expect(fourth.err).toContain('previous TEI was kept as tei/.backup/134242.1.xml')
    expect(readFileSync(join(dir, 'tei', '.backup', '134242.1.xml'), 'utf8')).toBe(edited)
    const reencoded = readFileSync(teiPath, 'utf8')
    expect(reencoded).not.toContain('signature checked against the original')
    expect(reencoded).toContain('situations')
    const fifth = await build(dir, '--jobs', '1')
    expect(fifth.err).not.toContain('build-source-changed')
  })

  it('re-encodes a TEI nobody edited when its source changes', async () => {
    const dir = memoProject('unedited')
    await build(dir, '--jobs', '1')
    const sourcePath = join(dir, 'sources', 'wilson', '134242.txt')
    writeFileSync(sourcePath, readFileSync(sourcePath, 'utf8').replace('situation', 'situations'))
    const second = await build(dir, '--jobs', '1')
    expect(second.out).toMatch(/^Encoded 1,/m)
    expect(readFileSync(join(dir, 'tei', '134242.xml'), 'utf8')).toContain('situations')
  })

  it('re-encodes nothing and renders nothing again after the project folder is moved', async () => {
    const dir = memoProject('before-move')
    await build(dir, '--jobs', '1')
    const moved = join(root, 'after-move', 'deeper-and-longer-folder-name')
    mkdirSync(moved, {recursive: true})
    renameSync(dir, join(moved, 'project'))
    const before = readTree(join(moved, 'project', 'dist'))
    const again = await build(join(moved, 'project'), '--jobs', '1')
    expect(again.out).toMatch(/^Encoded 0, unchanged 1, published 1, failed 0/m)
    expect(again.err).not.toMatch(/build-(tei-kept|source-changed|encoder-newer)/)
    expect(readTree(join(moved, 'project', 'dist'))).toEqual(before)
  })

  it('never re-encodes after an encoder upgrade: it says a newer encoder is available', async () => {
    const dir = memoProject('upgrade')
    await build(dir, '--jobs', '1')
    const records = join(dir, '.teipipe-cache', 'encoded.json')
    writeFileSync(records, readFileSync(records, 'utf8').replace(/"encoder": "[0-9a-f]+"/, '"encoder": "000000000000"'))
    const teiBefore = readFileSync(join(dir, 'tei', '134242.xml'), 'utf8')
    const again = await build(dir, '--jobs', '1')
    expect(again.out).toMatch(/^Encoded 0,/m)
    expect(again.err).toMatch(/written by an earlier version of the encoder[\s\S]*teipipe build --reencode 134242/)
    expect(again.err).toContain('build-encoder-newer')
    expect(readFileSync(join(dir, 'tei', '134242.xml'), 'utf8')).toBe(teiBefore)
  })

  it('treats a TEI it has no record of as edited unless it is exactly the encoder\'s (a fresh clone)', async () => {
    const dir = memoProject('clone')
    await build(dir, '--jobs', '1')
    const teiPath = join(dir, 'tei', '134242.xml')
    const encoded = readFileSync(teiPath, 'utf8')
    // Without records (a clone: .teipipe-cache/ is not committed), the encoder's own TEI is recognised silently.
    writeProject(dir, {'.teipipe-cache/encoded.json': '{}'})
    const same = await build(dir, '--jobs', '1')
    expect(same.err).not.toContain('build-tei-kept')
    expect(same.out).toMatch(/^Encoded 0,/m)
    // A reviewed TEI that differs is kept and never overwritten.
    const reviewed = encoded.replace('</TEI>', '<!-- reviewed --></TEI>')
    writeFileSync(teiPath, reviewed)
    writeProject(dir, {'.teipipe-cache/encoded.json': '{}'})
    const kept = await build(dir, '--jobs', '1')
    expect(kept.err).toContain('build-tei-kept')
    expect(readFileSync(teiPath, 'utf8')).toBe(reviewed)
    const sourcePath = join(dir, 'sources', 'wilson', '134242.txt')
    writeFileSync(sourcePath, `${readFileSync(sourcePath, 'utf8')}\n`)
    const changed = await build(dir, '--jobs', '1')
    expect(changed.err).toContain('build-source-changed')
    expect(readFileSync(teiPath, 'utf8')).toBe(reviewed)
    expect(existsSync(join(dir, 'tei', '.backup'))).toBe(false)
  })
})

describe('the check step', () => {
  it('does not overwrite a TEI that changed after the build decided to re-encode it (a save during --watch)', async () => {
    const {runTask} = await import('../../src/build/steps.js')
    const dir = memoProject('race')
    writeProject(dir, {'tei/134242.xml': '<TEI xmlns="http://www.tei-c.org/ns/1.0"><!-- saved by an editor a moment ago --></TEI>\n'})
    const results = await runTask({kind: 'check', dir, validate: {}, items: [{id: '134242', tei: 'tei/134242.xml', validate: false, encode: {source: 'sources/wilson/134242.txt', mode: 'write', expect: 'hash-before-the-save'}}]})
    const result = results[0] as import('../../src/build/steps.js').CheckResult
    expect(readFileSync(join(dir, 'tei', '134242.xml'), 'utf8')).toContain('saved by an editor a moment ago')
    expect(result.encode?.wrote).toBe(false)
    expect(result.encode?.messages.find((m) => m.ruleId === 'build-tei-kept')?.reason).toContain('tei/134242.xml changed while the build was running')
  })
})

describe('teipipe build when a source is deleted', () => {
  it("retires the encoder's unedited TEI (to tei/.backup/, unpublished) and keeps an edited one published; says which, once", async () => {
    const dir = writeProject(join(root, 'source-removed'), {'sources/a.txt': 'Dear friend,\nthe parcel arrived.\n', 'sources/b.txt': 'Dear colleague,\nthe letter was sent.\n'})
    const first = await build(dir, '--jobs', '1')
    expect(first.out).toMatch(/^Encoded 2, unchanged 0, published 2, failed 0 \(2 documents\)/m)
    const a = readFileSync(join(dir, 'tei', 'a.xml'), 'utf8')
    const edited = readFileSync(join(dir, 'tei', 'b.xml'), 'utf8').replace('the letter was sent.', 'the letter was sent (checked against the original).')
    writeFileSync(join(dir, 'tei', 'b.xml'), edited)
    rmSync(join(dir, 'sources', 'a.txt'))
    rmSync(join(dir, 'sources', 'b.txt'))

    const second = await build(dir, '--jobs', '1')
    expect(second.code).toBe(0)
    expect(second.out).toContain('Source removed: sources/a.txt; its TEI (the encoder\'s, never edited) was retired to tei/.backup/a.1.xml and "a" is no longer published.')
    expect(second.out).toContain('Source removed: sources/b.txt; its TEI tei/b.xml was edited by hand, so it is kept and still published (delete it to unpublish "b").')
    // b's TEI was edited, so its editions are made again.
    expect(second.out).toMatch(/^Encoded 0, unchanged 0, published 1, failed 0 \(1 document\)/m)
    expect(second.err.match(/build-source-removed/g)).toHaveLength(2)
    // Nothing a person wrote is lost: the retired TEI is kept as a backup, the edited one stays where it was.
    expect(existsSync(join(dir, 'tei', 'a.xml'))).toBe(false)
    expect(readFileSync(join(dir, 'tei', '.backup', 'a.1.xml'), 'utf8')).toBe(a)
    expect(readFileSync(join(dir, 'tei', 'b.xml'), 'utf8')).toBe(edited)
    const tree = readTree(join(dir, 'dist'))
    expect(Object.keys(tree).filter((p) => /^[ab]\./.test(p)).sort()).toEqual(['b.html', 'b.txt', 'b.xml'])
    expect(tree['index.html']).not.toContain('a.html')

    const third = await build(dir, '--jobs', '1')
    expect(third.out).not.toContain('Source removed')
    expect(third.err).not.toContain('build-source-removed')
    expect(third.out).toMatch(/^Encoded 0, unchanged 1, published 1, failed 0 \(1 document\)/m)
  }, 120_000)
})
