/**
 * Per-document facts for the corpus site: what the index, the search and the registers need, read
 * from the TEI header, standOff and text (teipipe's own parser's tree, no saxon). Facts are plain JSON so the
 * build can cache them per document and rebuild the site without re-reading unchanged documents.
 * Any TEI is accepted: a fact the document does not state is left out, never guessed.
 */
import {humanDate, isW3cDate} from './dates.js'
import {bodyText} from './text.js'
import {registerRefs} from './registers.js'
import {child, childElements, collapse, descendants, fromParsedTree, parseXmlTree, path, textOf, type XmlElement} from './xml-tree.js'
import {parseXml} from '../parse/parse-xml.js'
import type {XmlTree} from '../parse/tree.js'

/** One entry a document contributes to a corpus register. */
export interface RegisterRef {
  /** Identity across documents: an authority URI (`@ref`, `@sameAs`) or `name:` + the normalised name. */
  key: string
  /** The name to show: the register's (standOff) form when there is one, else the form in the text. */
  name: string
  /** The register entry's `@cert` (how certain its identification is), when it states one (TEI 21.1). */
  cert?: string
  /** The name's encoded surname (`persName/surname`, TEI 13.2.1), for sorting persons; absent when not encoded. */
  surname?: string
  /**
   * Other forms by which the document's names in the text point at this person's entry (`<persName ref="#p1">Kuchma</persName>`
   * for the entry "Leonid Kuchma"), sorted; absent when there are none. The corpus joins another
   * document's entry of that name to this one when no other entry claims the form.
   */
  forms?: string[]
}

/** What the corpus site knows of one document (plain JSON). */
export interface DocumentFacts {
  /** The output name: `<id>.html`, `<id>.xml`, `<id>.txt`. */
  id: string
  /** The edition's title (`titleStmt/title`, main title first); the id when the TEI has none. */
  title: string
  /** The authors named in `titleStmt/author`, joined with `; ` (for the citation). */
  authors?: string
  /** The source's catalogue title (`sourceDesc/bibl/title[@level='a']`), when it differs from `title`. */
  catalogueTitle?: string
  /** The document's date as a W3C value (`@when`, `@from`, `@notBefore`), for sorting. */
  date?: string
  /** The date as the document or catalogue words it, else a human form of `date`. */
  dateText?: string
  /** The document type: the categories of `textClass/catRef` (`#wcda-type`, `#type`, `#genre`), else `text/@type` when it is a word. */
  type?: string
  status: 'published' | 'failed'
  /** Why the document was not published (one line), for `status: 'failed'`. */
  reason?: string
  /** The catalogue's summary (`profileDesc/abstract`). */
  summary?: string
  /** The source the edition was made from (`sourceDesc/bibl/title[@level='m']`), for the citation. */
  sourceTitle?: string
  /** The source's identifier (`sourceDesc/bibl/idno`), for the citation. */
  sourceId?: string
  /** Who publishes the edition (`publicationStmt/publisher`, else `authority`), for the citation. */
  publisher?: string
  persons: RegisterRef[]
  places: RegisterRef[]
  orgs: RegisterRef[]
  /** Words in the text (whitespace-separated tokens of the reading text). */
  words: number
  /** The reading text (corrections, regularisations and expansions chosen), whitespace collapsed: what search indexes. */
  text?: string
  /** Set instead of `text` where the build cache keeps the text apart (src/build/state.ts): the hash of the text. */
  textHash?: string
}

/**
 * The facts of one published document. Input: its id (output name), TEI XML (a TEI or teiCorpus root)
 * and, when validation has parsed it already, that tree of the same text (`file.data.tree`: no second
 * parse). Output: {@link DocumentFacts} with `status: 'published'`. Throws an Error when the text is not
 * XML fast-xml-parser can read (the build calls this only for documents that parsed and published), a
 * TreeDepthError when it nests too deep.
 */
