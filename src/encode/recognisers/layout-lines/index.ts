/** §1 layout C: one line per paragraph (single newlines), no "Skip to content", labels without values; frame lines found by content. */
import {splitPage} from '../../page.js'
import type {PageRecogniser} from '../types.js'

export const recogniser: PageRecogniser = {
  name: 'layout-lines',
  convention: 'layout C: single newlines, no "Skip to content"; the frame is found by content, not position',
  accepts: (source) => {
    const p = splitPage(source)
    return p.layout === 'archive' && p.chrome === undefined && !/\n[\s\u00a0]*\n/.test(source.trim())
  }
}
