/** JUnit, GitHub and SARIF reporters: exact output for a fixed set of messages. */
import {describe, expect, it} from 'vitest'
import {createMessage} from '../../src/core/message.js'
import {escapeData, escapeProperty, reportGithub} from '../../src/report/github.js'
import {reportJunit} from '../../src/report/junit.js'
import {reportSarif} from '../../src/report/sarif.js'
import type {ReportedFile} from '../../src/report/types.js'
import '../../src/validate/rules.js'
import '../../src/parse/rules.js'

const files: ReportedFile[] = [
  {
    path: 'tei/b.xml',
    messages: [
      createMessage('Name without @ref: "Kim, 100%"\nsecond line', {ruleId: 'name-has-ref', source: 'schematron', file: 'tei/b.xml', severity: 'warning', place: {start: {line: 9, column: 3}, end: {line: 9, column: 20}}, xpath: '/Q{http://www.tei-c.org/ns/1.0}TEI[1]/@x'}),
      createMessage('<foo> is not allowed inside <p>.', {ruleId: 'element-not-allowed', source: 'relaxng', file: 'tei/b.xml', severity: 'error', place: {start: {line: 4, column: 12}, end: {line: 4, column: 17}}}),
      createMessage('Division number 5 is above 3.', {ruleId: 'div-n-large', source: 'schematron', file: 'tei/b.xml', severity: 'info', place: {start: {line: 12, column: 7}}})
    ]
  },
  {path: 'tei/a.xml', messages: []},
  {path: 'tei/c.xml', messages: [createMessage('The file is empty; a TEI document needs at least a <TEI> root element.', {ruleId: 'not-well-formed', source: 'xml', file: 'tei/c.xml', severity: 'error', fatal: true})]}
]

describe('github reporter', () => {
  it('writes one annotation per message, sorted, escaped, info as notice', () => {
    expect(reportGithub(files)).toBe(
      [
        '::error file=tei/b.xml,line=4,col=12,endLine=4,endColumn=17,title=element-not-allowed::<foo> is not allowed inside <p>.',
        '::warning file=tei/b.xml,line=9,col=3,endLine=9,endColumn=20,title=name-has-ref::Name without @ref: "Kim, 100%25"%0Asecond line',
        '::notice file=tei/b.xml,line=12,col=7,title=div-n-large::Division number 5 is above 3.',
        '::error file=tei/c.xml,title=not-well-formed::The file is empty; a TEI document needs at least a <TEI> root element.',
        ''
      ].join('\n')
    )
  })

  it('quiet keeps errors only; no messages gives no output', () => {
    expect(reportGithub(files, {quiet: true}).split('\n').filter(Boolean)).toHaveLength(2)
    expect(reportGithub([{path: 'x.xml', messages: []}])).toBe('')
  })

  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('50%\r\nok')).toBe('50%25%0D%0Aok')
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25')
  })
})

describe('junit reporter', () => {
  it('writes a suite per file and a failure per error or warning', () => {
    expect(reportJunit(files)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="teipipe" tests="4" failures="3" errors="0">',
        '  <testsuite name="tei/a.xml" tests="1" failures="0" errors="0">',
        '    <testcase classname="tei/a.xml" name="tei/a.xml"/>',
        '  </testsuite>',
        '  <testsuite name="tei/b.xml" tests="2" failures="2" errors="0">',
        '    <testcase classname="tei/b.xml" name="4:12 element-not-allowed">',
        '      <failure type="element-not-allowed" message="&lt;foo&gt; is not allowed inside &lt;p&gt;.">tei/b.xml:4:12: error &lt;foo&gt; is not allowed inside &lt;p&gt;. [element-not-allowed]</failure>',
        '    </testcase>',
        '    <testcase classname="tei/b.xml" name="9:3 name-has-ref">',
        '      <failure type="name-has-ref" message="Name without @ref: &quot;Kim, 100%&quot;&#10;second line">tei/b.xml:9:3: warning Name without @ref: &quot;Kim, 100%&quot;&#10;second line [name-has-ref]</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="tei/c.xml" tests="1" failures="1" errors="0">',
        '    <testcase classname="tei/c.xml" name="not-well-formed">',
        '      <failure type="not-well-formed" message="The file is empty; a TEI document needs at least a &lt;TEI&gt; root element.">tei/c.xml: error The file is empty; a TEI document needs at least a &lt;TEI&gt; root element. [not-well-formed]</failure>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        ''
      ].join('\n')
    )
  })
})

