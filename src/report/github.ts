/** github report (placeholder: lands with issue 3). */
import type {Reporter} from './types.js'

export const reportGithub: Reporter = () => {
  throw new Error('the github reporter is not implemented yet')
}
