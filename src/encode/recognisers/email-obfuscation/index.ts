/** The archive's "[email protected]" (an address hidden by the web page) → email containing gap reason="obfuscated-in-source". */
import {el} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

export const recogniser: BracketRecogniser = {
  name: 'email-obfuscation',
  convention: '"[email protected]" (the web page hides an address) → email/gap reason="obfuscated-in-source"',
  accepts: (s) => /^email[\s\u00a0]protected$/.test(s.inner.trim()),
  render: (_b, ctx) => {
    ctx.accounted.push('email protected')
    return `<email>${el('gap', {reason: 'obfuscated-in-source', resp: '#ed'})}</email>`
  }
}
