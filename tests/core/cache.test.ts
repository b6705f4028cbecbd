/** Compiled schemas are cached where it is safe: a working folder that cannot hold .teipipe-cache/ is left alone. */
import {createHash} from 'node:crypto'
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {cacheDirectory} from '../../src/core/cache.js'
import {run} from '../../src/cli/run.js'
import {memoryIo} from '../../src/cli/io.js'

const dir = mkdtempSync(join(tmpdir(), 'teipipe-cache-'))
const xdg = mkdtempSync(join(tmpdir(), 'teipipe-xdg-'))
afterAll(() => {
  rmSync(dir, {recursive: true, force: true})
  rmSync(xdg, {recursive: true, force: true})
})

describe('schema cache', () => {
  it('falls back to the user cache when the working folder cannot hold .teipipe-cache/, and validation still runs', async () => {
    // A file where the cache folder would go makes the working folder unusable for the cache (as a read-only folder does).
    writeFileSync(join(dir, '.teipipe-cache'), 'not a folder')
    const before = process.env['XDG_CACHE_HOME']
    process.env['XDG_CACHE_HOME'] = xdg
    try {
      expect(cacheDirectory('schematron', 'project', dir)).toBe(join(xdg, 'teipipe', 'schematron'))
      expect(cacheDirectory('relaxng', 'user', dir)).toBe(join(xdg, 'teipipe', 'relaxng'))
      writeFileSync(join(dir, 'letter.xml'), '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/></TEI>\n')
      const io = memoryIo(dir)
      const code = await run(['validate', '--format', 'json', 'letter.xml'], io)
      expect(code, io.err).toBe(1) // invalid against teipipe's schema, but validated: not a configuration failure
      expect(statSync(join(dir, '.teipipe-cache')).isFile()).toBe(true)
      // teipipe's rules were compiled into the user cache instead.
      expect(readdirSync(join(xdg, 'teipipe', 'schematron')).some((f) => f.endsWith('.sef.json'))).toBe(true)
    } finally {
      if (before === undefined) delete process.env['XDG_CACHE_HOME']
      else process.env['XDG_CACHE_HOME'] = before
    }
  }, 120_000)
})

describe('whole-schema compile marker (RELAX NG)', () => {
  const grammar = (extra: string) =>
    `<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="http://www.tei-c.org/ns/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes"><!-- ${Math.random()} -->
      <start><choice><element name="TEI"><oneOrMore><element name="persName"><text/></element></oneOrMore></element><ref name="other"/></choice></start>
      <define name="other"><element name="note">${extra}</element></define></grammar>`
  /** The marker of a one-file schema as it is now (sha256 over path, NUL, content; see relaxng/index.ts). */
  const marker = (path: string) => existsSync(join(cacheDirectory('relaxng', 'user'), `${createHash('sha256').update(path).update('\0').update(readFileSync(path)).digest('hex').slice(0, 32)}.compiled`))

  it('is written once a schema compiled whole; with it, elements compile as reached and "did you mean" still works', async () => {
    const {loadRng, validateWithRng} = await import('../../src/validate/relaxng/index.js')
    const {parseXml} = await import('../../src/parse/parse-xml.js')
    const path = join(dir, 'names.rng')
    const good = grammar('<text/>')
    writeFileSync(path, good)
    expect(marker(path)).toBe(false)
    loadRng(path)
    expect(marker(path)).toBe(true)
    writeFileSync(path, grammar('<empty/>'))
    expect(marker(path)).toBe(false)
    loadRng(path)
    writeFileSync(path, good) // back to the first content: its marker is found, the whole compile skipped
    const schema = loadRng(path)
    const tree = parseXml('<TEI xmlns="http://www.tei-c.org/ns/1.0"><persname>x</persname></TEI>', 'doc.xml').tree
    if (!tree) throw new Error('not parsed')
    const [message] = validateWithRng(path, schema, tree, 'doc.xml')
    expect([message?.ruleId, message?.reason]).toEqual(['element-unknown', expect.stringContaining('did you mean <persName>?')])
  })

  it('is never written for a schema with a broken part no document reaches, which is reported on every run', async () => {
    const {loadRng} = await import('../../src/validate/relaxng/index.js')
    const path = join(dir, 'broken.rng')
    writeFileSync(path, grammar('<data type="noSuchType"/>'))
    expect(() => loadRng(path)).toThrow(/noSuchType/)
    expect(() => loadRng(path)).toThrow(/noSuchType/)
    expect(marker(path)).toBe(false)
  })
})
