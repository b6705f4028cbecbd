/** §2 "[page break]", "[p. 2]", "[page 3]" → pb (with @n when a number is printed); the words are accounted. */
import {el} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

const PAGE = /^(?:page break|new page|end of page(?: \d+)?|p\. ?(\d+)|page (\d+)|(\d+) page)$/i

export const recogniser: BracketRecogniser = {
  name: 'page-break',
  convention: '"[page break]", "[p. 2]" → pb with @n when printed',
  accepts: (s) => PAGE.test(s.inner.trim()),
  render: (b, ctx) => {
    const m = PAGE.exec(b.inner.trim())
    ctx.accounted.push(b.inner.trim())
    return el('pb', {n: m?.[1] ?? m?.[2] ?? m?.[3], resp: '#tr'})
  }
}
