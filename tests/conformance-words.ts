/**
 * Words and letters of TEI <text> and of the editions, for the renderer conformance tests; the
 * word-level check of the plain-text edition ({@link missingWords}).
 */
import {descendants, parseXmlTree, type XmlElement, type XmlNode} from '../src/site/xml-tree.js'

/**
 * Words (letters and digits) of the TEI text element(s), comments removed. With `joinInline`, tags
 * of elements that sit inside words (ex, am, hi…) do not split words: the plain-text edition has
 * no tags either. Without it every tag splits, as the HTML comparison (which splits at tags) does.
 */
export function teiTextWords(xml: string, joinInline = false): string[] {
  const noComments = xml.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<\?[\s\S]*?\?>/g, ' ')
  const parts = [...noComments.matchAll(/<(?:[\w-]+:)?text[\s>][\s\S]*?<\/(?:[\w-]+:)?text>/g)].map((m) => m[0])
  // Elements that sit inside words (expansions, abbreviation marks, glyphs…) join; other tags separate.
  // A choice is one reading in an edition: the source form (abbr, orig, sic) is dropped when the
  // choice also has the edited form (expan, reg, corr); editions show it only as a tooltip or note.
  const readings = parts.join(' ').replace(/<choice\b[^>]*>([\s\S]*?)<\/choice>/g, (choice: string) => {
    let out = choice
    // Any edited form stands for the choice: an orig beside a corr, or abbr and orig beside an expan,
    // are source forms too.
    if (/<(?:expan|reg|corr)\b/.test(out)) {
      for (const source of ['abbr', 'orig', 'sic']) out = out.replace(new RegExp(`<${source}\\b[^>]*>[\\s\\S]*?<\\/${source}>`, 'g'), ' ')
    }
    return out
  })
  const joined = readings.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
  const text = (joinInline ? joined.replace(/<\/?(?:[\w-]+:)?(?:ex|am|c|g|hi|damage|unclear|supplied|add|del|lb[^>]*break="no"[^>]*)(?:\s[^>]*)?\/?>/g, '') : joined)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos);/g, ' ').replace(/&#x?[0-9a-f]+;/gi, (e) => String.fromCodePoint(e[2] === 'x' || e[2] === 'X' ? Number.parseInt(e.slice(3, -1), 16) : Number(e.slice(2, -1))))
  return words(text)
}

export function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)
}

/** Words an HTML page shows, or offers as tooltips (source readings, expansions); not its stylesheet. */
export function htmlWords(html: string): string[] {
  const text = html.replace(/<style>[\s\S]*?<\/style>/, ' ')
    // Every tag splits words, as in teiTextWords without joinInline; tooltips count as shown.
    .replace(/<([^>]*)>/g, (_, tag: string) => ` ${/ title="([^"]*)"/.exec(tag)?.[1] ?? ''} `)
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, ' ')
  return words(text)
}

/**
 * Letters and digits of the TEI text element(s), as a multiset, with the same choice handling as
 * {@link teiTextWords}. The text edition drops every tag, so where a word ends is not defined for
 * scripts written without spaces (Japanese, Chinese) or for markup inside words: counting letters
 * needs no tokenisation and still shows any dropped passage.
 */
export function teiTextLetters(xml: string): string[] {
  return [...teiTextWords(xml, true).join('')]
}

/** The letters and digits of an output text. */
export function letters(text: string): string[] {
  return [...words(text).join('')]
}

/** Share of `expected` words (as a multiset) found in `actual`. */
export function coverage(expected: readonly string[], actual: readonly string[]): number {
  if (expected.length === 0) return 1
  const bag = new Map<string, number>()
  for (const w of actual) bag.set(w, (bag.get(w) ?? 0) + 1)
  let found = 0
  for (const w of expected) {
    const n = bag.get(w) ?? 0
    if (n > 0) {
      found++
      bag.set(w, n - 1)
    }
  }
  return found / expected.length
}

