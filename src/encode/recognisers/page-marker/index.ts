/** §3 page markers on their own line: "- 2 -", "(p. 1)", "[p. 2]", "[page break]", "Page 3" → pb (with @n when a number is printed). */
import type {BlockRecogniser} from '../types.js'

/** "- 2 -", "-- 4 --", "— 5 —", "(p. 1)", "[p. 2]", "[page break]", "Page 3", "Page 2 of 3". */
export const PAGE_MARKER = /^(?:[-–—]{1,2}\s*(\d{1,3})\s*[-–—]{1,2}|\(p\.\s*(\d{1,3})\)|\[p\.\s*(\d{1,3})\]|\[page break\]|Page (\d{1,3})(?: of \d{1,3})?)$/i

/** The page number a marker prints, if any. */
export function pageNumber(text: string): string | undefined {
  const m = PAGE_MARKER.exec(text)
  return m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4]
}

export const recogniser: BlockRecogniser = {
  name: 'page-marker',
  convention: '"- 2 -", "(p. 1)", "[p. 2]", "[page break]" on a line → pb n',
  accepts: (text) => PAGE_MARKER.test(text)
}
