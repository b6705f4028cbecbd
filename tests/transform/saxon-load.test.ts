/**
 * teipipe's changes to saxon-js (src/transform/saxon.ts, SAXON_PATCHES) fit the pinned version, and
 * transformations give the same results with and without them.
 */
import {execFileSync} from 'node:child_process'
import {createRequire} from 'node:module'
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {packagePath} from '../../src/core/paths.js'
import {compileStylesheetText, parseSource, saxonPatches, transformXml} from '../../src/transform/saxon.js'
import {compileWorker} from '../build/helpers.js'

const require = createRequire(import.meta.url)

/** A stylesheet with two modes, a key, a global variable over the document and a parameter: what the changes keep per stylesheet and per call. */
const XSL = `<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<xsl:output method="text"/>
<xsl:param name="who" as="xs:string" select="'nobody'"/>
<xsl:key name="by-n" match="item" use="@n"/>
<xsl:variable name="count" select="count(//item)"/>
<xsl:template match="/"><xsl:value-of select="$who, $count, key('by-n', '2')/string()"/><xsl:apply-templates select="//item" mode="a"/><xsl:apply-templates select="//item" mode="b"/></xsl:template>
<xsl:template match="item" mode="a">[a <xsl:value-of select="."/>]</xsl:template>
<xsl:template match="item[@n = '2']" mode="a" priority="2">[a2 <xsl:value-of select="."/>]</xsl:template>
<xsl:template match="item" mode="b">[b <xsl:value-of select="@n"/>]</xsl:template>
</xsl:stylesheet>`

