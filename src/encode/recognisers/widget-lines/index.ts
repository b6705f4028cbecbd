/** §1 widget lines between the summary and Document Information ("Associated Topics", "Subjects Discussed", …): not body, not abstract. */
import {splitPage} from '../../page.js'
import type {PageRecogniser} from '../types.js'

export const recogniser: PageRecogniser = {
  name: 'widget-lines',
  convention: 'widget lines ("Author(s):", "Associated Places", "Related Documents", "Citation") → out of the body and the abstract',
  accepts: (source) => splitPage(source).widgets.length > 0
}
