// The TEI copy published beside each page cannot run script (checked in Chromium in
// tests/browser/published-copy.test.ts); here, what the copy keeps and what it changes.
import {describe, expect, it} from 'vitest'
import {INERT_PREFIX, publishableTei} from '../../src/transform/tei-copy.js'

describe('publishableTei', () => {
  it('keeps a document without live namespaces byte for byte', () => {
    const xml = '<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p rend="x">a &amp; b</p></body></text></TEI>\n'
    expect(publishableTei(xml)).toEqual({text: xml, neutralised: 0})
  })

  it('declares XHTML, SVG and MathML under an inert namespace, keeping every element and attribute', () => {
    const xml = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><p><h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script><svg xmlns="http://www.w3.org/2000/svg" onload="alert(2)"/><m:math xmlns:m="http://www.w3.org/1998/Math/MathML" href="javascript:alert(3)"/></p></TEI>'
    const {text, neutralised} = publishableTei(xml)
    expect(neutralised).toBe(3)
    expect(text).toContain(`<h:script xmlns:h="${INERT_PREFIX}http://www.w3.org/1999/xhtml">alert(1)</h:script>`)
    expect(text).toContain(`<svg xmlns="${INERT_PREFIX}http://www.w3.org/2000/svg" onload="alert(2)"/>`)
    expect(text).not.toMatch(/xmlns(:\w+)?="http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1998\/Math\/MathML)"/)
  })

  it('drops xml-stylesheet instructions and expands entities that could hide live markup', () => {
    const xml = '<?xml-stylesheet type="text/xsl" href="evil.xsl"?><!DOCTYPE TEI [<!ENTITY x \'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>\'>]><TEI xmlns="http://www.tei-c.org/ns/1.0"><p>&x;</p></TEI>'
    const {text} = publishableTei(xml)
    expect(text).not.toContain('xml-stylesheet')
    expect(text).not.toContain('&x;')
    expect(text).toContain(`<svg xmlns="${INERT_PREFIX}http://www.w3.org/2000/svg"`)
  })

  it('publishes nothing for a document that is not well-formed', () => {
    expect(publishableTei('<TEI><p></TEI>').text).toBeUndefined()
  })
})
