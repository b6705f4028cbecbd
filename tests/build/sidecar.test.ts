/** A broken edits sidecar: reported on the sidecar with line and column, and the document fails (its old TEI is not published). */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {build, memoSource, tempRoot, writeProject} from './helpers.js'

const {root, cleanup} = tempRoot('sidecar')
afterAll(cleanup)

describe('teipipe build with a broken edits sidecar', () => {
  it('names the .edits.json at its line and column (build-edits-invalid), fails the document and does not publish the stale TEI', async () => {
    const {text, edits} = memoSource()
    const dir = writeProject(join(root, 'broken'), {'sources/134242.txt': text, 'sources/134242.edits.json': edits})
    expect((await build(dir, '--jobs', '1')).code).toBe(0)
    expect(existsSync(join(dir, 'dist', '134242.html'))).toBe(true)
    // A trailing comma on the third line of the sidecar.
    writeFileSync(join(dir, 'sources', '134242.edits.json'), '{\n  "corrections": [\n    {"find": "teh", "corr": "the"},\n  ]\n}\n')
    const broken = await build(dir, '--jobs', '1', '--format', 'json')
    expect(broken.code).toBe(1)
    const report = JSON.parse(broken.out) as {files: {path: string; messages: {ruleId: string; reason: string; line?: number; column?: number; place?: {start: {line: number; column: number}}}[]}[]}
    const sidecar = report.files.find((f) => f.path === 'sources/134242.edits.json')
    const message = sidecar?.messages.find((m) => m.ruleId === 'build-edits-invalid')
    expect(message?.reason).toContain('sources/134242.edits.json is not valid JSON: a comma before this "]" leaves nothing after it')
    expect(message?.place?.start ?? {line: message?.line, column: message?.column}).toMatchObject({line: 4, column: 3})
    expect(JSON.stringify(report)).not.toContain('internal-error')
    const human = await build(dir, '--jobs', '1')
    expect(human.out).toMatch(/failed 1/)
    expect(existsSync(join(dir, 'dist', '134242.html'))).toBe(false)
    // Fixed: published again.
    writeFileSync(join(dir, 'sources', '134242.edits.json'), edits)
    expect((await build(dir, '--jobs', '1')).code).toBe(0)
    expect(readFileSync(join(dir, 'dist', '134242.html'), 'utf8')).toContain('<html')
  })
})

describe('teipipe build names the input that changed and the decision that no longer matches', () => {
  it('only the sidecar changed after a hand edit: build-source-changed names the .edits.json, not the source text', async () => {
    const {text, edits} = memoSource()
    const dir = writeProject(join(root, 'changed-sidecar'), {'sources/134242.txt': text, 'sources/134242.edits.json': edits})
    expect((await build(dir, '--jobs', '1')).code).toBe(0)
    const tei = join(dir, 'tei', '134242.xml')
    writeFileSync(tei, readFileSync(tei, 'utf8').replace('</body>', '<p>Checked by hand.</p></body>'))
    writeFileSync(join(dir, 'sources', '134242.edits.json'), edits.replace(/\s*$/, '\n\n'))
    const changed = await build(dir, '--jobs', '1')
    expect(changed.err).toMatch(/sources\/134242\.edits\.json has changed since this TEI was edited by hand\.[^\n]*build-source-changed/)
    expect(changed.err).not.toContain('sources/134242.txt has changed')
    // The source text too: both named.
    writeFileSync(join(dir, 'sources', '134242.txt'), `${text}\n`)
    expect((await build(dir, '--jobs', '1')).err).toContain('sources/134242.txt has changed and sources/134242.edits.json has changed since this TEI was edited by hand.')
  })

  it('a sidecar added after a hand edit is named as added', async () => {
    const {text} = memoSource()
    const dir = writeProject(join(root, 'added-sidecar'), {'sources/134242.txt': text})
    expect((await build(dir, '--jobs', '1')).code).toBe(0)
    const tei = join(dir, 'tei', '134242.xml')
    writeFileSync(tei, readFileSync(tei, 'utf8').replace('</body>', '<p>Checked by hand.</p></body>'))
    writeFileSync(join(dir, 'sources', '134242.edits.json'), '{"corrections": [{"find": "no such phrase", "corr": "x"}]}\n')
    expect((await build(dir, '--jobs', '1')).err).toContain('sources/134242.edits.json was added since this TEI was edited by hand.')
  })

  it('a decision that matches nothing: encode-edit-stale on the .edits.json at the decision\'s line and column', async () => {
    const {text} = memoSource()
    const dir = writeProject(join(root, 'stale'), {'sources/134242.txt': text, 'sources/134242.edits.json': '{\n  "corrections": [\n    {"find": "no such phrase", "corr": "x"}\n  ]\n}\n'})
    const result = await build(dir, '--jobs', '1', '--format', 'json')
    const report = JSON.parse(result.out) as {files: {path: string; messages: {ruleId: string; reason: string; line?: number; column?: number; place?: {start: {line: number; column: number}}}[]}[]}
    const stale = report.files.find((f) => f.path === 'sources/134242.edits.json')?.messages.find((m) => m.ruleId === 'encode-edit-stale')
    expect(stale?.reason).toBe('An editorial decision no longer matches the source text: the correction of "no such phrase" (find "no such phrase"), corrections[0] in 134242.edits.json. Correct or remove it.')
    expect(stale?.place?.start ?? {line: stale?.line, column: stale?.column}).toMatchObject({line: 3, column: 5})
    expect(report.files.find((f) => f.path === 'sources/134242.txt')?.messages.some((m) => m.ruleId === 'encode-edit-stale') ?? false).toBe(false)
  })
})

