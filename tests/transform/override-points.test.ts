// The override points README "Customising the editions" lists: a customisation layer that overrides
// each of them changes the output. The stock editions render most elements on lean paths (t:span,
// t:div, paragraphs and linked names written directly), so these tests show which named templates,
// modes and functions a layer can still reach. One layer per edition (compiled once, cached by hash).
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {TeiFile} from '../../src/core/file.js'
import {renderHtml} from '../../src/transform/html.js'
import {renderText} from '../../src/transform/text.js'
import {tei} from './html/helpers.js'

const namespaces = `xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:f="https://teipipe.org/ns/function" xmlns:m="https://teipipe.org/ns/mode"
  xmlns:t="https://teipipe.org/ns/template" xmlns:b="https://teipipe.org/ns/text-block"`

// Every listed HTML override point, each leaving a visible mark.
const htmlLayer = `<xsl:stylesheet version="3.0" ${namespaces} default-mode="m:html" expand-text="yes" exclude-result-prefixes="#all">
  <xsl:template name="t:span"><span class="{local-name()} over-span"><xsl:apply-templates/></span></xsl:template>
  <xsl:template name="t:div"><div class="{local-name()} over-div"><xsl:apply-templates/></div></xsl:template>
  <xsl:template name="t:inline">
    <xsl:param name="name" as="xs:string" select="'span'"/>
    <xsl:param name="class" as="xs:string*" select="()"/>
    <xsl:param name="title" as="xs:string?" select="()"/>
    <xsl:param name="nodes" as="node()*" select="node()"/>
    <xsl:param name="content" as="node()*" select="()"/>
    <xsl:param name="href" as="xs:string?" select="()"/>
    <xsl:param name="link-id" as="xs:string?" select="()"/>
    <xsl:param name="link-title" as="xs:string?" select="()"/>
    <xsl:element name="{$name}">
      <xsl:apply-templates select="." mode="m:attributes"><xsl:with-param name="class" select="($class, 'over-inline')"/></xsl:apply-templates>
      <xsl:sequence select="$content"/><xsl:if test="empty($content)"><xsl:apply-templates select="$nodes"/></xsl:if>
    </xsl:element>
  </xsl:template>
  <xsl:template name="t:block">
    <xsl:param name="name" as="xs:string" select="'div'"/>
    <xsl:param name="class" as="xs:string*" select="()"/>
    <xsl:param name="nodes" as="node()*" select="node()"/>
    <xsl:param name="content" as="node()*" select="()"/>
    <xsl:element name="{$name}">
      <xsl:apply-templates select="." mode="m:attributes"><xsl:with-param name="class" select="($class, 'over-block')"/></xsl:apply-templates>
      <xsl:sequence select="$content"/><xsl:if test="empty($content)"><xsl:apply-templates select="$nodes"/></xsl:if>
    </xsl:element>
  </xsl:template>
  <xsl:template match="*" mode="m:attributes">
    <xsl:param name="class" as="xs:string*" select="()"/>
    <xsl:attribute name="class" select="string-join((local-name(), $class, 'over-attributes'), ' ')"/>
  </xsl:template>
  <xsl:function name="f:note-kind" as="xs:string"><xsl:param name="note" as="element()"/><xsl:sequence select="'inline'"/></xsl:function>
  <xsl:function name="f:para-number" as="xs:integer?"><xsl:param name="p" as="element()"/><xsl:sequence select="if ($p/self::tei:p and $p/ancestor::tei:text and not($p/ancestor::tei:note)) then 42 else ()"/></xsl:function>
  <xsl:function name="f:html-id" as="xs:string"><xsl:param name="e" as="element()"/><xsl:sequence select="'over-id-' || local-name($e)"/></xsl:function>
  <xsl:function name="f:register-label" as="xs:string?"><xsl:param name="e" as="element()?"/><xsl:sequence select="'over-label'"/></xsl:function>
  <xsl:template name="t:footnotes"><p class="over-footnotes"/></xsl:template>
  <xsl:template name="t:registers"><p class="over-registers"/></xsl:template>
  <xsl:template name="t:how-to-cite"><xsl:param name="header" as="element()?"/><xsl:param name="title" as="xs:string"/><p class="over-cite"/></xsl:template>
  <xsl:template match="tei:pb"><span class="over-pb"/></xsl:template>
  <xsl:function name="f:within-block" as="xs:boolean"><xsl:param name="e" as="element()"/><xsl:sequence select="false()"/></xsl:function>
</xsl:stylesheet>`

