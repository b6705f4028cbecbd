/**
 * The recogniser catalogue, in the order it runs (first match wins). One folder per convention of
 * ../shared/docs/archive-conventions.md, each with `index.ts` and `fixtures.json` (accept/reject examples and the
 * TEI they must give); tests/encode/recognisers.test.ts runs every folder's fixtures. See src/encode/README.md.
 */
import type {BlockRecogniser, BracketRecogniser, BracketSite, PageRecogniser} from './types.js'
import {recogniser as doubledBracket} from './doubled-bracket/index.js'
import {recogniser as translatorNote} from './translator-note/index.js'
import {recogniser as editorialNote} from './editorial-note/index.js'
import {recogniser as stamp} from './stamp/index.js'
import {recogniser as description} from './description/index.js'
import {recogniser as incident} from './incident/index.js'
import {recogniser as handAddition} from './hand-addition/index.js'
import {recogniser as marginNote} from './margin-note/index.js'
import {recogniser as queryMark} from './query-mark/index.js'
import {recogniser as handGap} from './hand-gap/index.js'
import {recogniser as deletion} from './deletion/index.js'
import {recogniser as illegible} from './illegible/index.js'
import {recogniser as redacted} from './redacted/index.js'
import {recogniser as unclear} from './unclear/index.js'
import {recogniser as blankSpace} from './blank-space/index.js'
import {recogniser as omission} from './omission/index.js'
import {recogniser as lost} from './lost/index.js'
import {recogniser as sic} from './sic/index.js'
import {recogniser as emphasis} from './emphasis/index.js'
import {recogniser as signature} from './signature/index.js'
import {recogniser as pageBreak} from './page-break/index.js'
import {recogniser as footnoteMarker} from './footnote-marker/index.js'
import {recogniser as emailObfuscation} from './email-obfuscation/index.js'
import {recogniser as completion} from './completion/index.js'
import {recogniser as crossReference} from './cross-reference/index.js'
import {recogniser as editorialComment} from './editorial-comment/index.js'
import {recogniser as transliteration} from './transliteration/index.js'
import {recogniser as unclassified} from './unclassified/index.js'
import {recogniser as supplied} from './supplied/index.js'
import {BLOCKS} from './blocks.js'
import {PAGES} from './pages.js'

/** Square brackets (§2), in order: a doubled bracket as its inner one, labelled notes and stamps first, then descriptions, events of the room, hands, gaps, markers, supplied words last. */
export const BRACKETS: readonly BracketRecogniser[] = [
  doubledBracket, translatorNote, editorialNote, stamp, description, incident, handAddition, marginNote, handGap, deletion, illegible, redacted, sic, unclear,
  blankSpace, omission, lost, queryMark, emphasis, signature, pageBreak, footnoteMarker, emailObfuscation, crossReference, editorialComment, completion,
  transliteration, unclassified, supplied
]

/** The bracket recogniser for a bracket where it stands (the last entry accepts everything). */
export function bracketKind(site: BracketSite): BracketRecogniser {
  return BRACKETS.find((r) => (site.nested === 0 || r.holdsBrackets === true) && r.accepts(site)) ?? supplied
}

export {BLOCKS, PAGES}
export type {BlockRecogniser, PageRecogniser}
