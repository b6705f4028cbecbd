/** expandInternalEntities: internal entities expanded within limits, nothing external ever loaded. */
import {describe, expect, it} from 'vitest'
import {ENTITY_LIMITS, expandInternalEntities} from '../../src/parse/doctype.js'
import {parseXml} from '../../src/parse/parse-xml.js'

describe('expandInternalEntities', () => {
  it('is the identity without a DOCTYPE', () => {
    const text = '<TEI>&amp;</TEI>'
    const prepared = expandInternalEntities(text)
    expect(prepared.text).toBe(text)
    expect(prepared.notes).toEqual([])
    expect(prepared.toOriginal(7)).toBe(7)
  })

  it('expands nested internal entities, blanks the DOCTYPE keeping lines, and maps offsets back', () => {
    const text = '<!DOCTYPE TEI [\n<!ENTITY a "A&#x41;">\n<!ENTITY b "[&a;]">\n]>\n<TEI x="&b;">&b;<!-- &a; --><![CDATA[&a;]]>&lt;<e/></TEI>'
    const prepared = expandInternalEntities(text)
    const body = prepared.text.slice(prepared.text.indexOf('<TEI'))
    expect(body).toBe('<TEI x="[AA]">[AA]<!-- &a; --><![CDATA[&a;]]>&lt;<e/></TEI>')
    expect(prepared.text.split('\n')).toHaveLength(text.split('\n').length)
    const e = prepared.text.indexOf('<e/>')
    expect(prepared.toOriginal(e)).toBe(text.indexOf('<e/>'))
    expect(prepared.toOriginal(prepared.text.indexOf('[AA]<!--') + 2)).toBe(text.indexOf('&b;<!--'))
  })

  it('escapes quotes an entity brings into an attribute value', () => {
    const prepared = expandInternalEntities(`<!DOCTYPE TEI [<!ENTITY q '"'>]><TEI n="&q;"/>`)
    expect(prepared.text.endsWith('<TEI n="&quot;"/>')).toBe(true)
  })

  it('never loads an external entity or DTD: a warning, and the reference is left out', () => {
    const prepared = expandInternalEntities('<!DOCTYPE TEI SYSTEM "tei.dtd" [<!ENTITY e SYSTEM "/etc/hostname">]>\n<TEI>&e;&e;</TEI>')
    expect(prepared.text.endsWith('<TEI></TEI>')).toBe(true)
    expect(prepared.notes.map((n) => n.ruleId)).toEqual(['external-dtd-ignored', 'external-entity-ignored'])
    expect(prepared.notes[1]?.reason).toContain('/etc/hostname')
  })

  it('refuses billion laughs and self-reference', () => {
    const levels = ['<!ENTITY l0 "lol">']
    for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`)
    const laughs = expandInternalEntities(`<!DOCTYPE TEI [${levels.join('')}]><TEI>&l9;</TEI>`)
    expect(laughs.refused).toBe(true)
    expect(laughs.notes[0]?.ruleId).toBe('entity-limit-exceeded')
    expect(laughs.notes[0]?.reason).toContain(ENTITY_LIMITS.maxExpandedChars.toLocaleString('en'))
    const loop = expandInternalEntities('<!DOCTYPE TEI [<!ENTITY a "&b;"><!ENTITY b "&a;">]><TEI>&a;</TEI>')
    expect(loop.refused).toBe(true)
  })

  it('lets parseXml report positions in the original text after expansions', () => {
    const text = '<!DOCTYPE TEI [<!ENTITY long "a long expansion">]>\n<TEI>&long; &long; <p x="1"/></TEI>'
    const result = parseXml(text, 'e.xml')
    const p = result.tree?.root.children.find((c) => c.type === 'element')
    expect(p && result.tree ? result.tree.lines.toPoint(result.tree.toOriginal(p.start)) : undefined).toMatchObject({line: 2, column: 20})
    const broken = parseXml('<!DOCTYPE TEI [<!ENTITY e "x">]>\n<TEI>&e; &nope;</TEI>', 'b.xml')
    expect(broken.messages[0]).toMatchObject({ruleId: 'not-well-formed', place: {start: {line: 2, column: 10}}})
    expect(broken.messages[0]?.reason).not.toContain('external DTD')
    const dtd = parseXml('<!DOCTYPE TEI SYSTEM "tei.dtd">\n<TEI>&nbsp;</TEI>', 'd.xml')
    expect(dtd.messages.map((m) => m.ruleId)).toEqual(['external-dtd-ignored', 'not-well-formed'])
    expect(dtd.messages[1]?.reason).toContain('&nbsp; is not defined')
    expect(dtd.messages[1]?.reason).toContain('may be declared in the external DTD')
  })
})
