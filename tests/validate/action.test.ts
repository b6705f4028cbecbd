/**
 * The GitHub Action (action.yml) runs scripts/action.sh in the workflow's working folder: here that
 * command runs on a scratch workspace with one good and one bad TEI file, as a workflow would, and must
 * annotate the bad file (paths relative to the workspace), write SARIF when asked, and fail the step.
 * It runs the compiled CLI (lib/), which `npm ci` builds.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const workspace = mkdtempSync(join(tmpdir(), 'teipipe-action-'))
afterAll(() => rmSync(workspace, {recursive: true, force: true}))

const TEI = 'http://www.tei-c.org/ns/1.0'
const rng = `<element name="TEI" ns="${TEI}" xmlns="http://relaxng.org/ns/structure/1.0"><oneOrMore><element name="p"><text/></element></oneOrMore></element>`

describe.runIf(existsSync(join(root, 'lib', 'cli', 'main.js')))('GitHub Action command', () => {
  it('annotates the bad file, writes SARIF, and fails the step', () => {
    mkdirSync(join(workspace, 'tei'))
    writeFileSync(join(workspace, 'schema.rng'), rng)
    const model = '<?xml-model href="../schema.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>\n'
    writeFileSync(join(workspace, 'tei', 'good.xml'), `${model}<TEI xmlns="${TEI}"><p>x</p></TEI>\n`)
    writeFileSync(join(workspace, 'tei', 'bad.xml'), `${model}<TEI xmlns="${TEI}">\n  <p>x</p>\n  <persname>y</persname>\n</TEI>\n`)
    const result = spawnSync('bash', [join(root, 'scripts', 'action.sh')], {cwd: workspace, encoding: 'utf8', env: {...process.env, TEIPIPE_PATHS: '', TEIPIPE_SARIF: 'teipipe.sarif'}})
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/^::error file=tei\/bad\.xml,line=4,col=3,endLine=4,endColumn=13,title=element-unknown::<persname> is not an element/m)
    expect(result.stdout).not.toContain('good.xml')
    const sarif = JSON.parse(readFileSync(join(workspace, 'teipipe.sarif'), 'utf8'))
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('tei/bad.xml')
    expect(sarif.runs[0].tool.driver.rules[0].helpUri).toMatch(/^https:\/\/github\.com\/teipipe\/teipipe\//)
  }, 60_000)
})
