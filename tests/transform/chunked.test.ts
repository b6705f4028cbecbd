// Bounded rendering of very large documents (src/transform/chunked.ts): the page rendered in runs is
// byte for byte the one-pass page, with the same messages at the same lines and columns. Chunking is
// forced with a threshold of 0 and runs of one top-level part, so that every cut the plan allows is made.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {TeiFile} from '../../src/core/file.js'
import {renderHtml} from '../../src/transform/html.js'
import {renderText} from '../../src/transform/text.js'
import {planChunks} from '../../src/transform/chunk-plan.js'
import {shared} from '../support/shared.js'

const forced = {threshold: 0, size: 1}

/** Both editions (the text one in both profiles), once in one pass and once in runs. */
function compare(path: string, xml: string): void {
  const renders = [
    ['html', (f: TeiFile, chunking?: typeof forced) => renderHtml(f, {textHref: 'd.txt', teiHref: 'd.xml', ...(chunking ? {chunking} : {})})],
    ['text', (f: TeiFile, chunking?: typeof forced) => renderText(f, chunking ? {chunking} : {})],
    ['text', (f: TeiFile, chunking?: typeof forced) => renderText(f, {profile: 'diplomatic', ...(chunking ? {chunking} : {})})]
  ] as const
  for (const [kind, render] of renders) {
    const whole = new TeiFile(path, xml)
    render(whole)
    const chunked = new TeiFile(path, xml)
    render(chunked, forced)
    expect(whole.outputs[kind], `${path} ${kind}`).toBeDefined()
    expect(chunked.outputs[kind], `${path} ${kind}`).toBe(whole.outputs[kind])
    const list = (f: TeiFile) => f.messages.map((m) => `${m.ruleId} ${m.place?.start.line}:${m.place?.start.column}-${m.place?.end?.line}:${m.place?.end?.column} ${m.xpath ?? ''} ${m.reason}`).sort()
    expect(list(chunked), `${path} ${kind} messages`).toEqual(list(whole))
  }
}

/** A document with every kind of running number: notes of both kinds, corrections, apparatus, names in registers, margin notes, pointers. */
function sample(): string {
  const divisions: string[] = []
  for (let d = 1; d <= 6; d++) {
    divisions.push(`<div${d === 2 ? ' xml:id="second"' : ''}><head>Part ${d}</head>
      <p>The <persName ref="#p1">delegate</persName> and <orgName ref="#o1 #o2">the committee</orgName> met<note place="foot" n="${d}">Minutes, file ${d}.</note>
      <note resp="#ed" type="editorial">Checked against the carbon copy.</note>; <choice><sic>teh</sic><corr resp="#ed">the</corr></choice> vote
      <app><lem wit="#A">was</lem><rdg wit="#B">is</rdg></app> postponed.<note place="margin-left">Later hand.</note></p>
      <p>See <ptr target="#second"/> and <ref target="#q${d}">this</ref><note>An unnumbered note.</note>.</p>
      ${d === 4 ? '<p>An <oddity>unknown element</oddity> and a <ref target="javascript:alert(1)">bad link</ref>.</p>' : ''}
      <div><head>Sub ${d}</head><p xml:id="q${d}">Inner <placeName ref="#pl1">Geneva</placeName>.</p></div>
    </div>`)
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title>Sample</title></titleStmt><publicationStmt><p>p</p></publicationStmt>
    <sourceDesc><p>A <ref target="#q3">pointer from the header</ref>.</p></sourceDesc></fileDesc></teiHeader>
  <standOff><listPerson><person xml:id="p1"><persName>A. Delegate</persName></person><person xml:id="p9"><persName>Nobody</persName></person></listPerson>
    <listOrg><org xml:id="o1"><orgName>Committee</orgName></org><org xml:id="o2"><orgName>Board</orgName></org></listOrg>
    <listPlace><place xml:id="pl1"><placeName>Geneva</placeName></place></listPlace></standOff>
  <text><front><p>A preface<note>with a note</note>.</p></front>
  <body>
    ${divisions.join('\n    ')}
  </body>
  <back><p>Appendix <persName ref="#p1">him</persName><note resp="#ed" type="editorial">Last.</note>.</p></back></text>
</TEI>
`
}

describe('chunked rendering', () => {
  it('plans several runs for the sample and cuts only between paragraphs and divisions', () => {
    const plan = planChunks(sample(), 1)
    expect(typeof plan).toBe('object')
    if (typeof plan === 'string') return
    expect(plan.runs.length).toBe(8)
    expect(plan.runs.map((r) => r.map((u) => u.region).join('+'))).toEqual(['front', 'body', 'body', 'body', 'body', 'body', 'body', 'back'])
  })

  it('gives the one-pass page, notes, apparatus, registers and messages for the sample', () => {
    compare('sample.xml', sample())
  })

  it('places messages of later runs at their lines and columns in the file', () => {
    const file = new TeiFile('sample.xml', sample())
    renderHtml(file, {chunking: forced})
    const unsafe = file.messages.find((m) => m.ruleId === 'unsafe-pointer')
    const line = sample().split('\n').findIndex((l) => l.includes('javascript:')) + 1
    expect(unsafe?.place?.start.line).toBe(line)
    expect(unsafe?.place?.start.column).toBe(sample().split('\n')[line - 1]!.indexOf('<ref target="javascript') + 1)
  })

  it('renders in one pass what it cannot cut (one division) and below the threshold', () => {
    const xml = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt></fileDesc></teiHeader><text><body><div><p>a</p><p>b</p></div></body></text></TEI>'
    expect(planChunks(xml, 1)).toBe('the text has no places to cut it')
    compare('one.xml', xml)
  })

  it('gives the one-pass page for the fixtures', () => {
    const root = join(import.meta.dirname, '..', 'fixtures', 'transform')
    for (const group of ['cases', 'html', 'text']) {
      for (const name of readdirSync(join(root, group))) {
        const path = join(root, group, name, 'input.xml')
        if (existsSync(path)) compare(path, readFileSync(path, 'utf8'))
      }
    }
  })
})

const conformance = shared('conformance', 'tei-real', 'files')
describe.runIf(conformance)('chunked rendering of the shared conformance files', () => {
  it('gives the one-pass pages for every file that can be cut', () => {
    const files = readdirSync(conformance as string).filter((f) => f.endsWith('.xml')).sort()
    let cut = 0
    for (const name of files) {
      const xml = readFileSync(join(conformance as string, name), 'utf8')
      if (xml.length > 600_000) continue
      if (typeof planChunks(xml, 1) === 'string') continue
      cut++
      compare(name, xml)
    }
    expect(cut).toBeGreaterThanOrEqual(10)
  }, 600_000)
})
