/** §1 layout A: "Skip to content", date line, title, sponsor line, body, summary, "Document Information" with labels and values. */
import {splitPage} from '../../page.js'
import type {PageRecogniser} from '../types.js'

export const recogniser: PageRecogniser = {
  name: 'layout-labelled',
  convention: 'layout A: the full page frame, Document Information with labels and values',
  accepts: (source) => {
    const p = splitPage(source)
    return p.layout === 'archive' && p.missing.length === 0 && p.labels.some((l) => l.text.trim() === 'Source' || l.text.trim() === 'Record ID')
  }
}
