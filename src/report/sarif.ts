/** sarif report (placeholder: lands with issue 3). */
import type {Reporter} from './types.js'

export const reportSarif: Reporter = () => {
  throw new Error('the sarif reporter is not implemented yet')
}
