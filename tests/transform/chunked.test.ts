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

/** Both editions (the text one in both profiles), once in one pass and once in runs of `size` characters. */
function compare(path: string, xml: string, size = 1, profiles: readonly ('reading' | 'diplomatic')[] = ['reading', 'diplomatic']): void {
  const chunking = {threshold: 0, size}
  const renders: [('html' | 'text'), (f: TeiFile, chunked: boolean) => void][] = [
    ['html', (f, chunked) => renderHtml(f, {textHref: 'd.txt', teiHref: 'd.xml', ...(chunked ? {chunking} : {})})],
    ...profiles.map((profile) => ['text', (f: TeiFile, chunked: boolean) => renderText(f, {profile, ...(chunked ? {chunking} : {})})] as [('html' | 'text'), (f: TeiFile, chunked: boolean) => void])
  ]
  for (const [kind, render] of renders) {
    const whole = new TeiFile(path, xml)
    render(whole, false)
    const chunked = new TeiFile(path, xml)
    render(chunked, true)
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
    // Runs of one part: every division is opened, and runs break only before paragraphs and divisions.
    expect(plan.runs.length).toBeGreaterThan(8)
    expect(plan.runs[0]?.[0]?.region).toBe('front')
    expect(plan.runs.at(-1)?.at(-1)?.region).toBe('back')
    // (a heading may start a run only after the front: it is then the first child of its division)
    plan.runs.forEach((run, i) => { if (i > 0 && plan.runs[i - 1]?.at(-1)?.region !== 'front') expect(run[0]?.span.local).not.toBe('head') })
    const whole = planChunks(sample(), 1500)
    expect(typeof whole === 'object' && whole.opened.size).toBe(0)
  })

  it('gives the one-pass page, notes, apparatus, registers and messages for the sample', () => {
    const plan = planChunks(sample(), 300)
    expect(typeof plan === 'object' && plan.runs.length).toBe(7)
    compare('sample.xml', sample(), 300)
  })

  it('places messages of later runs at their lines and columns in the file', () => {
    const file = new TeiFile('sample.xml', sample())
    renderHtml(file, {chunking: {threshold: 0, size: 1}})
    const unsafe = file.messages.find((m) => m.ruleId === 'unsafe-pointer')
    const line = sample().split('\n').findIndex((l) => l.includes('javascript:')) + 1
    expect(unsafe?.place?.start.line).toBe(line)
    expect(unsafe?.place?.start.column).toBe(sample().split('\n')[line - 1]!.indexOf('<ref target="javascript') + 1)
  })

  it('renders in one pass what it cannot cut (one paragraph, a division with text of its own)', () => {
    const xml = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt></fileDesc></teiHeader><text><body><div>loose text<p>a</p><p>b</p></div></body></text></TEI>'
    expect(planChunks(xml, 1)).toBe('the text has no places to cut it')
    compare('one.xml', xml)
  })

  it('opens a division larger than a run and cuts between its paragraphs', () => {
    const xml = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt></fileDesc></teiHeader><text><body><p>before</p><div><head>H</head><p>a<note>n1</note></p><div><p>deep</p><p>deeper<note>n2</note></p></div><p>b</p></div><p>after</p></body></text></TEI>'
    const plan = planChunks(xml, 1)
    expect(typeof plan === 'object' && plan.runs.map((r) => r.map((u) => u.region).join('+'))).toEqual(['body.0+c1.0+c1.0', 'c2.0', 'c2.0', 'c1.1', 'body.1'])
    compare('nested.xml', xml)
  })

  it('gives the one-pass page for the memo (marginal marks, notes, registers), opening its one division', () => {
    const path = join(import.meta.dirname, '..', '..', 'tei', '134242.xml')
    const xml = readFileSync(path, 'utf8')
    const plan = planChunks(xml, 1)
    expect(typeof plan === 'object' && plan.runs.length).toBeGreaterThan(10)
    compare(path, xml, 3000)
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
      // Runs of a quarter of the document: a few cuts each, and every kind of cut over the 26 files.
      const size = Math.ceil(xml.length / 4)
      if (xml.length > 150_000 || typeof planChunks(xml, size) === 'string') continue
      cut++
      compare(name, xml, size, ['reading'])
    }
    expect(cut).toBeGreaterThanOrEqual(8)
  }, 600_000)
})