export function documentFacts(id: string, tei: string, parsed?: XmlTree): DocumentFacts {
  const root = siteTree(id, tei, parsed)
  const header = child(root, 'teiHeader')
  const fileDesc = child(header, 'fileDesc')
  const sourceDesc = child(fileDesc, 'sourceDesc')
  const title = mainTitle(child(fileDesc, 'titleStmt')) || id
  const authors = childElements(child(fileDesc, 'titleStmt'), 'author').map(textOf).filter(Boolean).join('; ')
  const catalogue = catalogueTitle(sourceDesc)
  const date = documentDate(root, header)
  const type = documentType(root, header)
  const summary = collapse(childElements(child(header, 'profileDesc'), 'abstract').map(textOf).join(' '))
  const sourceBibl = childElements(sourceDesc, 'bibl').find((b) => childElements(b, 'title').length > 0)
  const sourceTitle = textOf(childElements(sourceBibl, 'title').find((t) => t.attrs.level === 'm'))
  const sourceId = textOf(child(sourceBibl, 'idno'))
  const publicationStmt = child(fileDesc, 'publicationStmt')
  const publisher = textOf(child(publicationStmt, 'publisher') ?? child(publicationStmt, 'authority') ?? child(publicationStmt, 'distributor'))
  const registers = registerRefs(root)
  const text = bodyText(root)
  return {
    id,
    title,
    ...(authors ? {authors} : {}),
    ...(catalogue && catalogue !== title ? {catalogueTitle: catalogue} : {}),
    ...(date?.date ? {date: date.date} : {}),
    ...(date?.text ? {dateText: date.text} : {}),
    ...(type ? {type} : {}),
    status: 'published',
    ...(summary ? {summary} : {}),
    ...(sourceTitle ? {sourceTitle} : {}),
    ...(sourceId ? {sourceId} : {}),
    ...(publisher ? {publisher} : {}),
    persons: registers.persons,
    places: registers.places,
    orgs: registers.orgs,
    words: text === '' ? 0 : text.split(' ').length,
    ...(text ? {text} : {})
  }
}

/**
 * The facts of a document that was not published: its id and the reason (collapsed to one line), so
 * the index lists it instead of letting it disappear.
 */
export function failedFacts(id: string, reason: string): DocumentFacts {
  return {id, title: id, status: 'failed', reason: collapse(reason) || 'The document could not be published.', persons: [], places: [], orgs: [], words: 0}
}

/**
 * `title[@type='main']`, else the analytic title (`@level='a'`: this document, where the titleStmt also
 * names its series), else the first title that is not a subtitle, short form or series/journal title,
 * else the first title (TEI Guidelines 2.2.1).
 */
function mainTitle(titleStmt: XmlElement | undefined): string {
  const titles = childElements(titleStmt, 'title').filter((t) => textOf(t) !== '')
  const minor = ['sub', 'subordinate', 'alt', 'alternative', 'short', 'abbreviated', 'desc', 'iso-date']
  const chosen = titles.find((t) => t.attrs.type === 'main')
    ?? titles.find((t) => t.attrs.level === 'a')
    ?? titles.find((t) => !minor.includes(t.attrs.type ?? '') && !['s', 'j'].includes(t.attrs.level ?? ''))
    ?? titles[0]
  return textOf(chosen)
}

/**
 * The document's tree, read the same way whether or not validation parsed it: with teipipe's parser
 * (`parse/parse-xml.ts`, what validation uses), so that a build's facts never depend on which documents it
 * validated (a shard reads the facts of other shards' documents without validating them); a text that
 * parser refuses (not well-formed) is read leniently by fast-xml-parser, so that a broken document's
 * index entry still shows the title it states.
 */
function siteTree(id: string, tei: string, parsed: XmlTree | undefined): XmlElement {
  const tree = parsed ?? parseXml(tei, id).tree
  return tree === undefined ? parseXmlTree(tei) : fromParsedTree(tree.root)
}

/** The analytic title of the source: `sourceDesc/bibl/title[@level='a']` or `biblStruct/analytic/title`. */
function catalogueTitle(sourceDesc: XmlElement | undefined): string {
  for (const bibl of childElements(sourceDesc, 'bibl')) {
    const title = childElements(bibl, 'title').find((t) => t.attrs.level === 'a')
    if (title) return textOf(title)
  }
  for (const struct of childElements(sourceDesc, 'biblStruct')) {
    const title = path(struct, 'analytic', 'title')
    if (title) return textOf(title)
  }
  return ''
}

