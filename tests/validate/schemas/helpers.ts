/** Shared helpers for the schema tests: the base fixture, mutations of it, and one-call Jing runs. */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {packagePath} from '../../../src/core/paths.js'

/** The small, valid, rule-clean document every case mutates. */
export const base: string = readFileSync(packagePath('tests/fixtures/schemas/base.xml'), 'utf8')

/** A replacement in the base fixture: `from` must occur exactly once. */
export type Edit = readonly [from: string, to: string]

/** The base fixture with the edits applied (throws when an edit does not match exactly once). */
export function mutate(...edits: Edit[]): string {
  let xml = base
  for (const [from, to] of edits) {
    const at = xml.indexOf(from)
    if (at < 0 || xml.indexOf(from, at + 1) >= 0) throw new Error(`edit must match exactly once: ${from}`)
    xml = xml.slice(0, at) + to + xml.slice(at + from.length)
  }
  return xml
}

/** True when Debian's jing is installed. */
export const hasJing: boolean = existsSync('/usr/bin/jing')

/** One Jing error: line, column and text. */
export interface JingError {
  line: number
  column: number
  message: string
}

/** Validate all documents with ONE jing call; returns each document's errors, in input order. */
export function jingAll(schema: string, documents: string[]): JingError[][] {
  const dir = mkdtempSync(join(tmpdir(), 'teipipe-schema-'))
  try {
    const paths = documents.map((xml, i) => {
      const path = join(dir, `doc-${i}.xml`)
      writeFileSync(path, xml)
      return path
    })
    const result = spawnSync('jing', [schema, ...paths], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
    // Debian's jing wrapper warns about three optional jars; anything else on stderr is a real failure.
    const stderr = result.stderr.split('\n').filter((l) => l.trim() && !/^\[warning\] .*Unable to locate/.test(l))
    if (stderr.length > 0 || (result.status !== 0 && result.status !== 1)) throw new Error(`jing failed: ${stderr.join('\n')}`)
    const errors: JingError[][] = documents.map(() => [])
    for (const line of result.stdout.split('\n')) {
      const m = /^(.*doc-(\d+)\.xml):(\d+):(\d+): (?:error|fatal): (.*)$/.exec(line)
      if (m) errors[Number(m[2])]?.push({line: Number(m[3]), column: Number(m[4]), message: m[5] as string})
      else if (line.trim()) throw new Error(`unexpected jing output: ${line}`)
    }
    return errors
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}
