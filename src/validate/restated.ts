/**
 * One slip, one message. teipipe's rule `date-iso` (schemas/teipipe.sch) checks the date attributes of any
 * element, whatever the grammar says of them; when the grammar types the attribute too (teipipe.rng,
 * tei_all.rng: teidata.temporal.w3c), a bad value such as when="1962-04-31" got two errors telling the
 * reader to write YYYY-MM-DD, which the value already is. The grammar's message is the precise one (it
 * points at the attribute, and says that April has 30 days), so the rule's message is dropped when the
 * grammar has already rejected every value it names as a day that does not exist.
 */
import type {TeiFile} from '../core/file.js'
import {NO_SUCH_DAY} from './relaxng/datatypes.js'

/** The attribute/value pairs a `date-iso` message names: `@when="1962-04-31", @notAfter="…"`. */
function namedValues(reason: string): string[] {
  return [...reason.matchAll(/@([\w:]+)="([^"]*)"/g)].map((m) => `${m[1]}=${m[2]}`)
}

/**
 * Remove from `file.messages` each Schematron `date-iso` message whose every attribute value the RELAX NG
 * grammar already rejected (an `attribute-value-invalid` message with that attribute name and `actual`
 * value, on the element's line or the lines of its start tag after it). Input: a file after grammar and
 * rules ran; output: none (the file's messages change). Raises nothing.
 */
export function dropRestatedMessages(file: TeiFile): void {
  // Only a calendar slip: for a value of the wrong form ("Sept. 1961") the rule's short "not an ISO date" and
  // the grammar's list of accepted forms say different useful things.
  const rejected = file.messages.filter((m) => m.ruleId === 'attribute-value-invalid' && m.actual !== undefined && m.place && m.reason.includes(NO_SUCH_DAY))
  if (rejected.length === 0) return
  const restated = (m: (typeof file.messages)[number]): boolean => {
    if (m.ruleId !== 'date-iso' || m.source !== 'schematron' || !m.place) return false
    const line = m.place.start.line
    const pairs = namedValues(m.reason)
    // The rule points at the element's start, the grammar at the attribute inside its start tag: the same
    // line or one of the next (START_TAG_LINES is more than any start tag met in TEI).
    const covered = (pair: string) =>
      rejected.some((r) => {
        const at = r.place?.start.line ?? 0
        return at >= line && at <= line + START_TAG_LINES && `${/of @([\w:]+) on /.exec(r.reason)?.[1]}=${r.actual}` === pair
      })
    return pairs.length > 0 && pairs.every(covered)
  }
  for (let i = file.messages.length - 1; i >= 0; i--) if (restated(file.messages[i] as (typeof file.messages)[number])) file.messages.splice(i, 1)
}

const START_TAG_LINES = 20