// The listed text override points.
const textLayer = `<xsl:stylesheet version="3.0" ${namespaces} default-mode="m:text" expand-text="yes" exclude-result-prefixes="#all">
  <xsl:template name="t:block">
    <xsl:param name="nodes" as="node()*" select="node()"/>
    <xsl:param name="tight" as="xs:boolean" select="false()"/>
    <xsl:param name="indent" as="xs:integer" select="0"/>
    <xsl:param name="prefix" as="xs:string" select="''"/>
    <xsl:param name="suffix" as="xs:string" select="''"/>
    <b:block tight="{$tight}" indent="{$indent}" prefix="{'» ' || $prefix}"><xsl:apply-templates select="$nodes" mode="m:inline"/>{$suffix}</b:block>
  </xsl:template>
  <xsl:function name="f:wrap" as="xs:string*"><xsl:param name="text" as="xs:string"/><xsl:param name="room" as="xs:integer"/><xsl:sequence select="$text[. ne '']"/></xsl:function>
  <xsl:function name="f:note-kind" as="xs:string"><xsl:param name="note" as="element()"/><xsl:sequence select="'inline'"/></xsl:function>
  <xsl:template match="tei:hi" mode="m:inline"><xsl:value-of select="upper-case(.)"/></xsl:template>
  <xsl:template match="tei:lg" mode="m:text"><xsl:sequence select="f:block('(verse left out)', false())"/></xsl:template>
  <xsl:function name="f:within-block" as="xs:boolean"><xsl:param name="e" as="element()"/><xsl:sequence select="false()"/></xsl:function>
</xsl:stylesheet>`

