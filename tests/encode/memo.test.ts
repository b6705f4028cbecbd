import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {packagePath} from '../../src/core/paths.js'
import {all, byName, encodePath, parseTree, text, within, type El} from './helpers.js'

const sourcePath = 'sources/wilson/134242.txt'
const file = encodePath(packagePath(sourcePath))
const tei = file.tei ?? ''
const root = parseTree(tei)
const body = byName(root, 'text')[0] as El
const ids = new Map(all(root, (e) => e.attrs['xml:id'] !== undefined).map((e) => [e.attrs['xml:id'] as string, e]))
const one = (name: string, attrs: Record<string, string> = {}, scope: El = root): El => {
  const found = byName(scope, name, attrs)
  expect(found.length, `${name} ${JSON.stringify(attrs)}`).toBeGreaterThan(0)
  return found[0] as El
}

describe('the memo (record 134242)', () => {
  it('encodes without errors and reproduces the reviewed tei/134242.xml byte for byte', () => {
    expect(file.messages.filter((m) => m.severity === 'error')).toEqual([])
    expect(tei).toBe(readFileSync(packagePath('tei/134242.xml'), 'utf8'))
    expect(encodePath(packagePath(sourcePath)).tei).toBe(tei)
  })

  it('starts with the XML declaration and the two xml-model processing instructions', () => {
    const lines = tei.split('\n')
    expect(lines[0]).toBe('<?xml version="1.0" encoding="UTF-8"?>')
    expect(lines[1]).toContain('href="../schemas/teipipe.rng"')
    expect(lines[2]).toContain('href="../schemas/teipipe.sch"')
  })

  it('has the header the encoding guide asks for', () => {
    const titleStmt = one('titleStmt')
    // tr and ed as the guide asks; teipipe for the names the encoder identified beyond the reviewed registers.
    expect(byName(titleStmt, 'respStmt').map((r) => r.attrs['xml:id'])).toEqual(['tr', 'ed', 'teipipe'])
    expect(text(one('respStmt', {'xml:id': 'tr'}))).toContain('Gary Goldberg')
    const bibl = one('bibl', {'xml:id': 'src-wcda'})
    expect(text(one('title', {level: 'a'}, bibl))).toMatch(/^Soviet Embassy in North Korea/)
    expect(text(one('idno', {type: 'WCDA-record'}, bibl))).toBe('134242')
    expect(one('date', {type: 'uploaded'}, bibl).attrs.when).toBe('2016-07-12')
    expect(byName(bibl, 'funder').map(text)).toEqual(['Kyungnam University', 'Institute for Korean Studies, Ohio State University'])
    expect(byName(one('availability', {}, bibl), 'licence')).toHaveLength(2)
    expect(byName(bibl, 'email').length).toBe(1)
    const ms = one('msDesc')
    expect(text(one('repository', {}, ms))).toBe('RGANI')
    expect(byName(ms, 'idno').map((i) => `${i.attrs.type}=${text(i)}`)).toEqual(['fond=5', 'opis=61', 'delo=462'])
    expect(one('locus', {}, ms).attrs).toMatchObject({from: '79', to: '94'})
    expect(one('textLang', {}, ms).attrs.mainLang).toBe('ru')
    for (const name of ['editorialDecl', 'tagsDecl', 'classDecl', 'abstract', 'creation', 'langUsage', 'textClass', 'revisionDesc']) one(name)
    expect(byName(one('correspDesc'), 'correspAction').map((a) => a.attrs.type)).toEqual(['sent', 'received'])
    expect(byName(one('correspAction', {type: 'received'}), 'date')[0]?.attrs.when).toBe('1969-06-12')
  })

  it('keeps names in standOff registers and points at them with @ref', () => {
    const standOff = one('standOff')
    for (const list of ['listPerson', 'listOrg', 'listPlace', 'listBibl']) one(list, {}, standOff)
    const refs = all(body, (e) => e.attrs.ref !== undefined)
    expect(refs.length).toBeGreaterThan(100)
    for (const r of refs) expect(within(ids.get((r.attrs.ref ?? '').slice(1)) as El, 'standOff'), r.attrs.ref).toBe(true)
    const kuznetsov = byName(body, 'persName', {ref: '#pers-kuznetsov'})
    expect(kuznetsov.map(text)).toEqual(['V. V. Kuznetsov'])
  })

  it('has the opener, heads, sections and paragraph ids', () => {
    const opener = one('opener')
    expect(text(one('seg', {type: 'classification'}, opener))).toBe('Secret')
    expect(one('num', {value: '2'}, one('seg', {type: 'copy'}, opener))).toBeDefined()
    const stamp = one('stamp', {type: 'registration'}, opener)
    expect(text(one('mentioned', {}, stamp))).toBe('1937312 June 1969Korea')
    expect(one('orgName', {ref: '#org-embassy'}, one('seg', {type: 'letterhead'}, opener))).toBeDefined()
    const date = one('date', {}, one('dateline', {}, opener))
    expect(date.attrs.when).toBe('1969-06-09')
    expect(text(one('sic', {}, date))).toBe('9 Junes 1969')
    expect(text(one('idno', {type: 'outgoing'}, opener))).toBe('165')
    expect(text(one('head', {type: 'main'}))).toMatch(/^CONCERNING CHANGES/)
    expect(text(one('head', {type: 'genre'}))).toBe('(Memo)')
    const sections = byName(body, 'div', {type: 'section'})
    expect(sections.map((s) => s.attrs.n ?? s.attrs.subtype)).toEqual(['1', '2', '3', '4', '5', 'unnumbered'])
    expect(text(one('head', {type: 'separator'}))).toBe('x x x')
    const ps = byName(body, 'p')
    expect(ps.length).toBeGreaterThan(40)
    for (const p of ps) expect(p.attrs['xml:id']).toMatch(/^p-\d+-\d+$/)
  })

  it('encodes citations, dates, insertions and corrections', () => {
    const cits = byName(body, 'cit')
    expect(cits.length).toBeGreaterThanOrEqual(6)
    for (const c of cits) expect(byName(c, 'quote').length + byName(c, 'bibl').length).toBe(2)
    const typo = byName(body, 'date', {when: '1964-08-31'})[0] as El
    expect(typo.attrs).toMatchObject({cert: 'medium', ana: '#date-typo-content'})
    expect(text(one('sic', {}, typo))).toBe('31 August 1968')
    for (const d of byName(body, 'date')) expect(['when', 'from', 'notAfter', 'notBefore'].some((a) => d.attrs[a]), text(d)).toBe(true)
    const supplied = byName(body, 'supplied')
    expect(supplied.map(text)).toEqual(expect.arrayContaining(['who is', 'is', 'or', 'ties', 'their', 'one', 'it', 'interference', '“']))
    for (const s of supplied) expect(s.attrs.resp).toBe('#tr')
    const corrs = byName(body, 'corr')
    expect(corrs.length).toBeGreaterThanOrEqual(9)
    for (const c of corrs) expect(c.attrs.resp).toBe('#ed')
    for (const sic of byName(body, 'sic')) expect(sic.parent?.name).toBe('choice')
  })

  it('has 17 translator\'s notes whose targets carry metamarks', () => {
    const notes = byName(body, 'note', {type: 'translator'}).filter((n) => /^tn-/.test(n.attrs['xml:id'] ?? ''))
    expect(notes.map((n) => n.attrs['xml:id'])).toEqual(Array.from({length: 17}, (_, i) => `tn-${String(i + 1).padStart(2, '0')}`))
    const metamarks = byName(body, 'metamark')
    for (const n of notes) {
      expect(n.attrs.target, n.attrs['xml:id']).toBeDefined()
      for (const t of (n.attrs.target ?? '').split(' ')) {
        expect(['seg', 'p', 'quote']).toContain(ids.get(t.slice(1))?.name)
        expect(metamarks.some((m) => m.attrs.target === t), t).toBe(true)
      }
    }
    const rends = new Set(metamarks.map((m) => m.attrs.rend ?? text(m)))
    for (const r of ['line-single', 'line-double', '?', '!']) expect(rends).toContain(r)
    expect(byName(body, 'seg', {type: 'marked'}).length).toBeGreaterThanOrEqual(10)
  })

  it('describes the first page\'s stamp and signatures, the closer and the distribution list', () => {
    const review = one('stamp', {type: 'review'})
    one('mentioned', {}, review)
    expect(text(one('desc', {}, one('gap', {reason: 'illegible'})))).toBe('some illegible handwritten signatures')
    one('pb', {n: '2'})
    const signed = byName(one('closer'), 'signed')
    expect(signed).toHaveLength(2)
    for (const s of signed) {
      one('roleName', {}, s)
      expect(one('persName', {}, s).attrs.ref).toMatch(/^#pers-/)
      one('gap', {reason: 'signature'}, s)
    }
    const dispatch = one('div', {type: 'dispatch'})
    expect(text(one('head', {}, dispatch))).toBe('Six copies printed – gp')
    expect(byName(dispatch, 'label').map(text)).toEqual(['1', '2', '3', '4', '5', '6'])
    expect(byName(dispatch, 'item')).toHaveLength(6)
    const dateline = one('dateline', {}, dispatch)
    expect(one('date', {}, dateline).attrs.when).toBe('1969-06-09')
    expect(text(one('idno', {type: 'registration'}, dateline))).toBe('Nº 340')
  })

  it('leaves no brackets, note labels or page chrome in the text', () => {
    const t = text(body)
    expect(t).not.toMatch(/[[\]]/)
    expect(t).not.toMatch(/Translator’s note|Skip to content|Document Information|Original Uploaded Date/)
  })
})
