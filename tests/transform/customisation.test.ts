// Customising the editions: a CSS file, an XSLT layer (xslt/custom/example.xsl is the tested
// example) and stylesheet parameters each change the output, through the API, the config file
// and the command line. Layers are compiled once and cached (build/sef/custom/), so the first
// run of this file is slow.
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {TeiFile} from '../../src/core/file.js'
import {packagePath} from '../../src/core/paths.js'
import {memoryIo} from '../../src/cli/io.js'
import {run} from '../../src/cli/run.js'
import {CustomisationError, customStylesheetPath, ensureCustomStylesheet, forgetCustomStylesheets} from '../../src/build/stylesheets.js'
import {editionStylesheet, renderHtml, type RenderHtmlOptions} from '../../src/transform/html.js'
import {tei} from './html/helpers.js'

const example = packagePath('xslt', 'custom', 'example.xsl')
const doc = tei('<p>one<pb n="2"/>two</p>')
const dir = mkdtempSync(join(tmpdir(), 'teipipe-custom-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function page(options: RenderHtmlOptions = {}): string {
  const file = new TeiFile('doc.xml', doc)
  renderHtml(file, options)
  expect(file.messages.filter((m) => m.severity === 'error')).toEqual([])
  return file.outputs.html ?? ''
}

describe('customising the HTML edition', () => {
  it('adds a CSS file after the stock styles, inside the page', () => {
    const css = join(dir, 'site.css')
    writeFileSync(css, '.pb { color: rebeccapurple } /* </style><script>alert(1)</script> */')
    const html = page({css})
    expect(html).toMatch(/<style>[\s\S]*\.pb \{ color: rebeccapurple \}[\s\S]*<\/style>/)
    expect(html.indexOf('rebeccapurple')).toBeGreaterThan(html.indexOf('.skip'))
    expect(html).not.toContain('</style><script>')
    expect(page()).not.toContain('rebeccapurple')
  })

  it('applies an XSLT layer over the stock templates (the example: page breaks and a site title)', () => {
    const stock = page()
    expect(stock).toContain('[page 2]')
    const html = page({customXslt: example})
    expect(html).toContain('<span class="pb pb-rule" role="separator" aria-label="page 2">— 2 —</span>')
    expect(html).not.toContain('[page 2]')
    expect(html).toContain('<p class="edition-label">Example edition</p>')
    // The compiled layer is cached by content: the same layer in another folder is not compiled again.
    const copy = join(dir, 'copy', 'example.xsl')
    mkdirSync(join(dir, 'copy'))
    copyFileSync(example, copy)
    expect(ensureCustomStylesheet('html', copy)).toBe(ensureCustomStylesheet('html', example))
    writeFileSync(copy, readFileSync(example, 'utf8').replace("'Example edition'", "'Another edition'"))
    forgetCustomStylesheets()
    expect(customStylesheetPath('html', copy)).not.toBe(ensureCustomStylesheet('html', example))
  }, 120_000)

  it('sets parameters: site title, base URL and citation, navigation', () => {
    const html = page({teiHref: 'doc.xml', params: {'site-title': 'Cold War Cables', 'base-url': 'https://example.org/cables', 'index-href': 'index.html', 'next-href': 'b.html', 'next-title': 'Next cable'}})
    expect(html).toContain('<title>T — Cold War Cables</title>')
    // Without a site title the page title is the document's alone (no dangling dash).
    expect(page({})).toContain('<title>T</title>')
    expect(page({params: {'site-title': '  '}})).toContain('<title>T</title>')
    expect(html).toContain('<p class="edition-label">Cold War Cables</p>')
    expect(html).toContain('<p>“T”. Cold War Cables. https://example.org/cables/doc.html.</p>')
    expect(html).toMatch(/<nav class="site-nav"[^>]*><ul><li><a href="index.html">All documents<\/a><\/li><li><a href="b.html" rel="next">Next: <span class="nav-title">Next cable<\/span>/)
    expect(page({params: {citation: 'Cite me thus.'}})).toContain('<p>Cite me thus.</p>')
    expect(page({params: {'index-href': 'javascript:alert(1)'}})).not.toContain('javascript:')
  })

  it('links one shared stylesheet instead of inlining the styles when css-href is given', () => {
    const html = page({params: {'css-href': 'teipipe.css'}})
    expect(html).toContain('<link rel="stylesheet" href="teipipe.css">')
    expect(html).not.toContain('<style>')
    expect(html.length).toBeLessThan(page().length - 5000)
    const css = join(dir, 'more.css')
    writeFileSync(css, '.extra { color: olive }')
    const sheet = editionStylesheet({css})
    expect(sheet).toContain('.marks-inline')
    expect(sheet.trimEnd().endsWith('.extra { color: olive }')).toBe(true)
  })

  it('says which layer cannot be used, and why', () => {
    const imports = join(dir, 'imports.xsl')
    writeFileSync(imports, '<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:import href="../html/html.xsl"/></xsl:stylesheet>')
    expect(() => page({customXslt: imports})).toThrow(CustomisationError)
    expect(() => page({customXslt: join(dir, 'missing.xsl')})).toThrow(/missing\.xsl does not exist/)
  })
})

describe('teipipe render with customisation', () => {
  it('takes css, xslt and params from the config file, options over config', async () => {
    const project = mkdtempSync(join(dir, 'project-'))
    writeFileSync(join(project, 'doc.xml'), doc)
    writeFileSync(join(project, 'look.css'), '.pb { color: teal }')
    writeFileSync(join(project, 'teipipe.config.json'), JSON.stringify({render: {css: 'look.css', xslt: {html: example}, params: {siteTitle: 'From config', baseUrl: 'https://example.org/'}}}))
    const io = memoryIo(project)
    expect(await run(['render', '--to', 'html', '--citation', 'From the command line.', 'doc.xml'], io)).toBe(0)
    const html = readFileSync(join(project, 'dist', 'doc.html'), 'utf8')
    expect(html).toContain('.pb { color: teal }')
    expect(html).toContain('— 2 —')
    expect(html).toContain('<p class="edition-label">From config</p>')
    expect(html).toContain('<p>From the command line.</p>')
    const override = memoryIo(project)
    expect(await run(['render', '--to', 'html', '--site-title', 'From options', 'doc.xml'], override)).toBe(0)
    expect(readFileSync(join(project, 'dist', 'doc.html'), 'utf8')).toContain('<p class="edition-label">From options</p>')
  }, 120_000)

  it('exits 2 with a sentence when the layer does not exist', async () => {
    const project = mkdtempSync(join(dir, 'bad-'))
    writeFileSync(join(project, 'doc.xml'), doc)
    const io = memoryIo(project)
    expect(await run(['render', '--xslt', 'nope.xsl', 'doc.xml'], io)).toBe(2)
    expect(io.err).toContain('nope.xsl does not exist')
    expect(io.err).not.toMatch(/\n\s+at /)
  })
})
