/**
 * The archive's credit line printed in the body ("[Translated for CWIHP by Vladislav Zubok.]", "Obtained and
 * translated by Christian F. Ostermann."): who obtained, transcribed or translated the document. It is a fact about
 * the edition, not words of the document (archive-conventions.md §5: the translator goes to the header), so page.ts
 * takes it out of the body. Kept apart from index.ts so page.ts can import it without an import cycle.
 */

/** One role and its persons: "translated by" → ["Gary Goldberg"]. */
export interface Credit {
  /** The role in the archive's words, lower case ("obtained and translated by"). */
  resp: string
  names: string[]
  /** True when the role includes translating. */
  translated: boolean
}

const ROLE = '(?:[Oo]btained|[Tt]ranslated|[Tt]ranscribed|[Cc]ontributed|[Ee]dited|[Aa]nnotated|[Pp]repared)'
const NAME = String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*\p{L}`
const NAMES = `${NAME}(?:(?:,\\s*|\\s+and\\s+|\\s*&\\s*)${NAME})*`
/** "translated from the Russian for CWIHP by A and B for the Wilson Center": roles, then the persons. */
const CLAUSE = new RegExp(String.raw`^(${ROLE}(?:(?:,\s*|,?\s+and\s+)${ROLE})*)(?:\s+from\s+(?:the\s+)?\p{Lu}\p{Ll}+)?(?:\s+(?:for|at)\s+(?:the\s+)?\p{Lu}[\p{L}\s.]*?)?\s+by\s+(${NAMES})(?:\s+(?:for|at)\s+(?:the\s+)?\p{Lu}[\p{L}\s.]*)?$`, 'u')
/** "Translation: A", "Translator: A", "Translation by A". */
const LABELLED = new RegExp(String.raw`^([Tt]ranslation|[Tt]ranslator)(?::|\s+by)\s+(${NAMES})$`, 'u')

/**
 * The credits a line states, or undefined when the line is not a credit line: the whole line (inside one pair of
 * brackets or parentheses, a final full stop allowed) must be roles and capitalised names, so prose such as "It was
 * translated by the embassy and sent on." is never taken.
 */
export function creditLine(text: string): Credit[] | undefined {
  let t = text.trim()
  const wrapped = /^\[(.*)\]\.?$/su.exec(t) ?? /^\((.*)\)\.?$/su.exec(t)
  if (wrapped) t = wrapped[1]?.trim() ?? ''
  t = t.replace(/\.$/, '').trim()
  if (t.length === 0 || t.length > 200 || /[[\]()]/.test(t)) return undefined
  // A new clause starts after a complete one ("Obtained by A and translated by B"), not inside "Obtained and translated by".
  const clauses = t.split(new RegExp(String.raw`(?:;\s*|(?<=\sby\s[^;]*),?\s+and\s+(?=${ROLE}\b))`, 'u'))
  const out: Credit[] = []
  for (const clause of clauses) {
    const labelled = LABELLED.exec(clause)
    const m = labelled ?? CLAUSE.exec(clause)
    if (!m || !/^\p{Lu}/u.test(clauses[0] ?? '')) return undefined
    const resp = labelled ? 'translated by' : `${(m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')} by`
    const names = (m[2] ?? '').split(/,\s*|\s+and\s+|\s*&\s*/).map((n) => n.replace(/\s+/g, ' ').trim()).filter((n) => n.length > 0)
    out.push({resp, names, translated: /translat/.test(resp)})
  }
  return out
}
