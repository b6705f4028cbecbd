/**
 * The schema generator (schemas/build/customise.mjs) on a miniature TEI-like grammar: excluded
 * elements disappear from content models, a kept element that needs an excluded one is reported,
 * unreachable definitions and annotations are dropped, and a class attribute is narrowed for one
 * element only.
 */
import {describe, expect, it} from 'vitest'
import {customise} from '../../../schemas/build/customise.mjs'
import {parseTree, serialise} from '../../../schemas/build/rng-tree.mjs'

const grammar = `<grammar xmlns="http://relaxng.org/ns/structure/1.0" xmlns:a="http://relaxng.org/ns/compatibility/annotations/1.0"
  xmlns:sch="http://purl.oclc.org/dsdl/schematron" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes" ns="urn:t">
  <start><choice><ref name="TEI"/><ref name="teiCorpus"/></choice></start>
  <define name="TEI"><element name="TEI"><a:documentation>root</a:documentation><oneOrMore><ref name="model.block"/></oneOrMore></element></define>
  <define name="teiCorpus"><element name="teiCorpus"><oneOrMore><ref name="TEI"/></oneOrMore></element></define>
  <define name="model.block"><choice><ref name="p"/><ref name="w"/><ref name="list"/></choice></define>
  <define name="p"><element name="p"><zeroOrMore><choice><text/><ref name="w"/></choice></zeroOrMore><ref name="att.typed.attributes"/>
    <sch:pattern><sch:rule context="p"><sch:assert test="true()">x</sch:assert></sch:rule></sch:pattern></element></define>
  <define name="list"><element name="list"><oneOrMore><ref name="item"/></oneOrMore><ref name="att.typed.attributes"/></element></define>
  <define name="item"><element name="item"><text/></element></define>
  <define name="w"><element name="w"><text/></element></define>
  <define name="att.typed.attributes"><ref name="att.typed.attribute.type"/></define>
  <define name="att.typed.attribute.type"><optional><attribute name="type"><data type="token"/></attribute></optional></define>
</grammar>`

const run = (keep: string[]) => customise(parseTree(grammar), new Set(keep), [{element: 'p', attribute: 'type', values: {a: 'first', b: 'second'}}])

describe('schema generator', () => {
  it('prunes excluded elements, unreachable definitions and annotations, and narrows one element', () => {
    const {grammar: out, problems} = run(['TEI', 'p', 'list', 'item'])
    expect(problems).toEqual([])
    const text = serialise(out)
    expect(text).not.toMatch(/name="w"|teiCorpus|documentation|sch:|pattern/)
    expect(text).toContain('<start>\n  <ref name="TEI"/>\n </start>')
    // p's @type is a closed list; list keeps the class's open token.
    expect(text).toMatch(/<element name="p">[\s\S]*<attribute name="type" tp:valueList="p\/@type">\s*<choice>\s*<value>a<\/value>\s*<value>b<\/value>/)
    expect(text).toMatch(/<element name="list">[\s\S]*<ref name="att.typed.attributes"\/>/)
    expect(text).toMatch(/<define name="att.typed.attribute.type">\s*<optional>\s*<attribute name="type">\s*<data type="token"\/>/)
  })

  it('reports a kept element that can no longer have its required content', () => {
    expect(run(['TEI', 'p', 'list']).problems).toEqual(['element list lost all its possible content', 'element list is not reachable from TEI'])
  })

  it('reports elements and value lists that do not exist', () => {
    const {problems} = customise(parseTree(grammar), new Set(['TEI', 'p', 'nothing']), [{element: 'w', attribute: 'type', values: {}}])
    expect(problems).toEqual(['element nothing is not in tei_all', 'value list w/@type: element not in the schema'])
  })
})
