/** SARIF artifact URIs (SARIF 2.1.0 §3.4.3, RFC 3986): file names with colons, spaces, # and ? stay file names. */
import {describe, expect, it} from 'vitest'
import {createMessage} from '../../src/core/message.js'
import {artifactUri, reportSarif} from '../../src/report/sarif.js'
import '../../src/validate/rules.js'

describe('SARIF artifactLocation.uri', () => {
  const cases: [string, string][] = [
    ['tei/b.xml', 'tei/b.xml'],
    // A colon in the first segment would read as a scheme ("MS:"): RFC 3986 §4.2 puts "./" before it.
    ['MS:Bodl 771.xml', './MS:Bodl%20771.xml'],
    ['tei/MS:Bodl 771.xml', 'tei/MS:Bodl%20771.xml'],
    // "#" and "?" would start a fragment or a query, "%" an escape.
    ['tei/my doc #1?.xml', 'tei/my%20doc%20%231%3F.xml'],
    ['100%.xml', '100%25.xml'],
    ['tei\\école.xml', 'tei/%C3%A9cole.xml'],
    ['/srv/p q.xml', 'file:///srv/p%20q.xml'],
    ['C:\\data\\a.xml', 'file:///C:/data/a.xml']
  ]
  for (const [path, uri] of cases) it(`${path} → ${uri}`, () => expect(artifactUri(path)).toBe(uri))

  it('the log uses it, and the URI resolves back to the file name', () => {
    const log = JSON.parse(reportSarif([{path: 'MS:Bodl 771.xml', messages: [createMessage('x', {ruleId: 'element-not-allowed', source: 'relaxng', severity: 'error'})]}])) as {runs: {results: {locations: {physicalLocation: {artifactLocation: {uri: string}}}[]}[]}[]}
    const uri = log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri ?? ''
    expect(uri).toBe('./MS:Bodl%20771.xml')
    const resolved = new URL(uri, 'file:///project/')
    expect(resolved.protocol).toBe('file:')
    expect(decodeURIComponent(resolved.pathname)).toBe('/project/MS:Bodl 771.xml')
  })
})
