/** The config's render settings reach the build's editions, and every page links one shared stylesheet. */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {packagePath} from '../../src/core/paths.js'
import {build, letter, readTree, tempRoot, writeProject} from './helpers.js'

const {root, cleanup} = tempRoot('render-settings')
afterAll(cleanup)

const example = packagePath('xslt', 'custom', 'example.xsl')

describe('teipipe build: render settings and the shared stylesheet', () => {
  it('links every page to dist/corpus/edition.css (teipipe\'s styles, then render.css) instead of inlining the styles', async () => {
    const dir = writeProject(join(root, 'css'), {
      'tei/a.xml': letter('A', '1901-01-01', 'one'),
      'tei/b.xml': letter('B', '1901-01-02', 'two'),
      'look.css': '.pb { color: rebeccapurple }\n',
      'teipipe.config.json': JSON.stringify({render: {css: 'look.css'}})
    })
    const first = await build(dir, '--jobs', '1')
    expect(first.code).toBe(0)
    for (const id of ['a', 'b']) {
      const html = readFileSync(join(dir, 'dist', `${id}.html`), 'utf8')
      expect(html).toMatch(/<link rel="stylesheet" href="corpus\/edition\.css"\/?>/)
      expect(html).not.toContain('<style>')
    }
    const css = readFileSync(join(dir, 'dist', 'corpus', 'edition.css'), 'utf8')
    expect(css).toContain('.skip {')
    expect(css.indexOf('rebeccapurple')).toBeGreaterThan(css.indexOf('.skip {'))
    // Changing the CSS file rewrites the stylesheet only: the pages stay as they are.
    const pages = readTree(join(dir, 'dist'))
    writeFileSync(join(dir, 'look.css'), '.pb { color: teal }\n')
    const second = await build(dir, '--jobs', '1')
    expect(second.out).toMatch(/unchanged 2, published 2/)
    const after = readTree(join(dir, 'dist'))
    expect(after['corpus/edition.css']).toContain('teal')
    expect(after['corpus/edition.css']).not.toContain('rebeccapurple')
    expect(after['a.html']).toBe(pages['a.html'])
    // A deleted stylesheet is written again by the next build.
    const {rmSync} = await import('node:fs')
    rmSync(join(dir, 'dist', 'corpus', 'edition.css'))
    await build(dir, '--jobs', '1')
    expect(existsSync(join(dir, 'dist', 'corpus', 'edition.css'))).toBe(true)
  })

  it('renders with the config\'s XSLT layer (render.xslt.html) and renders again when the layer changes', async () => {
    const dir = writeProject(join(root, 'layer'), {
      'tei/p.xml': letter('P', '1901-01-01', 'one<pb n="2"/>two'),
      'custom/site.xsl': readFileSync(example, 'utf8'),
      'teipipe.config.json': JSON.stringify({render: {xslt: {html: 'custom/site.xsl'}, params: {siteTitle: 'Layered'}}})
    })
    expect((await build(dir, '--jobs', '1')).code).toBe(0)
    const html = readFileSync(join(dir, 'dist', 'p.html'), 'utf8')
    expect(html).toContain('aria-label="page 2">— 2 —</span>')
    expect(html).not.toContain('[page 2]')
    expect(html).toContain('<title>P — Layered</title>')
    writeFileSync(join(dir, 'custom', 'site.xsl'), readFileSync(example, 'utf8').replace('>— {@n} —<', '>~ {@n} —<'))
    const again = await build(dir, '--jobs', '1')
    expect(again.out).toMatch(/unchanged 0, published 1/)
    expect(readFileSync(join(dir, 'dist', 'p.html'), 'utf8')).toContain('aria-label="page 2">~ 2 —</span>')
  }, 120_000)

  it('a missing CSS file or a layer that does not compile: exit 2, naming it, nothing published', async () => {
    const missing = writeProject(join(root, 'missing'), {'tei/m.xml': letter('M', '1901-01-01', 'm'), 'teipipe.config.json': JSON.stringify({render: {css: 'nowhere.css'}})})
    const a = await build(missing, '--jobs', '1')
    expect(a.code).toBe(2)
    expect(a.err).toContain('The CSS file nowhere.css named in the config (render) does not exist.')
    expect(a.err).toContain('build-customisation')
    expect(existsSync(join(missing, 'dist', 'm.html'))).toBe(false)
    const broken = writeProject(join(root, 'broken'), {'tei/m.xml': letter('M', '1901-01-01', 'm'), 'bad.xsl': '<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><xsl:value-of select="(("/></xsl:template></xsl:stylesheet>', 'teipipe.config.json': JSON.stringify({render: {xslt: {html: 'bad.xsl'}}})})
    const b = await build(broken, '--jobs', '1')
    expect(b.code).toBe(2)
    expect(b.err).toMatch(/The XSLT customisation \S*bad\.xsl does not compile/)
    expect(existsSync(join(broken, 'dist', 'm.html'))).toBe(false)
  }, 120_000)
})
