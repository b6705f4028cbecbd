import {describe, expect, it} from 'vitest'
import {mainOf, memoPath, read, render} from './helpers.js'

const path = memoPath()

// The memo (or, before it is encoded, the encoding skeleton with the same features) from ../shared.
describe.runIf(path !== undefined)('HTML edition of the memo', () => {
  const {html, file} = render(read(path ?? ''), {textHref: '134242.txt', teiHref: '134242.xml'})

  it('renders without errors, as one self-contained page', () => {
    expect(file.messages.filter((m) => m.severity === 'error')).toEqual([])
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true)
    expect(html).not.toMatch(/<script|<link |<img |\bsrc=|url\(|@import/i)
    expect(html).toContain('<main id="main">')
    for (const landmark of ['<header', '<nav', '<aside', '<footer']) expect(html).toContain(landmark)
  })

  it('shows the metadata panel with the archival citation rebuilt', () => {
    expect(html).toContain('RGANI, fond 5, opis 61, delo 462, listy 79–94')
    // The Source field states both credits ("Obtained by Sergey Radchenko and translated by Gary
    // Goldberg."): no "Translated by" or "Obtained by" field repeats them; each name once in the fields.
    const fields = [...html.matchAll(/<dl class="fields">([\s\S]*?)<\/dl>/g)].map((m) => m[1]).join('\n')
    expect(fields).toMatch(/<dt>Source<\/dt><dd>[^<]*Obtained by Sergey Radchenko and translated by Gary Goldberg\.<\/dd>/)
    expect(fields).not.toMatch(/<dt>(Translated|Obtained) by<\/dt>/)
    for (const name of ['Gary Goldberg', 'Sergey Radchenko']) expect(fields.split(name).length - 1, name).toBe(1)
    expect(html).toMatch(/<dt>Classification<\/dt><dd>Secret<\/dd>/)
    expect(html).toMatch(/<dt>Record ID<\/dt><dd>134242<\/dd>/)
  })

  it('draws the opener: right-aligned classification, stamp box with the translator’s words in brackets', () => {
    expect(html).toMatch(/class="seg type-classification align-right"[^>]*>Secret</)
    const stamp = /<span class="stamp type-registration stamp-box"[^>]*>([\s\S]*?)<\/span><\/span>(?=<div|<br)/.exec(html)?.[1] ?? ''
    expect(stamp).toMatch(/^<span class="bracket" aria-hidden="true">\[<\/span><span class="tr-desc">/)
    expect(stamp.replace(/<[^>]+>/g, '')).toMatch(/^\[CPSU CC stamp: 19373\s*12 June 1969\s*Korea\]?$/)
    expect(stamp).toMatch(/<span class="stamp-text"><span class="mentioned"><span class="idno type-incoming">19373<\/span><br class="lb">/)
  })

  it('puts marginal marks in the gutter as links to the passages they mark', () => {
    const marks = [...html.matchAll(/<a href="#([^"]+)" class="mark mark-(\w+)(?: mark-line)?( uncertain)?"/g)]
    expect(marks.length).toBeGreaterThanOrEqual(4)
    for (const [, id] of marks) expect(html).toContain(`id="${id}"`)
    expect(marks.some((m) => m[2] === 'double')).toBe(true)
    expect(marks.some((m) => m[2] === 'single')).toBe(true)
    expect(marks.some((m) => m[3] === ' uncertain')).toBe(true)
    expect(html).toContain('class="legend"')
  })

  it('keeps translator’s notes inline with the regenerated label, and numbers editorial notes', () => {
    expect(html).toContain('<span class="note-label">Translator’s note: </span>')
    const refs = [...html.matchAll(/<a id="fnref-(\d+)" href="#fn-\1"/g)].map((m) => Number(m[1]))
    expect(refs.length).toBeGreaterThan(0)
    expect(refs).toEqual(refs.map((_, i) => i + 1))
    for (const n of refs) expect(html).toContain(`<li id="fn-${n}" value="${n}">`)
    expect(html).toContain('Source reads “9 Junes 1969”.')
  })

  it('brackets supplied words and describes gaps', () => {
    expect(html).toMatch(/class="supplied[^"]*"[^>]*><span class="bracket" aria-hidden="true">\[<\/span>who is<span class="bracket" aria-hidden="true">]<\/span>/)
    expect(html).toContain('[signature]')
  })

  it('links names to registers that link back to every occurrence', () => {
    expect(html).toMatch(/<a href="#pers-mao"[^>]*id="occ-\d+"|<a href="#pers-mao" id="occ-\d+"/)
    const entry = /<li id="pers-mao" class="entry">([\s\S]*?)<\/li>/.exec(html)?.[1] ?? ''
    const back = [...entry.matchAll(/href="#(occ-\d+)"/g)].map((m) => m[1])
    expect(back.length).toBeGreaterThanOrEqual(2)
    for (const id of back) expect(html).toContain(`id="${id}"`)
    // The back-links follow '— occurs:' after one space (not the stylesheet's indentation).
    expect(entry).toMatch(/ — occurs: <a href="#occ-\d+">/)
  })

  it('gives a linked name a title only when the register label says more than the name', () => {
    // "KWP" is expanded in its tooltip; "Mao Zedong" is the whole label, which the link already reads.
    expect(html).toMatch(/<a href="#org-kwp" id="occ-\d+" title="Workers' Party of Korea"><abbr>KWP<\/abbr><\/a>/)
    expect(html).toMatch(/<a href="#pers-mao" id="occ-\d+">Mao Zedong<\/a>/)
    expect(html).not.toMatch(/<a href="#pers-mao"[^>]* title=/)
  })

  it('shows the closer, the distribution list, the summary and the document information', () => {
    expect((html.match(/class="signed"/g) ?? []).length).toBe(2)
    expect(html).toMatch(/<span class="label">1<\/span> – to <span class="choice"><abbr title="Comrade">Cde\.<\/abbr><\/span>/)
    expect(html).toContain('Nº 340')
    expect(html).toContain('<h3 id="abstract-heading">Archive summary</h3>')
    expect(html).toContain('<h2 id="docinfo-heading">Document Information</h2>')
    expect(html).toContain('<a href="134242.xml">TEI XML source</a>')
    expect(html).toContain('<a href="134242.txt">plain-text edition</a>')
  })

  it('gives every paragraph an anchor and a permalink, and every internal link a target', () => {
    const paragraphs = [...mainOf(html).matchAll(/<p class="p para[^"]*" id="([^"]+)"/g)].map((m) => m[1])
    expect(paragraphs.length).toBeGreaterThan(3)
    for (const id of paragraphs) expect(html).toContain(`<a class="permalink" href="#${id}"`)
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]))
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids.has(target)).toBe(true)
  })

  it('is deterministic', () => {
    expect(render(read(path ?? ''), {textHref: '134242.txt', teiHref: '134242.xml'}).html).toBe(html)
  })
})
