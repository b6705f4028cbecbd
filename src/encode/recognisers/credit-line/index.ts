/**
 * §5 a credit line in the body ("[Translated for CWIHP by Vladislav Zubok.]", "Obtained and translated by A."), first
 * or last line of the text → the header (`respStmt`, the translator as `#tr` when Source names none), never the text or
 * its register of persons.
 */
import {splitPage} from '../../page.js'
import type {PageRecogniser} from '../types.js'

export const recogniser: PageRecogniser = {
  name: 'credit-line',
  convention: 'a credit line ("Translated by …", "[Translated for CWIHP by …]") first or last in the body → header respStmt, not text',
  accepts: (source) => splitPage(source).credits.length > 0
}
