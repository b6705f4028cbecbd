/**
 * §2 anything else of up to a sentence → supplied: a gloss after a name or term ("Filippov [Stalin]", "[North] Korea")
 * is reason="explanation"; lower-case words the translator adds ("[who is]") are reason="omitted-in-original". A
 * decision in the sidecar's "supplied" (reason, translated title) wins. The last entry of the registry: accepts all.
 */
import {el, open} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

export const recogniser: BracketRecogniser = {
  name: 'supplied',
  holdsBrackets: true,
  convention: 'a gloss ("Filippov [Stalin]") or words the translator adds ("[who is]") → supplied',
  accepts: () => true,
  render: (b, ctx, tools) => {
    const inner = b.inner.trim()
    const decided = ctx.edits?.supplied?.find((s) => s.text === inner)
    if (decided) ctx.use.hit(decided)
    const reason = decided?.reason ?? (/^[\p{Lu}\d]/u.test(inner) ? 'explanation' : 'omitted-in-original')
    const content = tools.pieces(b.pieces)
    const titled = decided?.title ? el('title', {level: decided.title.level ?? 'a', type: 'translated'}, content) : content
    return `${open('supplied', {reason, resp: '#tr'})}${titled}</supplied>`
  }
}