/**
 * Words of `xml`'s <text> that `text` (a rendered .txt) lacks, as `word×n` strings, in order of first
 * occurrence. A word is first matched against the edition's words (as a multiset); a word not found
 * that way is then looked for inside the edition's letters joined without separators, because the
 * TEI splits words at every tag (`<persName>A</persName><persName>B</persName>` reads "AB" in any
 * edition) and scripts without spaces (Chinese, Japanese) have no words to match: each occurrence
 * must be found there, not overlapping.
 */
export function missingWords(xml: string, text: string): string[] {
  const expected = teiTextWords(xml)
  const shown = words(text)
  const bag = new Map<string, number>()
  for (const w of shown) bag.set(w, (bag.get(w) ?? 0) + 1)
  const rest = new Map<string, number>()
  for (const w of expected) {
    const n = bag.get(w) ?? 0
    if (n > 0) bag.set(w, n - 1)
    else rest.set(w, (rest.get(w) ?? 0) + 1)
  }
  if (rest.size === 0) return []
  const joined = shown.join('')
  const missing: string[] = []
  for (const [w, n] of rest) {
    let found = 0
    for (let at = joined.indexOf(w); at !== -1 && found < n; at = joined.indexOf(w, at + w.length)) found++
    if (found < n) missing.push(`${w}×${n - found}`)
  }
  return missing
}

// The reading of a choice the HTML edition shows in the text (xslt/html/modules/core.xsl, tei:choice;
// the other readings are tooltips or notes): the first of these children it has.
const HTML_CHOICE = ['corr', 'reg', 'expan-ex', 'abbr', 'unclear', 'seg', 'sic', 'orig', 'expan']

function htmlReading(choice: XmlElement): XmlElement | undefined {
  const kids = choice.children.filter((c): c is XmlElement => typeof c !== 'string')
  for (const want of HTML_CHOICE) {
    const found = want === 'expan-ex'
      ? kids.find((k) => k.name === 'expan' && descendants(k, ['ex']).length > 0)
      : kids.find((k) => k.name === want)
    if (found !== undefined) return found
  }
  return undefined
}

/**
 * Letters and digits of the text nodes of the TEI <text> element(s) (the outermost ones) that a
 * reader of the HTML edition should see: every text node, of each choice only the reading the HTML
 * shows in the running text (see HTML_CHOICE). Input: the TEI source; output: the letters as a
 * multiset (array). Throws when the XML cannot be parsed.
 */
export function teiVisibleLetters(xml: string): string[] {
  const out: string[] = []
  // An explicit stack: conformance files nest deeper than the call stack allows.
  const stack: {node: XmlNode; inText: boolean}[] = [{node: parseXmlTree(xml), inText: false}]
  while (stack.length > 0) {
    const {node, inText} = stack.pop() as {node: XmlNode; inText: boolean}
    if (typeof node === 'string') {
      if (inText) out.push(node)
      continue
    }
    const within = inText || node.name === 'text'
    const kids = within && node.name === 'choice' ? [htmlReading(node)].filter((k): k is XmlElement => k !== undefined) : node.children
    for (let i = kids.length - 1; i >= 0; i--) stack.push({node: kids[i] as XmlNode, inText: within})
  }
  return letters(out.join(' '))
}

/**
 * Letters and digits of the text the HTML edition shows for the TEI <text>: the page's <main> up to
 * its "Document Information" (the header's part), without the tags, the stylesheet, scripts and the
 * editorial signs' hidden explanations (span.ed-tip); tooltips (title attributes) are not counted.
 */
export function htmlVisibleLetters(html: string): string[] {
  const main = html.slice(Math.max(0, html.indexOf('<main')), (html.indexOf('<section class="document-information"') + 1 || html.indexOf('</main>') + 1 || html.length + 1) - 1)
  const text = main.replace(/<style>[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<span class="ed-tip">[^<]*<\/span>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, ' ')
    .replace(/&#x?[0-9a-f]+;/gi, (e) => String.fromCodePoint(e[2] === 'x' || e[2] === 'X' ? Number.parseInt(e.slice(3, -1), 16) : Number(e.slice(2, -1))))
  return letters(text)
}
