/**
 * §1 a title line that repeats a related document above the real one: the page title is the line before the sponsor
 * line; the lines above it (not the date line) are kept in the header as a related item's title, never in the body.
 */
import {splitPage} from '../../page.js'
import type {PageRecogniser} from '../types.js'

export const recogniser: PageRecogniser = {
  name: 'related-title',
  convention: 'a related document\'s title above the real one → the page title is the line before the sponsor line',
  accepts: (source) => {
    const p = splitPage(source)
    return p.sponsor !== undefined && p.title !== undefined && p.related.length > 0
  }
}
