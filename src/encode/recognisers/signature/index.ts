/**
 * §2 "[signature]" → gap reason="signature" (inside signed when the closer knows the signer; memo §1.13). A signature
 * mark that stands outside the closing matter (first block, mid-paragraph, an enclosure's signature) cannot be a gap:
 * the project rule signature-gap-in-signed (guide §3 E4) keeps that gap to signed/closer; there it is the translator's
 * description of the page, `note type="translator" subtype="signature"` (see `placeSignatureMarks`).
 */
import {esc, open} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

export const recogniser: BracketRecogniser = {
  name: 'signature',
  convention: '"[signature]" → gap reason="signature" inside signed; outside the closer a translator\'s note',
  accepts: (s) => /^(?:signature|signed|sign(?:ature)? illegible|illegible signature)$/i.test(s.inner.trim()),
  render: (b) => `${open('gap', {reason: /illegible/i.test(b.inner) ? 'illegible' : 'signature', resp: '#tr'})}<desc>${esc(b.inner.trim())}</desc></gap>`
}

const TAG = /<(\/?)([\w:]+)[^>]*?(\/?)>/g
const SIGNATURE_GAP = /^<gap reason="signature" resp="([^"]*)"><desc>([^<]*)<\/desc><\/gap>/

/**
 * Body XML (the encoder's own, well-formed) with every `gap reason="signature"` that is neither inside `signed` nor a
 * child of `closer` turned into `note type="translator" subtype="signature" place="inline"` with the same words.
 * Linear in the length of the XML.
 */
export function placeSignatureMarks(xml: string): string {
  if (!xml.includes('<gap reason="signature"')) return xml
  const stack: string[] = []
  let out = ''
  let last = 0
  TAG.lastIndex = 0
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const [whole, close, name = '', selfClosing] = m
    if (name === 'gap' && !close) {
      const gap = SIGNATURE_GAP.exec(xml.slice(m.index, m.index + 400))
      if (gap && !stack.includes('signed') && stack[stack.length - 1] !== 'closer') {
        out += `${xml.slice(last, m.index)}${open('note', {type: 'translator', subtype: 'signature', place: 'inline', resp: gap[1]})}${gap[2]}</note>`
        last = m.index + gap[0].length
        TAG.lastIndex = last
        continue
      }
    }
    if (close) stack.pop()
    else if (!selfClosing && !whole.startsWith('<?') && !whole.startsWith('<!')) stack.push(name)
  }
  return out + xml.slice(last)
}