const dir = mkdtempSync(join(tmpdir(), 'teipipe-override-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const layer = (name: string, text: string): string => {
  const path = join(dir, name, `${name}.xsl`)
  rmSync(join(dir, name), {recursive: true, force: true})
  mkdirSync(join(dir, name), {recursive: true})
  writeFileSync(path, text)
  return path
}

const doc = tei(`<div><head>One</head><p>A plain paragraph with a <term>term</term> and a <hi rend="x y">highlight</hi><note place="foot">a note</note>, <persName ref="#p1">Ann</persName>.<pb n="2"/></p>
  <p rend="indent">An indented paragraph.</p><ab>An ab.</ab><ab xml:id="ab1">An ab with an id.</ab></div><div><head>Two</head><p>More.</p></div>`)
  .replace('</body></text>', '</body></text><standOff><listPerson><person xml:id="p1"><persName>Ann Example</persName></person></listPerson></standOff>')
const eventDoc = tei('<p>Say<foreign xml:lang="la"><incident><desc>coughs</desc></incident>it</foreign>.</p>')
const corpus = `<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>C</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>${tei('<p>member</p>').replace(' xmlns="http://www.tei-c.org/ns/1.0"', '')}</teiCorpus>`

describe('HTML override points', () => {
  let html = ''
  let stock = ''
  let corpusHtml = ''
  let events = ''
  let stockEvents = ''
  beforeAll(() => {
    const path = layer('html-layer', htmlLayer)
    const render = (xml: string, customXslt?: string): string => {
      const file = new TeiFile('doc.xml', xml)
      renderHtml(file, customXslt ? {customXslt} : {})
      expect(file.messages.filter((m) => m.severity === 'error')).toEqual([])
      return file.outputs.html ?? ''
    }
    stock = render(doc)
    html = render(doc, path)
    corpusHtml = render(corpus, path)
    stockEvents = render(eventDoc)
    events = render(eventDoc, path)
  }, 300_000)

  it('t:span and t:div render plain elements', () => {
    expect(stock).toContain('<span class="term">term</span>')
    expect(html).toContain('<span class="term over-span">term</span>')
    expect(html).toContain('<div class="ab over-div">An ab.</div>')
  })
  it('t:inline, t:block and m:attributes render elements with @rend, @type, @rendition, @xml:lang or a marked @xml:id', () => {
    expect(stock).toContain('<span class="hi x y">highlight</span>')
    expect(html).toContain('<span class="hi over-inline over-attributes">highlight</span>')
    // (t:div is overridden too, so even the ab with an id stays on it.)
    expect(html).toContain('<div class="ab over-div">An ab with an id.</div>')
    expect(html).toContain('<h2 class="head head over-block over-attributes">One</h2>')
    expect(html).toContain('<p class="p para over-block over-attributes">An indented paragraph.</p>')
  })
  it('f:note-kind decides what a note is', () => {
    expect(stock).toContain('class="noteref"')
    expect(html).toContain('a note')
    expect(html).not.toContain('class="noteref"')
  })
  it('f:para-number numbers paragraphs, f:html-id makes ids, f:register-label labels entries', () => {
    expect(stock).toContain('id="para-1"')
    expect(html).toContain('id="para-42"')
    expect(corpusHtml).toContain('<article class="TEI" id="over-id-TEI">')
    expect(stock).toContain('title="Ann Example"')
    expect(html).toContain('title="over-label"')
  })
  it('t:footnotes, t:registers and t:how-to-cite write the sections after the text', () => {
    for (const mark of ['over-footnotes', 'over-registers', 'over-cite']) {
      expect(stock).not.toContain(mark)
      expect(html).toContain(`<p class="${mark}"></p>`)
    }
  })
  it('an element template in mode m:html wins over the stock one', () => {
    expect(html).toContain('<span class="over-pb"></span>')
  })
  it('f:within-block says where the search for a word beside an event stops (xslt/common/word-boundaries.xsl)', () => {
    // Stock: the phrase (foreign) is part of the paragraph's words, so "Say" ends a word before the event.
    expect(stockEvents).toMatch(/Say<span class="foreign"[^>]*> <span class="incident event">coughs<\/span> it<\/span>/)
    // Every element a block of its own: nothing is found before the event, so no space is put there.
    expect(events).toMatch(/Say<span class="foreign[^>]*><span class="incident event[^>]*>coughs<\/span> it<\/span>/)
  })
})

describe('text override points', () => {
  let text = ''
  let stock = ''
  beforeAll(() => {
    const path = layer('text-layer', textLayer)
    const xml = tei(`<p>A paragraph with a <hi>highlight</hi> and a note<note place="foot">the note</note>, long enough to be wrapped at the width of seventy-eight columns by the stock edition.</p><lg><l>A verse</l></lg>
      <p>Say<foreign xml:lang="la"><incident><desc>coughs</desc></incident>it</foreign>.</p>`)
    const render = (customXslt?: string): string => {
      const file = new TeiFile('doc.xml', xml)
      renderText(file, customXslt ? {customXslt} : {})
      return file.outputs.text ?? ''
    }
    stock = render()
    text = render(path)
  }, 300_000)

  it('t:block makes the blocks, f:wrap wraps their lines', () => {
    expect(stock).toMatch(/^A paragraph with a highlight .*\n\S/m)
    expect(text).toMatch(/^» A paragraph with a HIGHLIGHT and a note\[the note\], long enough to be wrapped at the width of seventy-eight columns by the stock edition\.$/m)
  })
  it('f:within-block says where the search for a word beside an event stops (xslt/common/word-boundaries.xsl)', () => {
    expect(stock).toContain('\nSay coughs it.\n')
    expect(text).toContain('Saycoughs it.')
  })
  it('f:note-kind and the templates of modes m:inline and m:text', () => {
    expect(stock).toContain('A verse')
    expect(text).toContain('(verse left out)')
    expect(text).not.toContain('A verse')
    expect(text).toContain('HIGHLIGHT')
    expect(text).toContain('[the note]')
  })
})
