/** §1 a title line that repeats a related document above the real one: the page title is the line before the sponsor line. */
import {splitPage} from '../../page.js'
import type {PageRecogniser} from '../types.js'

export const recogniser: PageRecogniser = {
  name: 'related-title',
  convention: 'a related document\'s title above the real one → the page title is the line before the sponsor line',
  accepts: (source) => {
    const p = splitPage(source)
    return p.sponsor !== undefined && p.title !== undefined && p.dateLine !== undefined && p.title.line - p.dateLine.line > 2 && p.labels.some((l) => l.line > (p.dateLine?.line ?? 0) && l.line < (p.title?.line ?? 0))
  }
}
