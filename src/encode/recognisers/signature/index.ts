/** §2 "[signature]" → gap reason="signature" (inside signed when the closer knows the signer; memo §1.13). */
import {esc, open} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

export const recogniser: BracketRecogniser = {
  name: 'signature',
  convention: '"[signature]" → gap reason="signature" inside signed',
  accepts: (s) => /^(?:signature|signed|sign(?:ature)? illegible|illegible signature)$/i.test(s.inner.trim()),
  render: (b) => `${open('gap', {reason: /illegible/i.test(b.inner) ? 'illegible' : 'signature', resp: '#tr'})}<desc>${esc(b.inner.trim())}</desc></gap>`
}
