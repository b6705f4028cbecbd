/**
 * The TEI copy published beside each page (`dist/<id>.xml`). Opened from the site, a browser
 * renders it as XML, where elements in the XHTML, SVG and MathML namespaces are live (an XHTML
 * `script`, an SVG `onload`, a `javascript:` link run) and an `xml-stylesheet` processing
 * instruction loads a stylesheet. The copy keeps every element, attribute and character of the
 * document but declares those namespaces under an inert URI (`urn:x-teipipe:inert:` + the
 * original), drops `xml-stylesheet` instructions, and has internal entities expanded (an
 * entity could otherwise smuggle live markup in). Nothing in it can run.
 */
import {parseXml} from '../parse/parse-xml.js'

/** Namespaces whose elements a browser renders live inside an XML document. */
export const LIVE_NAMESPACES: readonly string[] = [
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/2001/xml-events'
]

/** The prefix that makes a namespace inert: `urn:x-teipipe:inert:http://www.w3.org/2000/svg`. */
export const INERT_PREFIX = 'urn:x-teipipe:inert:'

/** What {@link publishableTei} did. */
export interface PublishableTei {
  /** The copy to publish; undefined when the document is not well-formed (nothing is published). */
  text?: string
  /** Namespace declarations made inert, and xml-stylesheet instructions removed. */
  neutralised: number
}

/**
 * The script-free copy of a TEI document's text (see the module comment). The rest of the text
 * is kept byte for byte, except that the DOCTYPE's internal subset is blanked once its entities
 * are expanded. Deterministic; linear in the size of the document.
 */
export function publishableTei(xml: string): PublishableTei {
  const {tree} = parseXml(xml, 'copy.xml')
  if (!tree) return {neutralised: 0}
  const cuts: {start: number; end: number; text: string}[] = []
  const stack = [tree.root]
  while (stack.length > 0) {
    const element = stack.pop()
    if (!element) break
    for (const attribute of element.attributes) {
      const declaration = attribute.name === 'xmlns' || attribute.name.startsWith('xmlns:')
      if (declaration && LIVE_NAMESPACES.includes(attribute.value)) {
        cuts.push({start: attribute.start, end: attribute.end, text: `${attribute.name}="${INERT_PREFIX}${attribute.value}"`})
      }
    }
    for (const child of element.children) if (child.type === 'element') stack.push(child)
  }
  const text = tree.text
  for (const pi of text.matchAll(/<\?xml-stylesheet\b[\s\S]*?\?>/g)) cuts.push({start: pi.index, end: pi.index + pi[0].length, text: ''})
  cuts.sort((a, b) => a.start - b.start)
  const parts: string[] = []
  let at = 0
  for (const cut of cuts) {
    parts.push(text.slice(at, cut.start), cut.text)
    at = cut.end
  }
  parts.push(text.slice(at))
  return {text: parts.join(''), neutralised: cuts.length}
}
