import {describe, expect, it} from 'vitest'
import {TeiFile} from '../../../src/core/file.js'
import {encodeFile} from '../../../src/encode/index.js'

const page = (body: string, widget: string[]): string => {
  const f = new TeiFile('x.txt', ['Skip to content', 'May 14, 1950', 'A Test Page', body, 'Summary.', 'Associated People & Organizations', ...widget, 'Associated Places', 'Korea (North)', 'Document Information', 'Source', 'An archive.'].join('\n\n'))
  encodeFile(f, {})
  return f.tei ?? ''
}

describe('persons the archive\'s "Associated People & Organizations" widget names (archive-conventions.md §1)', () => {
  it('registers them in the order the body prints, with every printed form', () => {
    const tei = page('Comrade Kim Il Sung met Stalin in the Kremlin. Joseph Stalin agreed.', ['Kim, Il-sung, 1912-1994', 'Stalin, Joseph, 1878-1953', 'Korea (North). Chosŏn Nodongdang'])
    expect(tei).toContain('<person xml:id="pers-kim-il-sung" resp="#teipipe" cert="high"><persName>Kim Il-sung</persName></person>')
    expect(tei).toContain('Comrade <persName ref="#pers-kim-il-sung">Kim Il Sung</persName> met <persName ref="#pers-joseph-stalin">Stalin</persName>')
    expect(tei).toContain('<persName ref="#pers-joseph-stalin">Joseph Stalin</persName> agreed')
  })

  it('registers nobody the body does not print, and no common word as a surname', () => {
    const tei = page('The minister met Long and the delegation in the capital for a long talk.', ['Long, John', 'Molotov, Vyacheslav Mikhaylovich, 1890-1986'])
    expect(tei).not.toContain('pers-john-long')
    expect(tei).not.toMatch(/<person xml:id="pers-(?:john|vyacheslav|molotov)/)
    expect(tei.slice(tei.indexOf('<text>'))).not.toContain('<persName')
  })
})
