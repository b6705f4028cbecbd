/**
 * §3 enclosures: a message quoted whole inside another ("“Cde. Mao Zedong! … Filippov [Stalin].”") — blocks from one
 * that opens a quotation to one that closes it with a sign-off (an optional closing greeting and the signer's name)
 * → floatingText with its own closer/signed. Without a sign-off the blocks stay paragraphs.
 */
import type {BlockRecogniser} from '../types.js'

const VALEDICTION = String.raw`(?:With [\p{L} ]{0,30}(?:greetings|regards|respect|salutes?)|Yours [\p{L}]+|Greetings|Regards|Respectfully|Sincerely)[.,!]?`
const NAME = String.raw`\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3}`
const SIGN_OFF = new RegExp(String.raw`^(?:(${VALEDICTION})\s+)?(${NAME})((?:\s\[[^\]]{1,40}\])?[.,!]?[”"](?:\.)?)$`, 'u')
/** The longest quoted message looked for, in blocks. */
const MAX_BLOCKS = 40

/** A quoted message's sign-off: the closing greeting, the name, and what follows the name (gloss, punctuation). */
export function signOff(text: string): {salute?: string; name: string; rest: string} | undefined {
  const m = SIGN_OFF.exec(text)
  if (!m) return undefined
  return m[1] ? {salute: m[1], name: m[2] ?? '', rest: m[3] ?? ''} : {name: m[2] ?? '', rest: m[3] ?? ''}
}

/** Whether a block opens a quotation it does not close. */
function opensQuote(text: string): boolean {
  return /^[“"]/.test(text) && (text.match(/“/g) ?? []).length > (text.match(/”/g) ?? []).length
}

/** Index of the sign-off block of a quoted message that opens at `i`, or undefined. */
export function embeddedEnd(texts: string[], i: number): number | undefined {
  if (!opensQuote(texts[i] ?? '')) return undefined
  for (let k = i + 1; k < texts.length && k - i <= MAX_BLOCKS; k++) {
    const t = texts[k] ?? ''
    if (signOff(t)) return k
    if (/[”"]\.?$/.test(t) || opensQuote(t)) return undefined
  }
  return undefined
}

export const recogniser: BlockRecogniser = {
  name: 'embedded-message',
  convention: 'a letter or telegram quoted whole inside another → floatingText with its own closer (accepts its sign-off block)',
  accepts: (text) => signOff(text) !== undefined
}
