/** The reading text of a TEI document, for search and word counts. */
import type {XmlElement, XmlNode} from './xml-tree.js'

// Elements that end a word (TEI Guidelines ch. 3 and 16: block-level and milestone elements); inline
// elements such as hi or persName join their neighbours without a space.
const BREAKS = new Set([
  'p', 'ab', 'head', 'l', 'lg', 'item', 'list', 'label', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7',
  'note', 'table', 'row', 'cell', 'opener', 'closer', 'dateline', 'salute', 'signed', 'byline', 'docTitle', 'titlePart',
  'docAuthor', 'docDate', 'docImprint', 'titlePage', 'front', 'back', 'body', 'group', 'text', 'trailer', 'epigraph',
  'argument', 'postscript', 'floatingText', 'figure', 'figDesc', 'sp', 'speaker', 'stage', 'entry', 'sense', 'def',
  'bibl', 'listBibl', 'lb', 'pb', 'cb', 'milestone', 'fw', 'address', 'addrLine', 'seg', 'stamp', 'castList', 'castItem',
  // Descriptions of what happens around the words, not words of the text (TEI Guidelines §8.3: incident, vocal,
  // kinesic, pause, shift, writing; §11.4 gap with its desc; space): "<incident><desc>passing truck</desc></incident>you"
  // is "passing truck you".
  'incident', 'vocal', 'kinesic', 'pause', 'shift', 'writing', 'space', 'u'
])
// Not part of the reading text: deletions and the source's errors, originals and abbreviations where a
// choice offers the corrected, regularised or expanded form.
const OMITTED = new Set(['del', 'surplus', 'teiHeader', 'standOff', 'facsimile', 'fsdDecl', 'xenoData'])
const READING = ['corr', 'reg', 'expan', 'ex']

/**
 * The reading text of every `text` of a TEI or teiCorpus root (or its `sourceDoc` when there is no
 * text), whitespace collapsed; in a `choice` the corr/reg/expan alternative, deletions left out.
 * Linear in the size of the tree (an explicit stack, no recursion).
 */
export function bodyText(root: XmlElement): string {
  const texts = findTexts(root)
  const parts: string[] = []
  const stack: (XmlNode | typeof SPACE)[] = []
  for (let i = texts.length - 1; i >= 0; i--) stack.push(texts[i] as XmlElement, SPACE)
  while (stack.length > 0) {
    const node = stack.pop() as XmlNode | typeof SPACE
    if (node === SPACE) {
      parts.push(' ')
      continue
    }
    if (typeof node === 'string') {
      parts.push(node)
      continue
    }
    if (OMITTED.has(node.name)) continue
    const joins = node.attrs.break === 'no'
    const breaks = (BREAKS.has(node.name) || (node.name === 'gap' && node.children.some((c) => typeof c !== 'string' && c.name === 'desc'))) && !joins
    if (breaks) parts.push(' ')
    if (breaks) stack.push(SPACE)
    const kids = node.name === 'choice' ? readingOf(node) : node.children
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as XmlNode)
  }
  return parts.join('').replace(/\s+/g, ' ').trim()
}

const SPACE = Symbol('space')

/** Inside a choice: the reading alternative when there is one, else the first alternative. */
function readingOf(choice: XmlElement): XmlNode[] {
  const elements = choice.children.filter((c): c is XmlElement => typeof c !== 'string')
  const chosen = elements.find((e) => READING.includes(e.name)) ?? elements[0]
  return chosen === undefined ? [] : [chosen]
}

/** The `text` elements of a document (through teiCorpus nesting), else its `sourceDoc`s. */
function findTexts(root: XmlElement): XmlElement[] {
  const texts: XmlElement[] = []
  const sourceDocs: XmlElement[] = []
  const stack = [root]
  while (stack.length > 0) {
    const node = stack.pop() as XmlElement
    if (node.name === 'text') texts.push(node)
    else if (node.name === 'sourceDoc') sourceDocs.push(node)
    else if (node.name === 'TEI' || node.name === 'teiCorpus' || node === root) {
      const kids = node.children.filter((c): c is XmlElement => typeof c !== 'string')
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as XmlElement)
    }
  }
  return texts.length > 0 ? texts : sourceDocs
}