/**
 * The document's own date, in the order the HTML edition's metadata uses: the catalogue's document
 * date, `profileDesc/creation`, the sending `correspAction`, the manuscript's `origDate`; then the
 * text's dated `dateline` or `docDate` when it has exactly one. A publication date of the edition is
 * not the document's date and is never used.
 */
function documentDate(root: XmlElement, header: XmlElement | undefined): {date?: string; text?: string} | undefined {
  const profileDesc = child(header, 'profileDesc')
  const sourceDesc = path(header, 'fileDesc', 'sourceDesc')
  const sent = childElements(child(profileDesc, 'correspDesc'), 'correspAction').find((a) => a.attrs.type === 'sent')
  const candidates = [
    ...descendants(sourceDesc, ['date']).filter((d) => d.attrs.type === 'document' || d.attrs.type === 'creation'),
    ...descendants(child(profileDesc, 'creation'), ['date', 'origDate']),
    ...childElements(sent, 'date'),
    ...descendants(sourceDesc, ['origDate']),
    ...ownDateline(child(root, 'text'))
  ]
  for (const element of candidates) {
    const value = [element.attrs.when, element.attrs.from, element.attrs.notBefore, element.attrs['when-iso'], element.attrs.notAfter, element.attrs.to].find((v) => v !== undefined && isW3cDate(v))
    const words = textOf(element)
    if (value === undefined && words === '') continue
    const text = words || rangeText(element) || (value === undefined ? '' : humanDate(value))
    return {...(value === undefined ? {} : {date: value}), ...(text ? {text} : {})}
  }
  return undefined
}

/** The categories a document is classified under, else the `@type` of its text when that is a word. */
function documentType(root: XmlElement, header: XmlElement | undefined): string {
  const schemes = ['#wcda-type', '#type', '#genre']
  const categories = new Map<string, XmlElement>()
  for (const category of descendants(path(header, 'encodingDesc'), ['category'])) if (category.attrs.id) categories.set(category.attrs.id, category)
  const labels: string[] = []
  for (const catRef of childElements(path(header, 'profileDesc', 'textClass'), 'catRef')) {
    if (!schemes.includes(catRef.attrs.scheme ?? '')) continue
    for (const target of (catRef.attrs.target ?? '').split(/\s+/)) {
      const category = target.startsWith('#') ? categories.get(target.slice(1)) : undefined
      const label = textOf(child(category, 'catDesc') ?? child(category, 'gloss'))
      if (label && !labels.includes(label)) labels.push(label)
    }
  }
  if (labels.length > 0) return labels.join(', ')
  // A word, not a project's code (ELTeC's text/@type="T2MSH" says nothing to a reader).
  const textType = collapse(child(root, 'text')?.attrs.type ?? '')
  return /^\p{L}[\p{L} -]*$/u.test(textType) ? textType : ''
}

/** An unworded date range (`@from`/`@to`, `@notBefore`/`@notAfter`) in words: `July 1843 – August 1843`. */
function rangeText(date: XmlElement): string {
  const start = date.attrs.from ?? date.attrs.notBefore
  const end = date.attrs.to ?? date.attrs.notAfter
  if (start === undefined || end === undefined || !isW3cDate(start) || !isW3cDate(end)) return ''
  return start === end ? humanDate(start) : `${humanDate(start)} – ${humanDate(end)}`
}

/**
 * The date of the text's one dated `dateline` (or `docDate`) outside notes. A text with several is a
 * collection (a volume of letters), whose first dateline is not its date: then none.
 */
function ownDateline(text: XmlElement | undefined): XmlElement[] {
  const dated = [
    ...descendants(text, ['dateline'], ['note']).flatMap((d) => descendants(d, ['date']).slice(0, 1)),
    ...descendants(text, ['docDate'], ['note'])
  ].filter((d) => d.attrs.when !== undefined && isW3cDate(d.attrs.when))
  return dated.length === 1 ? dated : []
}
