/**
 * teipipe's RELAX NG validator on small schemas: simplification (include with override, combine, nested
 * grammars, interleave/mixed), XML Schema datatypes and patterns, IDs, and the problems it reports.
 * Expected results follow the RELAX NG specification and Jing's behaviour on the same inputs.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {parseXml} from '../../src/parse/parse-xml.js'
import {makeDatatype, XSD_LIBRARY} from '../../src/validate/relaxng/datatypes.js'
import {compileRng} from '../../src/validate/relaxng/schema.js'
import {validateTree} from '../../src/validate/relaxng/validator.js'
import {xsdRegex} from '../../src/validate/relaxng/xsd-regex.js'

const dir = mkdtempSync(join(tmpdir(), 'teipipe-rng-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
const RNG = 'xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes"'

function problems(schema: string, doc: string, files: Record<string, string> = {}): string[] {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  const path = join(dir, 'main.rng')
  writeFileSync(path, schema)
  const tree = parseXml(doc, 'doc.xml').tree
  if (!tree) throw new Error('test document not well-formed')
  return validateTree(compileRng(path), tree.root).map((p) => {
    const missing = 'missing' in p && p.missing.length > 0 ? ` missing=${p.missing.map((n) => n.local).join(',')}` : ''
    const attribute = 'attribute' in p ? ` @${p.attribute.name}` : ''
    return `${p.kind} <${p.element.local}>${attribute}${missing}`
  })
}

describe('XML Schema regular expressions', () => {
  it('are anchored, treat ^ and $ as characters, and support \\i, \\c and class subtraction', () => {
    expect(xsdRegex('[a-z]+').test('abc')).toBe(true)
    expect(xsdRegex('[a-z]+').test('abc1')).toBe(false)
    expect(xsdRegex('\\$\\d+').test('$12')).toBe(true)
    expect(xsdRegex('a$b').test('a$b')).toBe(true)
    expect(xsdRegex('\\i\\c*').test('persName')).toBe(true)
    expect(xsdRegex('\\i\\c*').test('1abc')).toBe(false)
    expect(xsdRegex('[a-z-[aeiou]]+').test('bcd')).toBe(true)
    expect(xsdRegex('[a-z-[aeiou]]+').test('bad')).toBe(false)
    expect(xsdRegex('[^\\p{C}\\p{Z}]+').test('a b')).toBe(false)
    expect(xsdRegex('.+').test('a\nb')).toBe(false)
  })
})

describe('XML Schema datatypes', () => {
  const dt = (name: string, params: {name: string; value: string}[] = []) => makeDatatype(XSD_LIBRARY, name, params)
  it('check lexical forms and values', () => {
    expect(dt('date').check('1969-06-09')).toBeUndefined()
    expect(dt('date').check('1969-02-30')).toBeDefined()
    expect(dt('date').check('2000-02-29')).toBeUndefined()
    expect(dt('date').check('1900-02-29')).toBeDefined()
    expect(dt('gYear').check('0000')).toBeDefined()
    expect(dt('gYear').check('-0044')).toBeUndefined()
    expect(dt('nonNegativeInteger').check('-1')).toBeDefined()
    expect(dt('nonNegativeInteger').check(' 12 ')).toBeUndefined()
    expect(dt('duration').check('P')).toBeDefined()
    expect(dt('duration').check('PT2H')).toBeUndefined()
    expect(dt('boolean').check('yes')).toBeDefined()
    expect(dt('decimal', [{name: 'maxInclusive', value: '1'}]).check('1.5')).toBe('must be 1 or less')
    expect(dt('token', [{name: 'pattern', value: '\\S+'}]).check('a b')).toBe('must be one word, without spaces')
  })
  it('say which day of the calendar a date of the right form misses (XML Schema Part 2 §3.2.9)', () => {
    expect(dt('date').check('1962-04-31')).toBe('names a day that does not exist (April 1962 has 30 days)')
    expect(dt('date').check('1957-02-29')).toBe('names a day that does not exist (February 1957 has 28 days)')
    expect(dt('date').check('1956-02-30')).toBe('names a day that does not exist (February 1956 has 29 days)')
    expect(dt('date').check('1969-13-01')).toBe('names a day that does not exist (there is no month 13; months are 01 to 12)')
    expect(dt('date').check('1969-06-00')).toBe('names a day that does not exist (there is no day 00)')
    expect(dt('dateTime').check('1969-06-31T10:00:00')).toBe('names a day that does not exist (June 1969 has 30 days)')
    expect(dt('gMonthDay').check('--02-30')).toBe('names a day that does not exist (February has 29 days)')
    expect(dt('gYear').check('0000')).toBe('names a day that does not exist (there is no year 0000; 1 BC is -0001)')
    // A wrong form is still a wrong form.
    expect(dt('date').check('1962/04/30')).toBe('must be a date written YYYY-MM-DD')
  })
  it('compare values by value: numbers numerically, tokens after collapsing spaces', () => {
    expect(dt('decimal').equal('1.0', '1')).toBe(true)
    expect(dt('token').equal('a  b', ' a b ')).toBe(true)
    expect(dt('string').equal('a  b', 'a b')).toBe(false)
  })
})

describe('RELAX NG validation', () => {
  it('include with an overriding define, and combine="choice"', () => {
    const part = `<grammar ${RNG}><start><ref name="doc"/></start><define name="doc"><element name="doc"><ref name="item"/></element></define><define name="item"><element name="a"><empty/></element></define></grammar>`
    const schema = `<grammar ${RNG}><include href="part.rng"><define name="item"><element name="b"><empty/></element></define></include><define name="item" combine="choice"><element name="c"><empty/></element></define></grammar>`
    expect(problems(schema, '<doc><b/></doc>', {'part.rng': part})).toEqual([])
    expect(problems(schema, '<doc><c/></doc>', {'part.rng': part})).toEqual([])
    // The overridden <a> is no longer part of the schema at all, and <doc> still lacks its <b> or <c> (as Jing reports).
    expect(problems(schema, '<doc><a/></doc>', {'part.rng': part})).toEqual(['element-unknown <a>', 'element-incomplete <doc>'])
  })

  it('interleave and mixed: any order, text between', () => {
    const schema = `<element name="doc" ${RNG}><interleave><element name="a"><empty/></element><mixed><element name="b"><empty/></element></mixed></interleave></element>`
    expect(problems(schema, '<doc>x<b/>y<a/></doc>')).toEqual([])
    expect(problems(schema, '<doc><a/><a/><b/></doc>')).toEqual(['element-out-of-context <a>'])
    expect(problems(schema, '<doc><a/></doc>')).toEqual(['element-incomplete <doc> missing=b'])
  })

  it('names the missing required element when a later one comes too early', () => {
    const schema = `<element name="div" ${RNG}><element name="head"><text/></element><oneOrMore><element name="p"><text/></element></oneOrMore></element>`
    expect(problems(schema, '<div><p>x</p></div>')).toEqual(['element-not-yet <p> missing=head'])
  })

  it('attributes: missing, not allowed, invalid value; each once, and validation goes on', () => {
    const schema = `<element name="doc" ${RNG}><attribute name="n"><data type="integer"/></attribute><zeroOrMore><element name="p"><optional><attribute name="type"><choice><value>a</value><value>b</value></choice></attribute></optional><text/></element></zeroOrMore></element>`
    expect(problems(schema, '<doc><p type="c">x</p><p rend="x">y</p></doc>')).toEqual(['attribute-missing <doc> missing=n', 'attribute-value-invalid <p> @type', 'attribute-not-allowed <p> @rend'])
    expect(problems(schema, '<doc n="x"/>')).toEqual(['attribute-value-invalid <doc> @n'])
  })

  it('IDs: a duplicate xml:id and an IDREF without its ID', () => {
    const schema = `<element name="doc" ${RNG}><zeroOrMore><element name="p"><optional><attribute name="xml:id"><data type="ID"/></attribute></optional><optional><attribute name="ref"><data type="IDREF"/></attribute></optional><text/></element></zeroOrMore></element>`
    expect(problems(schema, '<doc><p xml:id="a"/><p xml:id="a"/><p ref="b"/><p ref="a"/></doc>')).toEqual(['id-duplicate <p> @xml:id', 'idref-missing <p> @ref'])
  })

  it('nested grammars with parentRef', () => {
    const schema = `<grammar ${RNG}><start><element name="doc"><grammar><start><element name="inner"><parentRef name="leaf"/></element></start></grammar></element></start><define name="leaf"><element name="leaf"><empty/></element></define></grammar>`
    expect(problems(schema, '<doc><inner><leaf/></inner></doc>')).toEqual([])
    expect(problems(schema, '<doc><inner/></doc>')).toEqual(['element-incomplete <inner> missing=leaf'])
  })

  it('a broken schema is refused with its file and line', () => {
    expect(() => problems(`<element name="doc" ${RNG}>\n<ref name="nowhere"/></element>`, '<doc/>')).toThrow(/outside any grammar/)
    expect(() => problems(`<grammar ${RNG}>\n<start><ref name="nowhere"/></start></grammar>`, '<doc/>')).toThrow(/never defined/)
  })
})
