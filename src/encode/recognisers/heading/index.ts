/**
 * §3 headings inside the text: numbered or lettered topic heads ("1. Bilateral issues", "a) China", "(A) In the event
 * of …", "Amendment .1.") and short title lines ("European Aerospace Industry", "(Reference Materials)") that stand
 * before prose. A heading is short, ends without sentence punctuation (a colon is allowed; lines in capitals, single letters and lines naming a part by
 * its kind — "Text of speech made by …" — may end as they like), is not a "label: value"
 * line, and the block after it is prose or another heading.
 */
import type {BlockRecogniser} from '../types.js'

const NUMBER = /^(?:\d{1,2}\s?[.．)](?!\d)|\(\d{1,2}\)|\(?[A-Za-z]\)|\([ivx]{1,5}\)|[IVX]{1,4}\.|Amendment\s\.?\d+\.?$)\s*/
const SENTENCE_END = /[.;,!?…"”’'–—-]$/
const LABEL_VALUE = /^[^:]{1,40}:\s+\S/
/** Lines that title a part of the document by its kind ("Text of speech made by …", "Draft Resolution sponsored by:-"). */
const TITLE_PHRASE = /^(?:Text of|Record of|Minutes of|Memorandum of|Transcript of|Summary of|Report on|Report of|Draft [Rr]esolution|Statement by|Speech by|Address by|Notes? on|Annex|Appendix|Enclosure|Attachment)\b/
/** A sentence that announces what follows: it ends in a colon after a verb of saying or "the following". */
const LEAD_IN = /\b(?:said|says|stated|states|noted|notes|declared|declares|proposed|proposes|asked|asks|replied|replies|added|adds|explained|explains|stressed|emphasi[sz]ed|remarked|reported|reports|informed \w+|as follows|the following|following)\s*:[-–]?$/
/** A line in capitals (a masthead or title in capitals). */
const CAPITALS = /^[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*$/u

/** Words of a block. */
function words(t: string): number {
  return t.split(/\s+/).filter((w) => w !== '').length
}

/** Whether a block can be a heading by its own form (ignoring what follows). */
export function headingForm(text: string): boolean {
  const t = text.trim()
  if (/^\p{Lu}\.?$/u.test(t)) return true
  // A table-of-contents entry ("Speech by Mr. Florit (Argentina)…33") is not a heading.
  if (/(?:…|\.{2,}|\s{2,})\s*\d{1,4}$/.test(t)) return false
  if (t === '' || /\n/.test(t) || !/\p{L}{2}/u.test(t) || /^\[.*\]$/.test(t)) return false
  if (TITLE_PHRASE.test(t) && words(t) <= 45) return true
  if (CAPITALS.test(t) && words(t) <= 60 && !LABEL_VALUE.test(t)) return true
  const numbered = NUMBER.exec(t)
  // Brackets closing the line ("… remains tense [sic]. [Two lines are crossed out.]") are the translator's: the
  // line's own words decide, so a sentence before them still ends it, and a number before a bracket alone
  // ("3. [Passage redacted …]") is a paragraph whose text was left out, not a heading.
  const own = t.replace(/(?:\s*\[[^[\]]*\])+\.?$/, '')
  if (numbered && own !== t && own.slice(numbered[0].length).trim() === '') return false
  // Two sentences are prose ("2. The situation … remains tense. Talks go on").
  if (numbered && /\p{Ll}{2}[.!?]\s+[\p{Lu}[]/u.test(own)) return false
  if (own !== t && own !== '' && SENTENCE_END.test(own) && !/\b\p{Lu}\.$/u.test(own)) return false
  const rest = numbered ? t.slice(numbered[0].length) : t
  if (/^Amendment\s\.?\d+\.?$/.test(t)) return true
  if (rest === '' || !/^[\p{Lu}\p{N}(“"]/u.test(rest) && !numbered) return false
  if (LABEL_VALUE.test(rest)) return false
  // A lead-in sentence before a list or quotation ("The minister said:", "He proposed the following:") is prose.
  if (LEAD_IN.test(t)) return false
  const ends = SENTENCE_END.test(t) && !/\b\p{Lu}\.$/u.test(t) && !/\(.*\)$/.test(t)
  if (ends) return false
  return words(t) <= (numbered ? 25 : 14)
}

/** Whether a block reads as prose: a sentence, or a long block. */
export function isProse(text: string | undefined): boolean {
  const t = text?.trim() ?? ''
  return words(t) >= 12 || (/[.!?”")]$/.test(t) && words(t) >= 4)
}

export const recogniser: BlockRecogniser = {
  name: 'heading',
  convention: 'numbered, lettered or short title lines before prose ("1. Bilateral issues", "a) China") → head opening a div',
  accepts: (text, next) => headingForm(text) && (isProse(next) || (next !== undefined && headingForm(next)))
}

/** The block after `i` that is not a bracket standing alone ("[page break]"): what a heading stands before. */
export function followingText(texts: string[], i: number): string | undefined {
  let k = i + 1
  while (k < texts.length && /^\[[^\]]*\]$/.test(texts[k] ?? '')) k++
  return texts[k]
}
