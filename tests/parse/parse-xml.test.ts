/** parseXml: well-formedness with exact places, the positioned tree, XPath and line lookups. */
import {describe, expect, it} from 'vitest'
import {parseXml} from '../../src/parse/parse-xml.js'
import {attributePosition, findElementOnLine, isTeiRoot, resolvePath, startTagPosition, textPosition, type XmlElement} from '../../src/parse/tree.js'

const TEI = 'http://www.tei-c.org/ns/1.0'
const doc = `<?xml version="1.0"?>
<TEI xmlns="${TEI}" xmlns:f="urn:f">
  <text>
    <p xml:id="p1" f:x="1">Kim &amp; <hi
        rend="italic">Lee</hi> met.</p>
    <p>Two</p>
  </text>
</TEI>
`

function parse(text: string) {
  const result = parseXml(text, 'doc.xml')
  return {...result, problem: result.messages[0]}
}

describe('parseXml', () => {
  it('builds a namespace-aware tree with positions of the file as written', () => {
    const {tree, messages} = parse(doc)
    expect(messages).toEqual([])
    if (!tree) throw new Error('no tree')
    expect(isTeiRoot(tree)).toBe(true)
    const p = (tree.root.children.find((c) => c.type === 'element') as XmlElement).children.find((c) => c.type === 'element') as XmlElement
    expect([p.uri, p.local]).toEqual([TEI, 'p'])
    expect(p.attributes.map((a) => [a.uri, a.local, a.value])).toEqual([
      ['http://www.w3.org/XML/1998/namespace', 'id', 'p1'],
      ['urn:f', 'x', '1']
    ])
    expect(startTagPosition(tree, p)).toEqual({start: {line: 4, column: 5, offset: doc.indexOf('<p xml:id')}, end: {line: 4, column: 28, offset: doc.indexOf('Kim')}})
    expect(attributePosition(tree, p.attributes[1] as never).start).toMatchObject({line: 4, column: 20})
    expect(p.children[0]).toMatchObject({type: 'text', value: 'Kim & '})
  })

  it('resolves saxon-js path() XPaths to elements, attributes and text nodes', () => {
    const {tree} = parse(doc)
    if (!tree) throw new Error('no tree')
    const q = `Q{${TEI}}`
    expect(resolvePath(tree, `/${q}TEI[1]/${q}text[1]/${q}p[2]`)?.element.start).toBe(doc.indexOf('<p>Two'))
    const hi = resolvePath(tree, `/${q}TEI[1]/${q}text[1]/${q}p[1]/${q}hi[1]/@rend`)
    expect(hi?.attribute && attributePosition(tree, hi.attribute).start).toMatchObject({line: 5, column: 9})
    const text = resolvePath(tree, `/${q}TEI[1]/${q}text[1]/${q}p[1]/text()[2]`)
    expect(text?.text && textPosition(tree, text.text).start).toMatchObject({line: 5, column: 31})
    expect(resolvePath(tree, `/${q}TEI[1]/${q}text[1]/${q}p[9]`)?.element.local).toBe('text')
    expect(resolvePath(tree, `/${q}teiCorpus[1]`)).toBeUndefined()
  })

  it('finds the element libxml2 means by a line (the line where its start tag ends)', () => {
    const {tree} = parse(doc)
    if (!tree) throw new Error('no tree')
    expect(findElementOnLine(tree, 5, 'hi')?.local).toBe('hi')
    expect(findElementOnLine(tree, 4, 'hi')?.local).toBe('hi')
    expect(findElementOnLine(tree, 6, 'p')?.start).toBe(doc.indexOf('<p>Two'))
    expect(findElementOnLine(tree, 6, 'hi')).toBeUndefined()
  })

  it.each([
    ['mismatched end tag', '<TEI>\n  <p>one <hi>two</p>\n</TEI>', 2, 17, 'the end tag </p> does not match the open element <hi> (line 2, column 10).'],
    ['undefined entity', '<TEI>\n  <p>a&nbsp;b</p>\n</TEI>', 2, 7, 'the entity &nbsp; is not defined'],
    ['unbound prefix', '<TEI>\n <x:p/>\n</TEI>', 2, 7, 'the namespace prefix "x" is not declared.'],
    ['duplicate attribute', '<TEI a="1" a="2"/>', 1, 12, 'the attribute a appears twice on one element.'],
    ['text after the root', '<TEI/>\ntext', 2, 5, 'there is text after the root element ends'],
    ['empty document', '  \n', 1, 1, 'the file is empty'],
    ['unclosed root', '<TEI>\n<p/>', 2, 4, 'never closed']
  ])('%s is not well-formed, with its place', (_, text, line, column, reason) => {
    const {tree, problem} = parse(text)
    expect(tree).toBeUndefined()
    expect(problem).toMatchObject({ruleId: 'not-well-formed', severity: 'error', fatal: true, file: 'doc.xml', place: {start: {line, column}}})
    expect(problem?.reason).toContain(reason)
  })

  it('a byte-order mark does not shift columns', () => {
    const {tree} = parse(`\uFEFF<TEI xmlns="${TEI}"><p/></TEI>`)
    if (!tree) throw new Error('no tree')
    const p = tree.root.children[0] as XmlElement
    expect(startTagPosition(tree, p).start).toMatchObject({line: 1, column: 42})
  })

  it('detects a non-TEI root', () => {
    expect(isTeiRoot(parse('<TEI/>').tree as never)).toBe(false)
    expect(isTeiRoot(parse(`<teiCorpus xmlns="${TEI}"/>`).tree as never)).toBe(true)
  })
})
