/** A broken XSLT customisation layer: reported on the layer at its line and column, never on an internal cache file; the summary says nothing was built. */
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {build, letter, tempRoot, writeProject} from './helpers.js'

const {root, cleanup} = tempRoot('layer-error')
afterAll(cleanup)

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n'

describe('teipipe build with a broken XSLT layer', () => {
  it('a layer that is not well-formed: layer.xsl line:column, the parser\'s sentence, "Nothing was built" (exit 2)', async () => {
    const dir = writeProject(join(root, 'not-wf'), {
      'tei/a.xml': letter('A', '1901-01-01', 'a'),
      'teipipe.config.json': '{"render":{"xslt":{"html":"layer.xsl"}}}\n',
      'layer.xsl': `${HEAD}  <xsl:template match="foo">\n    <b/>\n  </xsl:templat>\n</xsl:stylesheet>\n`
    })
    const result = await build(dir, '--jobs', '1')
    expect(result.code).toBe(2)
    expect(result.err).toMatch(/^layer\.xsl\n\s+5:3\s+error\s+The XSLT customisation layer\.xsl is not well-formed XML: the end tag <\/xsl:templat> does not match the open element <xsl:template>/m)
    expect(result.err).not.toContain('custom/')
    expect(result.err).not.toContain('edition.css')
    expect(result.err).toMatch(/^Nothing was built: 1 error/m)
    expect(result.err).not.toMatch(/documents? checked/)
  }, 60_000)

  it('a well-formed layer that does not compile names the layer, never the generated wrapper', async () => {
    const dir = writeProject(join(root, 'no-compile'), {
      'tei/a.xml': letter('A', '1901-01-01', 'a'),
      'teipipe.config.json': '{"render":{"xslt":{"html":"layer.xsl"}}}\n',
      'layer.xsl': `${HEAD}  <xsl:template match="foo"><xsl:value-of select="(("/></xsl:template>\n</xsl:stylesheet>\n`
    })
    const result = await build(dir, '--jobs', '1')
    expect(result.code).toBe(2)
    expect(result.err).toMatch(/^layer\.xsl\n/m)
    expect(result.err).toContain('The XSLT customisation layer.xsl does not compile')
    expect(result.err).not.toContain('custom/')
    // The same layer in another folder: the compiler's verdict is kept by content, and names this copy.
    const again = writeProject(join(root, 'no-compile-again'), {
      'tei/a.xml': letter('A', '1901-01-01', 'a'),
      'teipipe.config.json': '{"render":{"xslt":{"html":"layer.xsl"}}}\n',
      'layer.xsl': `${HEAD}  <xsl:template match="foo"><xsl:value-of select="(("/></xsl:template>\n</xsl:stylesheet>\n`
    })
    const second = await build(again, '--jobs', '1')
    expect(second.code).toBe(2)
    expect(second.err).toContain('The XSLT customisation layer.xsl does not compile: Error XPST0003')
    expect(second.err).not.toContain('no-compile/')
  }, 60_000)
})
