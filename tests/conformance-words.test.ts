// The measures of the renderer conformance test (conformance-words.ts) see what they claim to see.
import {describe, expect, it} from 'vitest'
import {coverage, htmlVisibleLetters, teiVisibleLetters} from './conformance-words.js'

describe('letters a reader sees', () => {
  it('takes of each choice the reading the HTML shows, and nothing outside <text>', () => {
    const tei = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Zz</title></titleStmt></fileDesc></teiHeader><text><body><p>ab <choice><sic>x</sic><corr>y</corr></choice> <choice><abbr>Cde</abbr><expan>Comrade</expan></choice> <choice><abbr>q</abbr><expan>q<ex>uod</ex></expan></choice></p></body></text></TEI>'
    expect(teiVisibleLetters(tei).join('')).toBe('abycdequod')
  })

  it('counts neither tooltips, hidden explanations, the header part nor the page around <main>', () => {
    const html = '<html><head><title>T</title><style>p{}</style></head><body><header>Title</header><main id="main"><p>ab <span title="source: x">y</span><span class="ed-sign">[?]<span class="ed-tip"> unclear</span></span></p><section class="document-information"><h2>Document Information</h2>zz</section></main><footer>foot</footer></body></html>'
    expect(htmlVisibleLetters(html).join('')).toBe('aby')
  })

  it('falls below 1 when the HTML drops a word of the text', () => {
    const tei = '<TEI><text><body><p>Red Book of Hergest</p><p>kept</p></body></text></TEI>'
    expect(coverage(teiVisibleLetters(tei), htmlVisibleLetters('<main><p>kept</p></main>'))).toBeLessThan(0.5)
    expect(coverage(teiVisibleLetters(tei), htmlVisibleLetters('<main><p>Red Book of Hergest</p><p>kept</p></main>'))).toBe(1)
  })
})