describe('saxon-js as teipipe loads it', () => {
  it('applies every change to the pinned saxon-js version (a new version needs them checked again)', () => {
    const version = (JSON.parse(readFileSync(join(dirname(require.resolve('saxon-js')), 'package.json'), 'utf8')) as {version: string}).version
    expect(version).toBe('2.7.0')
    expect(saxonPatches.applied).toEqual(['package-walk', 'mode-rules', 'element-name', 'namespace-context', 'attribute-name'])
  })

  it('gives each call its own document, parameters, keys and global variables while the stylesheet is reused', () => {
    const sef = compileStylesheetText(XSL)
    const one = () => transformXml(sef, parseSource('<list><item n="1">x</item><item n="2">y</item></list>'), {params: {who: 'first'}}).principal
    const two = () => transformXml(sef, '<list><item n="2">z</item></list>').principal
    expect(one()).toBe('first 2 y[a x][a2 y][b 1][b 2]')
    expect(two()).toBe('nobody 1 z[a2 z][b 2]')
    expect(one()).toBe('first 2 y[a x][a2 y][b 1][b 2]')
  })

  it('names elements that share a local name by their own namespace and prefix (the element-name change)', () => {
    // 'x' in no namespace, in u1 under two prefixes and in u2, alternating, so that a kept name is asked for again.
    const sef = compileStylesheetText(`<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:one="u1" xmlns:two="u2">
<xsl:output method="text"/>
<xsl:template match="/"><xsl:value-of select="(//*) ! (name() || '=' || namespace-uri() || ':' || local-name()), count(//one:x), count(//two:x), count(//x), count(//*:x)"/></xsl:template>
</xsl:stylesheet>`)
    const xml = '<r><x/><a:x xmlns:a="u1"/><x/><b:x xmlns:b="u1"/><x xmlns="u2"/><a:x xmlns:a="u2"/><x/></r>'
    expect(transformXml(sef, xml).principal).toBe('r=:r x=:x a:x=u1:x x=:x b:x=u1:x x=u2:x a:x=u2:x x=:x 2 2 3 7')
  })

  it('names attributes that share a qualified name by their own namespace (the attribute-name change)', () => {
    const sef = compileStylesheetText(`<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:one="u1" xmlns:two="u2">
<xsl:output method="text"/>
<xsl:template match="/"><xsl:value-of select="(//@*) ! (name() || '=' || namespace-uri() || ':' || local-name() || '=' || .), count(//@one:k), count(//@two:k), count(//@k), count(//@*:k)"/></xsl:template>
</xsl:stylesheet>`)
    const xml = '<r xmlns:a="u1"><x a:k="1"/><y xmlns:a="u2" a:k="2"/><z k="3"/><x a:k="4"/><y xmlns:a="u2" a:k="5"/></r>'
    expect(transformXml(sef, xml).principal).toBe('a:k=u1:k=1 a:k=u2:k=2 k=:k=3 a:k=u1:k=4 a:k=u2:k=5 2 2 1 5')
  })

  it('renders a document byte for byte as unchanged saxon-js does (TEIPIPE_SAXON_PATCHES=off)', () => {
    // The two variants cannot share a process: each runs the compiled sources (build/test-lib) in its own.
    const lib = dirname(dirname(compileWorker()))
    const script = `
      const {renderHtml} = await import(${JSON.stringify(join(lib, 'transform', 'html.js'))})
      const {renderText} = await import(${JSON.stringify(join(lib, 'transform', 'text.js'))})
      const {TeiFile} = await import(${JSON.stringify(join(lib, 'core', 'file.js'))})
      const {saxonPatches} = await import(${JSON.stringify(join(lib, 'transform', 'saxon.js'))})
      const {readFileSync} = await import('node:fs')
      const file = new TeiFile('m.xml', readFileSync(${JSON.stringify(packagePath('tei', '134242.xml'))}, 'utf8'))
      renderHtml(file); renderText(file)
      process.stdout.write(JSON.stringify({applied: saxonPatches.applied, html: file.outputs.html, text: file.outputs.text}))`
    const run = (patches: string): {applied: string[]; html: string; text: string} => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8', maxBuffer: 1 << 26, env: {...process.env, TEIPIPE_SAXON_PATCHES: patches}})) as {applied: string[]; html: string; text: string}
    const on = run('on')
    const off = run('off')
    expect(on.applied).toHaveLength(5)
    expect(off.applied).toEqual([])
    expect(on.html.length).toBeGreaterThan(1000)
    expect(on.html).toBe(off.html)
    expect(on.text).toBe(off.text)
  }, 120_000)

  it('keeps V8\'s compilation of saxon-js in the user\'s cache: the next process uses it and renders the same bytes', () => {
    const lib = dirname(dirname(compileWorker()))
    const cache = mkdtempSync(join(tmpdir(), 'teipipe-v8-cache-'))
    try {
      const script = `
        const {renderHtml} = await import(${JSON.stringify(join(lib, 'transform', 'html.js'))})
        const {TeiFile} = await import(${JSON.stringify(join(lib, 'core', 'file.js'))})
        const {saxonCodeCache} = await import(${JSON.stringify(join(lib, 'transform', 'saxon.js'))})
        const {readFileSync} = await import('node:fs')
        const file = new TeiFile('m.xml', readFileSync(${JSON.stringify(packagePath('tei', '134242.xml'))}, 'utf8'))
        renderHtml(file)
        process.stdout.write(JSON.stringify({used: saxonCodeCache.used, html: file.outputs.html}))`
      const run = (): {used: boolean; html: string} => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8', maxBuffer: 1 << 26, env: {...process.env, XDG_CACHE_HOME: cache, TEIPIPE_SAXON_PATCHES: 'on'}})) as {used: boolean; html: string}
      const first = run()
      const entries = readdirSync(join(cache, 'teipipe', 'v8'))
      expect(entries).toHaveLength(1)
      expect(entries[0]).toMatch(/^saxon-js-[0-9a-f]{24}\.bin$/)
      const second = run()
      expect([first.used, second.used]).toEqual([false, true])
      expect(second.html).toBe(first.html)
      expect(first.html.length).toBeGreaterThan(1000)
    } finally {
      rmSync(cache, {recursive: true, force: true})
    }
  }, 120_000)

  it('gives saxon-js no way to read over the network (its http client is not loaded)', async () => {
    const {default: SaxonJS} = (await import('saxon-js')) as unknown as {default: {getResource(options: {location: string; type: string}): Promise<unknown>}}
    await expect(SaxonJS.getResource({location: 'http://127.0.0.1:9/x.xml', type: 'text'})).rejects.toThrow(/network/)
    expect(Object.keys(require.cache).some((path) => path.includes(`${'node_modules'}/axios/`))).toBe(false)
  })
})

