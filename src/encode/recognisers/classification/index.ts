/** §3 classification: "Secret", "Top Secret!", "Strictly Secret", "Confidential", "For internal use only", "Secret. Copy No. 2" → opener/seg type="classification" (+ catRef). */
import type {BlockRecogniser} from '../types.js'

/** The classification words alone (final "." or "!" allowed). */
export const CLASSIFICATION = /^(?:(top secret|strictly secret|secret|confidential|strictly confidential|restricted|reserved|for internal use only|for official use only|for service use only|personal and confidential|eyes only)[.!]?|\((?:top secret|strictly secret|secret|confidential|strictly confidential|restricted)\))$/i
/** Classification followed by the copy number on the same line ("Secret. Copy No. 2"). */
export const CLASSIFICATION_COPY = /^((?:top secret|strictly secret|secret|confidential)[.!]?)\s+((?:Copy|Copy No\.|Copy N[º°o]\.?)\s*\d+\.?)$/i

export const recogniser: BlockRecogniser = {
  name: 'classification',
  convention: '"Secret", "Top Secret!", "Strictly Secret", "For internal use only", "Secret. Copy No. 2" → seg type="classification"',
  accepts: (text) => CLASSIFICATION.test(text) || CLASSIFICATION_COPY.test(text)
}
