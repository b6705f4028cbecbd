/**
 * What happens when TEI the encoder made fails teipipe's own validation (schema and Schematron): the same for
 * `teipipe encode` and `teipipe build`. It is the encoder's fault, never the user's: each problem becomes an
 * `encode-output-invalid` error naming the place in the TEI to review; the TEI is kept (written) so it can be
 * corrected, and it is not published until it passes (build: the document fails; encode: exit code 1).
 */
import type {Message} from '../core/message.js'

/** The rule id of an encoder output that fails validation (src/encode/rules.ts). */
export const OUTPUT_INVALID = 'encode-output-invalid'

/**
 * The reason of an `encode-output-invalid` error for one validation problem `m` of the TEI `tei` (its path as
 * shown to the user): the problem, where it is in the TEI, and what to do. Input: a validation message (error).
 */
export function outputInvalidReason(m: Message, tei: string): string {
  const at = m.place?.start ? ` (line ${m.place.start.line}, column ${m.place.start.column} of ${tei})` : ` (${tei})`
  return `The TEI the encoder made does not pass validation${at}: ${m.reason} [${m.ruleId}] The encoder wrote it and nobody has edited it, so this is not a mistake in your text: review and correct the TEI there (it is not published until it passes), and please report it.`
}

/** The validation errors of an encoder-made TEI, whose messages turn into `encode-output-invalid` (warnings stay). */
export function validationErrors(messages: readonly Message[]): Message[] {
  return messages.filter((m) => m.severity === 'error' && m.source !== 'encode')
}
