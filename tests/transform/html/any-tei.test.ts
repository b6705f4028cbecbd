import {describe, expect, it} from 'vitest'
import {mainOf, render, tei} from './helpers.js'

describe('HTML edition of any TEI', () => {
  it('links only #fragment, http(s) and relative pointers, and reports the others', () => {
    const {html, file} = render(tei(`<p xml:id="a">x <ref target="javascript:alert(1)">js</ref> <ref target="data:text/html,hi">data</ref>
      <ref target="JaVaScRiPt:void(0)">mixed</ref> <ref target="//evil.example/">proto</ref> <ref target="#a">frag</ref>
      <ref target="https://example.org/?a=1&amp;b=2">web</ref> <ref target="other.html#x">rel</ref> <ptr target="vbscript:x"/></p>`))
    const main = mainOf(html)
    expect(main).not.toMatch(/href="(javascript|data|vbscript|\/\/)/i)
    expect(main).toContain('<a href="#a">frag</a>')
    expect(main).toContain('<a href="https://example.org/?a=1&amp;b=2">web</a>')
    expect(main).toContain('<a href="other.html#x">rel</a>')
    for (const word of ['js', 'data', 'mixed', 'proto']) expect(main).toContain(`>${word}<`)
    expect(file.messages.filter((m) => m.ruleId === 'unsafe-pointer').length).toBeGreaterThanOrEqual(4)
  })

  it('reads backslashes as browsers do (WHATWG URL): \\\\host and /\\host are off-site, not relative', () => {
    const {html, file} = render(tei(`<p><ref target="\\\\evil.example/x">bs</ref> <ref target="/\\evil.example/x">sbs</ref> <ref target="\\/evil.example/x">bss</ref> <ref target="a\\b.html">rel</ref></p>`))
    const main = mainOf(html)
    expect(main).not.toMatch(/href="[\\/][\\/]/)
    for (const word of ['bs', 'sbs', 'bss']) expect(main).toContain(`>${word}<`)
    expect(main).toContain('<a href="a\\b.html">rel</a>')
    expect(file.messages.filter((m) => m.ruleId === 'unsafe-pointer')).toHaveLength(3)
  })

  it('links a pointer of several targets through its first, says so, and links none when one is unsafe', () => {
    const {html, file} = render(tei(`<p xml:id="a">x <ref target="java&#x09;script:alert(1)">tab</ref> <ref target="#a https://example.org/">two</ref></p>`))
    const main = mainOf(html)
    expect(main).not.toContain('href="java"')
    expect(main).toContain('>tab<')
    expect(main).toContain('<a href="#a">two</a>')
    const unsafe = file.messages.filter((m) => m.ruleId === 'unsafe-pointer')
    expect(unsafe.map((m) => m.reason)).toEqual([expect.stringContaining('“script:alert(1)”')])
    const several = file.messages.filter((m) => m.ruleId === 'pointer-several-targets')
    expect(several.map((m) => m.reason)).toEqual([expect.stringContaining('only the first, “#a”, is linked (“https://example.org/” not)')])
  })

  it('escapes everything the document says, including markup-looking text and attribute values', () => {
    const {html} = render(tei(`<p rend="x&quot; onmouseover=&quot;alert(1)">&lt;script&gt;alert(1)&lt;/script&gt; <hi rend="a&lt;b">t</hi></p>`))
    expect(html).not.toContain('<script')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toMatch(/ onmouseover=/)
  })

  it('makes no class part from a missing, empty or punctuation-only attribute (no "cert-", "type-", "gap-", "-")', () => {
    const {html} = render(tei(`<p><choice><sic>Munday</sic><corr resp="#ed">Monday</corr></choice> <choice xml:id="c2"><sic>Tusday</sic><corr cert="">Tuesday</corr></choice>
      <gap reason=""/> <gap reason=" - "/> <hi rend="">a</hi> <hi rend="-">b</hi> <seg type="">c</seg> <seg type="?" rend="...">d</seg> <p rend=";">e</p></p>`))
    const classes = [...mainOf(html).matchAll(/ class="([^"]*)"/g)].map((m) => m[1] as string)
    expect(classes.filter((c) => /(^| )-|-( |$)|^ | $| {2}/.test(c))).toEqual([])
    expect(classes).toEqual(expect.arrayContaining(['corr', 'gap', 'hi', 'seg']))
    expect(classes.filter((c) => c.startsWith('corr'))).toEqual(['corr', 'corr'])
  })

  it('renders unknown elements through the fallback, keeping their text, with one coded message per name', () => {
    const {html, file} = render(tei(`<p>a <fancyThing>kept one</fancyThing> and <fancyThing>kept two</fancyThing> <x:y xmlns:x="urn:x">other ns</x:y></p>`))
    expect(html).toContain('<span class="fancyThing unhandled">kept one</span>')
    expect(html).toContain('<span class="y unhandled">other ns</span>')
    const messages = file.messages.filter((m) => m.ruleId === 'unhandled-element')
    expect(messages.map((m) => m.reason.match(/<([^>]+)>/)?.[1])).toEqual(['fancyThing', 'x:y'])
    expect(messages.every((m) => m.source === 'xslt' && m.severity === 'info')).toBe(true)
  })

  it('expands internal DTD entities and never loads external ones', () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY who "the Committee"><!ENTITY secret SYSTEM "file:///etc/hostname">]>\n${tei('<p>Sent to &who;. [&secret;]</p>')}`
    const {html, file} = render(xml)
    expect(html).toContain('Sent to the Committee.')
    expect(file.messages.some((m) => m.ruleId === 'external-entity-ignored')).toBe(true)
    expect(file.messages.filter((m) => m.severity === 'error')).toEqual([])
  })

  it('renders header-only documents, empty bodies and teiCorpus roots', () => {
    const headerOnly = render('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Only a header</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader></TEI>')
    expect(headerOnly.html).toContain('<h1>Only a header</h1>')
    expect(headerOnly.html).toContain('This document has no transcribed text')
    expect(render(tei('')).html).toContain('This document has no transcribed text')
    const corpus = render(`<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Corpus</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
      ${tei('<p>first member</p>').replace('<title>T</title>', '<title>One</title>').replace(' xmlns="http://www.tei-c.org/ns/1.0"', '')}
      ${tei('<p>second member</p>').replace('<title>T</title>', '<title>Two</title>').replace(' xmlns="http://www.tei-c.org/ns/1.0"', '')}</teiCorpus>`)
    expect(corpus.html).toContain('<h1>Corpus</h1>')
    expect(corpus.html).toMatch(/<article class="TEI"[^>]*><h2>One<\/h2>[\s\S]*first member[\s\S]*<h2>Two<\/h2>[\s\S]*second member/)
  })

  it('gives members of a corpus ids from their element positions (n-1-2: the root, then its second element child)', () => {
    const member = (title: string) => tei(`<p>${title} text</p>`).replace('<title>T</title>', `<title>${title}</title>`).replace(' xmlns="http://www.tei-c.org/ns/1.0"', '')
    const {html} = render(`<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Corpus</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>
      ${member('One')}<!-- comments and text do not count -->${member('Two')}
      <teiCorpus><teiHeader><fileDesc><titleStmt><title>Inner</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>${member('Three')}${member('Four')}</teiCorpus></teiCorpus>`)
    const ids = [...html.matchAll(/<article class="(?:TEI|teiCorpus)" id="([^"]+)"><h2>([^<]+)<\/h2>/g)].map((m) => `${m[2]} ${m[1]}`)
    expect(ids).toEqual(['One n-1-2', 'Two n-1-3', 'Inner n-1-4', 'Three n-1-4-2', 'Four n-1-4-3'])
  })

  it('marks right-to-left text with dir and lang', () => {
    const {html} = render(tei('<p xml:lang="ar">مرحبا بالعالم</p><p>and <foreign xml:lang="he">שלום</foreign></p>').replace('<TEI ', '<TEI xml:lang="ar" '))
    expect(html).toMatch(/<html lang="ar" dir="rtl">/)
    expect(html).toMatch(/<p class="p para" lang="ar" dir="rtl"[^>]*>مرحبا بالعالم/)
    expect(html).toContain('<span class="foreign" lang="he" dir="rtl">שלום</span>')
  })

  it('numbers editorial notes in document order with back-links, whatever their depth', () => {
    const {html} = render(tei('<div><head>A</head><p>one<note resp="#ed">n1</note></p><div><head>B</head><p>two<note type="editorial">n2</note> three<note resp="#ed">n3</note></p></div></div>'))
    expect([...html.matchAll(/id="fnref-(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2', '3'])
    expect(html).toMatch(/<li id="fn-2" value="2">n2 <a class="backlink" href="#fnref-2"/)
    expect(html).toContain('<h2 id="notes-heading">Editorial notes</h2>')
  })

  it('keeps the document\'s own notes apart from the editors\' and numbers them as the source does', () => {
    const {html} = render(tei('<p>one<note place="foot" n="7">own</note> two<note resp="#ed">ours</note> three<note>unnumbered</note></p>'))
    expect(html).toMatch(/<a id="noteref-1" href="#note-1" aria-label="Note 7">7<\/a>/)
    expect(html).toMatch(/<li id="note-2"><span class="note-n">2<\/span> unnumbered/)
    expect(html).toMatch(/<h2 id="source-notes-heading">Notes<\/h2>[\s\S]*<h2 id="notes-heading">Editorial notes<\/h2>/)
    expect(html.match(/\bours\b/g)?.length).toBe(1)
  })

  it('fails with a readable message, not a stack trace, on malformed XML', () => {
    const {file} = render('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text></TEI>')
    const error = file.messages.find((m) => m.severity === 'error')
    expect(error?.ruleId).toBe('render-failed')
    expect(error?.reason).toMatch(/not well-formed|could not be made/)
    expect(file.outputs.html).toBeUndefined()
  })
})
