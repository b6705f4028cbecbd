/** §2 "[page break]", "[p. 2]", "[page 3]", "[Page 2 of 3]" → pb (with @n when a number is printed); the words are accounted. */
import {el} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

/** "[page break]", "[p. 2]", "[Page 2 of 3]", "[pp. 2-3]", "[end of page 1]", "[page 2 missing]" is not one (lost). */
const PAGE = /^(?:page break|page-break|pagebreak|new page|end of page(?: \d+)?|p\. ?(\d+)|page (\d+)(?: of \d+)?|(\d+) page|pg\. ?(\d+)|(?:start|beginning|top) of page (\d+))$/i

export const recogniser: BracketRecogniser = {
  name: 'page-break',
  convention: '"[page break]", "[p. 2]" → pb with @n when printed',
  accepts: (s) => PAGE.test(s.inner.trim()),
  render: (b, ctx) => {
    const m = PAGE.exec(b.inner.trim())
    ctx.accounted.push(b.inner.trim())
    return el('pb', {n: m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4] ?? m?.[5], resp: '#tr'})
  }
}
