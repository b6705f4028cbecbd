/** §1 PDF-link capture: no sponsor line and no Document Information; title (and summary when found) still go to the header, a warning names what is missing. */
import {splitPage} from '../../page.js'
import type {PageRecogniser} from '../types.js'

export const recogniser: PageRecogniser = {
  name: 'pdf-link-capture',
  convention: 'PDF-link capture: no sponsor line, no Document Information → TEI with encode-frame-incomplete',
  accepts: (source) => {
    const p = splitPage(source)
    return p.layout === 'archive' && p.sponsor === undefined && p.missing.includes('Document Information') && !p.truncated
  }
}
