/**
 * scripts/action.sh (the GitHub Action's step): one validation run gives both the annotations and the SARIF
 * log; paths may contain spaces (one per line); a config error becomes an ::error annotation and a valid
 * SARIF log that holds it. Runs the compiled CLI (lib/), which `npm ci` builds.
 */
import {spawnSync} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {tempRoot} from '../build/helpers.js'

const root = join(import.meta.dirname, '..', '..')
const {root: scratch, cleanup} = tempRoot('action')
afterAll(cleanup)

const TEI = 'http://www.tei-c.org/ns/1.0'
const rng = `<element name="TEI" ns="${TEI}" xmlns="http://relaxng.org/ns/structure/1.0"><oneOrMore><element name="p"><text/></element></oneOrMore></element>`

/** Run the action's script in `dir` with a `node` on PATH that logs each call (to count validation runs). */
function action(dir: string, env: Record<string, string>): {status: number | null; stdout: string; runs: number} {
  const bin = join(dir, '.bin')
  mkdirSync(bin, {recursive: true})
  const log = join(dir, '.node-calls')
  writeFileSync(log, '')
  writeFileSync(join(bin, 'node'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${process.execPath}' "$@"\n`)
  chmodSync(join(bin, 'node'), 0o755)
  const result = spawnSync('bash', [join(root, 'scripts', 'action.sh')], {cwd: dir, encoding: 'utf8', env: {...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, ...env}})
  const runs = readFileSync(log, 'utf8').split('\n').filter((l) => / validate /.test(` ${l} `)).length
  return {status: result.status, stdout: result.stdout, runs}
}

describe.runIf(existsSync(join(root, 'lib', 'cli', 'main.js')))('the GitHub Action script', () => {
  it('validates once for annotations and SARIF, with paths that contain spaces (one per line)', () => {
    const dir = join(scratch, 'spaces')
    mkdirSync(join(dir, 'my tei'), {recursive: true})
    writeFileSync(join(dir, 'schema.rng'), rng)
    const model = '<?xml-model href="../schema.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>\n'
    writeFileSync(join(dir, 'my tei', 'bad file.xml'), `${model}<TEI xmlns="${TEI}">\n  <persname>y</persname>\n</TEI>\n`)
    writeFileSync(join(dir, 'my tei', 'good.xml'), `${model}<TEI xmlns="${TEI}"><p>x</p></TEI>\n`)
    const result = action(dir, {TEIPIPE_PATHS: 'my tei/bad file.xml\nmy tei/good.xml\n', TEIPIPE_SARIF: 'out.sarif'})
    expect(result.status).toBe(1)
    expect(result.runs).toBe(1)
    expect(result.stdout).toMatch(/^::error file=my tei\/bad file\.xml,line=3,/m)
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as {runs: {results: {locations: {physicalLocation: {artifactLocation: {uri: string}}}[]}[]}[]}
    expect(sarif.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toMatch(/^my(%20| )tei\/bad(%20| )file\.xml$/)
  }, 60_000)

  it('turns a config error into one ::error annotation at its line and a valid SARIF log holding it (never a 0-byte file)', () => {
    const dir = join(scratch, 'config')
    mkdirSync(dir, {recursive: true})
    writeFileSync(join(dir, 'teipipe.config.json'), '{"build":{"out":"site",}}\n')
    writeFileSync(join(dir, 'out.sarif'), '') // an earlier run's leftover
    const result = action(dir, {TEIPIPE_PATHS: '', TEIPIPE_SARIF: 'out.sarif'})
    expect(result.status).toBe(2)
    expect(result.stdout).toMatch(/^::error file=teipipe\.config\.json,line=1,col=24,.*title=config-invalid::The config file is not valid JSON/m)
    expect(result.stdout.match(/^::error/gm)).toHaveLength(1)
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as {version: string; runs: {results: {ruleId: string; level: string; message: {text: string}; locations: {physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number}}}[]}[]}[]}
    expect(sarif.version).toBe('2.1.0')
    const only = sarif.runs[0]?.results[0]
    expect(only).toMatchObject({ruleId: 'config-invalid', level: 'error'})
    expect(only?.message.text).toContain('is not valid JSON')
    expect(only?.locations[0]?.physicalLocation).toMatchObject({artifactLocation: {uri: 'teipipe.config.json'}, region: {startLine: 1}})
  }, 60_000)

  it('a stop before validating that teipipe does not annotate (a schema that is not there) becomes one ::error and the SARIF log', () => {
    const dir = join(scratch, 'usage')
    mkdirSync(dir, {recursive: true})
    const result = action(dir, {TEIPIPE_PATHS: '', TEIPIPE_SCHEMA: 'missing.rng', TEIPIPE_SARIF: 'out.sarif'})
    expect(result.status).toBe(2)
    expect(result.stdout).toMatch(/^::error title=teipipe could not run::/m)
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as {runs: {results: {ruleId: string}[]}[]}
    expect(sarif.runs[0]?.results[0]?.ruleId).toBe('teipipe-not-run')
  }, 60_000)
})