describe('sarif reporter', () => {
  it('writes SARIF 2.1.0 with the rules that fired, results and locations', () => {
    const log = JSON.parse(reportSarif(files))
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    const run = log.runs[0]
    expect(run.tool.driver.name).toBe('teipipe')
    const docs = 'https://github.com/teipipe/teipipe/blob/main/src/validate/README.md'
    expect(run.tool.driver.rules).toEqual([
      {id: 'div-n-large', shortDescription: {text: 'Schematron rule div-n-large.'}, fullDescription: {text: 'Schematron rule div-n-large (from the Schematron schema): Division number 5 is above 3.'}, helpUri: `${docs}#schematron-rules`},
      {id: 'element-not-allowed', shortDescription: {text: 'An element appears where the schema does not allow it.'}, fullDescription: {text: 'An element appears where the schema does not allow it.'}, helpUri: `${docs}#element-not-allowed`, defaultConfiguration: {level: 'error'}},
      {id: 'name-has-ref', shortDescription: {text: 'Schematron rule name-has-ref.'}, fullDescription: {text: 'Schematron rule name-has-ref (from the Schematron schema): Name without @ref: "Kim, 100%"\nsecond line'}, helpUri: `${docs}#schematron-rules`},
      {id: 'not-well-formed', shortDescription: {text: 'The file is not well-formed XML (or is empty), so nothing else can be checked.'}, fullDescription: {text: 'The file is not well-formed XML (or is empty), so nothing else can be checked.'}, helpUri: `${docs}#not-well-formed`, defaultConfiguration: {level: 'error'}}
    ])
    // Every rule has a help page and a full description (code-scanning dashboards show them).
    for (const rule of run.tool.driver.rules) expect(rule.helpUri).toMatch(/^https:\/\//)
    expect(run.results).toEqual([
      {ruleId: 'element-not-allowed', ruleIndex: 1, level: 'error', message: {text: '<foo> is not allowed inside <p>.'}, locations: [{physicalLocation: {artifactLocation: {uri: 'tei/b.xml'}, region: {startLine: 4, startColumn: 12, endLine: 4, endColumn: 17}}}]},
      {
        ruleId: 'name-has-ref',
        ruleIndex: 2,
        level: 'warning',
        message: {text: 'Name without @ref: "Kim, 100%"\nsecond line'},
        locations: [{physicalLocation: {artifactLocation: {uri: 'tei/b.xml'}, region: {startLine: 9, startColumn: 3, endLine: 9, endColumn: 20}}, logicalLocations: [{fullyQualifiedName: '/Q{http://www.tei-c.org/ns/1.0}TEI[1]/@x', kind: 'element'}]}]
      },
      {ruleId: 'div-n-large', ruleIndex: 0, level: 'note', message: {text: 'Division number 5 is above 3.'}, locations: [{physicalLocation: {artifactLocation: {uri: 'tei/b.xml'}, region: {startLine: 12, startColumn: 7}}}]},
      {ruleId: 'not-well-formed', ruleIndex: 3, level: 'error', message: {text: 'The file is empty; a TEI document needs at least a <TEI> root element.'}, locations: [{physicalLocation: {artifactLocation: {uri: 'tei/c.xml'}}}]}
    ])
    expect(reportSarif(files)).toBe(reportSarif([...files].reverse()))
  })
})
