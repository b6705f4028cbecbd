/** Compiled schemas are cached where it is safe: a working folder that cannot hold .teipipe-cache/ is left alone. */
import {mkdtempSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {cacheDirectory} from '../../src/validate/cache.js'
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
