/**
 * §2 "[text missing]", "[page missing]", "[rest of page cut off]" → gap reason="lost" with desc; a numbered page or
 * pages ("[Page 3 missing]", "[pages 4–5 are missing]") also give the extent as quantity and unit="pages" (TEI §11.4).
 */
import {el, esc, open} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

/** "Page 3 missing", "pages 4-5 missing", "pages 4 and 5 are missing": the page numbers. */
const PAGES = /^(?:the )?pages? (\d+)(?:\s*(?:[-–—]|to|and)\s*(\d+))? (?:is |are )?(?:missing|lost|not (?:preserved|available))$/i

const LOST = /^(?:(?:the )?(?:text|page|pages|word|words|line|lines|end|rest|remainder|part)(?: of (?:the )?(?:page|text|document|line))? (?:is |are )?(?:missing|lost|cut off|torn(?: off)?|not (?:preserved|available))|missing (?:text|page|pages|words?|lines?)|cut off|torn)$/i

export const recogniser: BracketRecogniser = {
  name: 'lost',
  convention: '"[text missing]", "[page missing]", "[rest of page cut off]" → gap reason="lost" with desc',
  accepts: (s) => LOST.test(s.inner.trim()) || PAGES.test(s.inner.trim()),
  render: (b) => {
    const m = PAGES.exec(b.inner.trim())
    const first = Number(m?.[1])
    const last = m?.[2] ? Number(m[2]) : first
    const quantity = m && last >= first ? String(last - first + 1) : undefined
    return `${open('gap', {reason: 'lost', quantity, unit: quantity ? 'pages' : undefined, resp: '#tr'})}${el('desc', {}, esc(b.inner.trim()))}</gap>`
  }
}
