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