describe('teipipe build --reencode with a broken edits sidecar', () => {
  it('stops before touching anything (exit 2): no backup, the edited TEI and its published edition stay, the sidecar is named at its line and column', async () => {
    const {text, edits} = memoSource()
    const dir = writeProject(join(root, 'reencode-broken'), {'sources/134242.txt': text, 'sources/134242.edits.json': edits})
    expect((await build(dir, '--jobs', '1')).code).toBe(0)
    const tei = join(dir, 'tei', '134242.xml')
    const edited = readFileSync(tei, 'utf8').replace('</body>', '<p>Checked by hand.</p></body>')
    writeFileSync(tei, edited)
    await build(dir, '--jobs', '1')
    const published = readFileSync(join(dir, 'dist', '134242.html'), 'utf8')
    expect(published).toContain('Checked by hand.')
    // A half-saved sidecar: the list is never closed.
    writeFileSync(join(dir, 'sources', '134242.edits.json'), '{"corrections": [\n')
    const result = await build(dir, '--jobs', '1', '--reencode', '134242', '--format', 'json')
    expect(result.code).toBe(2)
    const report = JSON.parse(result.out) as {files: {path: string; messages: {ruleId: string; reason: string; line?: number; column?: number; place?: {start: {line: number; column: number}}}[]}[]}
    const message = report.files.find((f) => f.path === 'sources/134242.edits.json')?.messages.find((m) => m.ruleId === 'build-edits-invalid')
    expect(message?.reason).toContain('sources/134242.edits.json is not valid JSON')
    expect(message?.reason).toContain('"134242" was not re-encoded and nothing was built or changed')
    expect(message?.place?.start ?? {line: message?.line, column: message?.column}).toMatchObject({line: 2, column: 1})
    expect(JSON.stringify(report)).not.toContain('build-reencoded')
    expect(existsSync(join(dir, 'tei', '.backup'))).toBe(false)
    expect(readFileSync(tei, 'utf8')).toBe(edited)
    expect(readFileSync(join(dir, 'dist', '134242.html'), 'utf8')).toBe(published)
    // The sidecar in the wrong shape stops it the same way.
    writeFileSync(join(dir, 'sources', '134242.edits.json'), '{"corrections": {"find": "a", "corr": "b"}}\n')
    const shape = await build(dir, '--jobs', '1', '--reencode', '134242')
    expect(shape.code).toBe(2)
    expect(shape.err).toContain('"corrections" must be a list')
    expect(existsSync(join(dir, 'tei', '.backup'))).toBe(false)
    // Fixed: re-encoded, with the backup.
    writeFileSync(join(dir, 'sources', '134242.edits.json'), edits)
    const fixed = await build(dir, '--jobs', '1', '--reencode', '134242')
    expect(fixed.code).toBe(0)
    expect(fixed.err).toContain('the previous TEI was kept as tei/.backup/134242.1.xml')
    expect(readFileSync(join(dir, 'tei', '.backup', '134242.1.xml'), 'utf8')).toBe(edited)
  })
})
