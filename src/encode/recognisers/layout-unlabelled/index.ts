/** §1 layout B: Document Information without field labels; values filed by their form (rights boilerplate, dates, record id). */
import {INFO_LABELS, splitPage} from '../../page.js'
import type {PageRecogniser} from '../types.js'

export const recogniser: PageRecogniser = {
  name: 'layout-unlabelled',
  convention: 'layout B: Document Information values on their own lines, without labels',
  accepts: (source) => {
    const p = splitPage(source)
    return p.infoLine !== undefined && !p.labels.some((l) => (INFO_LABELS as readonly string[]).includes(l.text.trim())) && p.info.size > 0
  }
}
