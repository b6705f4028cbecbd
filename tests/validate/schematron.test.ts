/** The Schematron compiler and runner: ISO features, first-matching-rule semantics, places and severities. */
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseXml} from '../../src/parse/parse-xml.js'
import {checkSchematron, loadSchematron, schematronToXslt, SchematronCompileError} from '../../src/validate/schematron/index.js'

const dir = mkdtempSync(join(tmpdir(), 'teipipe-sch-'))

function schema(body: string): string {
  const path = join(dir, `s${Math.random().toString(36).slice(2)}.sch`)
  writeFileSync(path, `<schema xmlns="http://purl.oclc.org/dsdl/schematron" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:f="urn:f" queryBinding="xslt3"><ns prefix="t" uri="http://www.tei-c.org/ns/1.0"/>${body}</schema>`)
  return path
}

function check(schPath: string, xml: string) {
  const tree = parseXml(xml, 'doc.xml').tree
  if (!tree) throw new Error('not well-formed')
  return checkSchematron(loadSchematron(schPath), tree, 'doc.xml').map((m) => ({id: m.ruleId, severity: m.severity, at: `${m.place?.start.line}:${m.place?.start.column}`, reason: m.reason}))
}

const doc = `<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <p n="1" xml:id="a">One <hi>two</hi></p>
  <p n="x">Three</p>
</TEI>`

describe('Schematron', () => {
  it('fires only the first matching rule of a pattern, but every pattern', () => {
    const s = schema(`
      <pattern><rule context="t:p[@xml:id]"><report id="first" test="true()">first rule</report></rule>
               <rule context="t:p"><report id="second" test="true()">second rule</report></rule></pattern>
      <pattern><rule context="t:p"><report id="other-pattern" role="info" test="true()">other</report></rule></pattern>`)
    expect(check(s, doc)).toEqual([
      {id: 'first', severity: 'error', at: '2:3', reason: 'first rule'},
      {id: 'other-pattern', severity: 'info', at: '2:3', reason: 'other'},
      {id: 'second', severity: 'error', at: '3:3', reason: 'second rule'},
      {id: 'other-pattern', severity: 'info', at: '3:3', reason: 'other'}
    ])
  })

  it('supports let (schema, pattern, rule), value-of, name, diagnostics, roles, abstract rules, subject and xsl:function', () => {
    const s = schema(`
      <let name="max" value="1"/>
      <xsl:function name="f:double" as="xs:integer"><xsl:param name="n" as="xs:integer"/><xsl:sequence select="$n * 2"/></xsl:function>
      <pattern id="numbers">
        <let name="all" value="count(//t:p)"/>
        <rule abstract="true" id="numbered"><assert id="n-number" test="@n castable as xs:integer" diagnostics="d1">&lt;<name/>&gt; n="<value-of select="@n"/>" is not a number.</assert></rule>
        <rule context="t:p"><extends rule="numbered"/><let name="n" value="if (@n castable as xs:integer) then xs:integer(@n) else 0"/>
          <report id="n-large" role="warning" test="f:double($n) gt $max">n doubled (<value-of select="f:double($n)"/>) is above <value-of select="$max"/>, in one of <value-of select="$all"/> paragraphs.</report>
        </rule>
      </pattern>
      <pattern><rule context="t:hi"><assert id="hi-rend" subject="parent::t:p/@n" test="@rend">hi needs rend</assert></rule></pattern>
      <diagnostics><diagnostic id="d1">Use digits (<value-of select="@n"/>).</diagnostic></diagnostics>`)
    expect(check(s, doc)).toEqual([
      {id: 'n-large', severity: 'warning', at: '2:3', reason: 'n doubled (2) is above 1, in one of 2 paragraphs.'},
      {id: 'hi-rend', severity: 'error', at: '2:6', reason: 'hi needs rend'},
      {id: 'n-number', severity: 'error', at: '3:3', reason: '<p> n="x" is not a number. Use digits (x).'}
    ])
    const s2 = schema(`<pattern><rule context="t:p[@n = '1']"><let name="n" value="xs:integer(@n)"/><report id="n-big" role="warn" test="$n * 10 gt 5">big: <value-of select="$n * 10"/></report></rule></pattern>`)
    expect(check(s2, doc)).toEqual([{id: 'n-big', severity: 'warning', at: '2:3', reason: 'big: 10'}])
  })

  it('passes @see on as the message url', () => {
    const s = schema(`<pattern see="https://example.org/rules"><rule context="t:hi"><report id="hi-seen" test="true()">hi</report></rule></pattern>`)
    const tree = parseXml(doc, 'doc.xml').tree
    if (!tree) throw new Error('not well-formed')
    expect(checkSchematron(loadSchematron(s), tree, 'doc.xml').map((m) => m.url)).toEqual(['https://example.org/rules'])
  })

  it('places messages on attributes and text nodes', () => {
    const s = schema(`<pattern id="p"><rule context="t:p/@n"><assert test=". = '1'">bad n</assert></rule><rule context="t:p/text()"><report test="contains(., 'Three')">text</report></rule></pattern>`)
    expect(check(s, doc)).toEqual([
      {id: 'p-1', severity: 'error', at: '3:6', reason: 'bad n'},
      {id: 'p-2', severity: 'error', at: '3:12', reason: 'text'}
    ])
  })

  it('refuses a file that is not Schematron, and reports XPath errors on compile', () => {
    expect(() => schematronToXslt('<schema/>', 'x.sch')).toThrow(SchematronCompileError)
    expect(() => schematronToXslt('<schema', 'x.sch')).toThrow(/not well-formed/)
    expect(() => loadSchematron(schema('<pattern><rule context="t:p"><assert test="((">x</assert></rule></pattern>'))).toThrow(/XPST0003/)
  })
})

describe('nodesToVisit', () => {
  it('visits attributes, text and other nodes only when a rule context can match them', async () => {
    const {nodesToVisit} = await import('../../src/validate/schematron/compile.js')
    expect(nodesToVisit(['tei:p', 'tei:*[@ref or @target]'])).toBe('*')
    expect(nodesToVisit(['tei:hi/@rend', 'tei:text//text()[not(ancestor::tei:sic)]'])).toBe('@* | * | text()')
    expect(nodesToVisit(['tei:p | comment()'])).toBe('* | comment()')
    expect(nodesToVisit(['node()'])).toBe('@* | * | text() | comment() | processing-instruction()')
  })
})
