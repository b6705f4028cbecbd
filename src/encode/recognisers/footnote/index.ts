/** §3 footnotes at the foot: "[1] BArch, …", "1) …", "x/ …", "* …" heading a note → note place="foot" n="…" (its marker in the text points at it). */
import type {BlockRecogniser} from '../types.js'

export const FOOT = /^(?:\[(\d{1,3})\]|(\*{1,3})|(x{1,3}\/))\s*(\S.*)$/s

export const recogniser: BlockRecogniser = {
  name: 'footnote',
  convention: '"[1] …", "* …", "x/ …" at the foot → note place="foot" n',
  accepts: (text) => FOOT.test(text)
}
