/**
 * A source parsed once (parseSource) is handed to saxon-js without being serialized again: saxon-js
 * builds a log line of its options (`toString()` of each) on every call, which for a parsed document
 * serialized all of it (src/transform/saxon.ts, transformXml).
 */
import {describe, expect, it} from 'vitest'
import {compileStylesheetText, parseSource, transformXml} from '../../src/transform/saxon.js'

const XSL = `<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text"/>
<xsl:template match="/"><xsl:value-of select="count(//item), string(/)" separator=" "/></xsl:template>
</xsl:stylesheet>`

describe('transformXml over a parsed source', () => {
  it('gives the result of the text and never serializes the parsed document', () => {
    const sef = compileStylesheetText(XSL)
    const xml = '<list><item>a</item><item>b</item></list>'
    const parsed = parseSource(xml)
    let serialized = 0
    const node = parsed.node as {toString(): string}
    const original = node.toString.bind(node)
    node.toString = () => {
      serialized++
      return original()
    }
    expect(transformXml(sef, parsed).principal).toBe(transformXml(sef, xml).principal)
    expect(transformXml(sef, parsed).principal).toBe('2 ab')
    expect(serialized).toBe(0)
  })
})
