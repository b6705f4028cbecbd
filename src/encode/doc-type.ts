/**
 * The document's type when the archive page has no "Type" field: the genre word of the page title ("Ciphered
 * Telegram No. 709, …" → Telegram). One row per genre; its accept/reject examples are in
 * tests/encode/header/doc-types.json. Source: archive-conventions.md §5.
 */

/** Genre words of titles and the type each names, first match (by position in the title) wins. */
const GENRES: [RegExp, string][] = [
  [/\b(?:ciphered )?(?:telegram|cable)\b/i, 'Telegram'],
  [/\bletter\b/i, 'Letter'],
  [/\bmemorand(?:um|a)\b|\bmemo\b/i, 'Memorandum'],
  [/\breport\b/i, 'Report'],
  [/\bpress release\b/i, 'Press Release'],
  [/\bstatement\b/i, 'Statement'],
  [/\bpetition\b/i, 'Petition'],
  [/\b(?:speech|address by)\b/i, 'Speech'],
  [/\bminutes\b/i, 'Minutes'],
  [/\bresolution\b/i, 'Resolution'],
  [/\b(?:record of (?:a )?conversation|conversation|meeting)\b/i, 'Record of Conversation'],
  [/\bdraft (?:treaty|agreement)\b/i, 'Draft Treaty'],
  [/\b(?:treaty|agreement)\b/i, 'Treaty'],
  [/\bnote verbale\b|\bverbal note\b/i, 'Note Verbale'],
  [/\bdiary\b|\bjournal of\b/i, 'Diary']
]

/** The type a page title's genre word names, or undefined (never a guess from anything else). */
export function typeFromTitle(title: string): string | undefined {
  let best: {at: number; type: string} | undefined
  for (const [re, type] of GENRES) {
    const m = re.exec(title)
    if (m && (!best || m.index < best.at)) best = {at: m.index, type}
  }
  return best?.type
}
