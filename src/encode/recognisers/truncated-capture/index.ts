/** §1 truncated capture: the text stops mid-sentence or inside an open "[" → never fatal; encode-truncated and gap reason="truncated-capture". */
import {groupByBrackets} from '../../brackets.js'
import {splitPage} from '../../page.js'
import type {PageRecogniser} from '../types.js'

export const recogniser: PageRecogniser = {
  name: 'truncated-capture',
  convention: 'a capture that stops mid-sentence or inside an open bracket → encode-truncated, gap at the end of the body',
  accepts: (source) => {
    const p = splitPage(source)
    return p.truncated || (p.missing.includes('Document Information') && groupByBrackets(p.body).problems.length > 0)
  }
}
