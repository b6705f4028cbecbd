/** junit report (placeholder: lands with issue 3). */
import type {Reporter} from './types.js'

export const reportJunit: Reporter = () => {
  throw new Error('the junit reporter is not implemented yet')
}
