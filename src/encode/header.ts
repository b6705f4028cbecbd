/** The teiHeader: web page as `bibl`, original as `msDesc`, editorial declarations, profile, revisions. */
import type {Ctx} from './context.js'
import {normaliseDate} from './dates.js'
import {ymd} from './dates/parts.js'
import {languageCode} from './names/gazetteer.js'
import {field, type Page} from './page.js'
import {RECORDED_BY} from './names/recognise.js'
import {slugId} from './registers.js'
import {el, esc, type Attrs, type XmlWriter} from './serialize.js'
import {readSource, type SourceInfo} from './source-info.js'
import {writeDescriptions} from './header-desc.js'
import {isCaps} from './body/opener.js'

/** Header inputs: the page and the record id. */
export interface HeaderInput {
  page: Page
  recordId: string
  title: string
  /** The encoded body, so that the header declares every language it uses (`xml:lang` values). */
  bodyXml?: string
}

export {field} from './page.js'

/** Title case for the edition title ("CONCERNING CHANGES IN …" → "Concerning Changes in …"). */
export function titleCase(text: string): string {
  const small = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with'])
  return text.toLowerCase().split(' ').map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ')
}

/**
 * The edition title: the document's own heading (title case when printed in capitals) when the page title quotes
 * it ("Soviet Embassy in North Korea, 'Concerning Changes …'"), otherwise the page title. A heading the page title
 * does not quote ("Press Release", "(Memo)") is too weak to name the edition.
 */
export function editionTitle(pageTitle: string, head: string | undefined): string {
  if (!head) return pageTitle
  const fold = (s: string): string => s.toLowerCase().replace(/[‘’'“”"]/g, "'").replace(/\s+/g, ' ').trim()
  const quoted = [...pageTitle.matchAll(/['‘“"](.+?)['’”"](?=\W*$|[,;:]\s)/gu)].map((m) => fold(m[1] ?? ''))
  const h = fold(head).replace(/[.,;:]$/, '')
  return quoted.some((q) => q.replace(/[.,;:]$/, '') === h) ? (isCaps(head) ? titleCase(head) : head) : pageTitle
}

/** A person in the register from a name in the page's metadata. */
function person(ctx: Ctx, name: string | undefined): string | undefined {
  if (!name) return undefined
  const known = ctx.registers.forms().find((f) => f.form === name && f.kind === 'persons')
  return `#${known?.id ?? ctx.registers.add('persons', {id: slugId('pers', name), name, forms: [name]})}`
}

/** Write the teiHeader. */
export function writeHeader(input: HeaderInput, w: XmlWriter, ctx: Ctx): void {
  const {page} = input
  if (input.bodyXml !== undefined) ctx.registers.prune(input.bodyXml)
  const src = readSource(field(page, 'Source'))
  // A credit line of the body ("[Translated for CWIHP by A.]") names the translator when Source does not.
  const credited = page.credits.flatMap((c) => c.credits).find((c) => c.translated)?.names[0]
  const translator = src?.translatedBy ?? credited
  const tr = person(ctx, translator)
  const obtained = person(ctx, src?.obtainedBy)
  ctx.registers.add('orgs', {id: 'org-wcda', name: 'Wilson Center, History and Public Policy Program'})
  w.open('teiHeader').open('fileDesc').open('titleStmt')
  w.leaf('title', {type: 'main'}, esc(editionTitle(input.title, ctx.facts.mainHead)))
  w.leaf('title', {type: 'sub'}, esc(`TEI edition of Wilson Center Digital Archive record ${input.recordId}`))
  // No translator named: the translator's notes and insertions (resp="#tr") are those of the English text the
  // archive publishes; the archive is never stated as the translator (archive-conventions.md §5).
  const others = translator === src?.translatedBy ? (src?.coTranslators ?? []).map((n) => el('persName', {ref: person(ctx, n)}, esc(n))).join('') : ''
  w.leaf('respStmt', {'xml:id': 'tr'}, tr && translator ? `<resp>translated by</resp>${el('persName', {ref: tr}, esc(translator))}${others}` : `<resp>English text, with its bracketed notes and insertions, as published by</resp>${el('orgName', {ref: '#org-wcda'}, 'Wilson Center Digital Archive')}`)
  w.leaf('respStmt', {'xml:id': 'ed'}, '<resp>TEI encoding, corrections and annotation</resp><name>teipipe edition project</name>')
  // The encoder itself, so that the register entries it identified without review can say so (resp="#teipipe").
  const inferredDates = input.bodyXml?.includes('ana="#date-context"') === true
  if (ctx.registers.hasInferred() || inferredDates) w.leaf('respStmt', {'xml:id': 'teipipe'}, `<resp>${ctx.registers.hasInferred() ? 'persons, places and organisations' : ''}${ctx.registers.hasInferred() && inferredDates ? '; ' : ''}${inferredDates ? 'dates completed from the document\'s own date' : ''} identified automatically, not yet reviewed</resp><name>teipipe encoder</name>`)
  w.close('titleStmt').open('publicationStmt')
  w.leaf('publisher', {}, 'teipipe edition project')
  w.leaf('idno', {type: 'edition'}, esc(`wcda-${input.recordId}`))
  w.leaf('availability', {status: 'restricted'}, '<p>Markup by the teipipe edition project; the translation is subject to the rights statement of the source.</p>')
  w.close('publicationStmt').open('sourceDesc')
  writeWebBibl(page, input, src, {tr, obtained}, w, ctx)
  writeMsDesc(page, src, obtained, input.title, w, ctx)
  w.close('sourceDesc').close('fileDesc')
  writeDescriptions(page, input, w, ctx)
  w.close('teiHeader')
}

function writeWebBibl(page: Page, _input: HeaderInput, src: SourceInfo | undefined, refs: {tr: string | undefined; obtained: string | undefined}, w: XmlWriter, ctx: Ctx): void {
  w.open('bibl', {'xml:id': 'src-wcda', type: 'digital-translation'})
  if (page.title) w.leaf('title', {level: 'a'}, esc(page.title.text.trim()))
  w.leaf('title', {level: 'm'}, 'Wilson Center Digital Archive')
  if (src?.obtainedBy && refs.obtained) w.leaf('respStmt', {}, `<resp>obtained by</resp>${el('persName', {ref: refs.obtained}, esc(src.obtainedBy))}`)
  if (src?.translatedBy && refs.tr) w.leaf('respStmt', {}, `<resp>translated by</resp>${el('persName', {ref: refs.tr}, esc(src.translatedBy))}${src.coTranslators.map((n) => el('persName', {ref: person(ctx, n)}, esc(n))).join('')}`)
  // The body's credit lines: one respStmt per role, the line itself kept as printed.
  for (const c of page.credits.flatMap((x) => x.credits)) {
    const names = c.names.filter((n) => !(c.translated && n === src?.translatedBy) && !(n === src?.obtainedBy && /obtained/.test(c.resp)))
    if (names.length > 0) w.leaf('respStmt', {}, `<resp>${esc(c.resp)}</resp>${names.map((n) => el('persName', {ref: person(ctx, n)}, esc(n))).join('')}`)
  }
  const sponsor = /support from (.+)$/.exec(page.sponsor?.text.trim() ?? '')?.[1]
  const donors = field(page, 'Donors')?.split('\n') ?? []
  // The sponsor line usually repeats (part of) the Donors field: one funder per distinct body.
  const bodies = [...(sponsor && !donors.some((d) => d.includes(sponsor)) ? [sponsor] : []), ...donors].flatMap(splitBodies)
  const funders = [...new Set(bodies)]
  for (const f of funders) w.leaf('funder', {}, esc(f))
  w.leaf('publisher', {ref: '#org-wcda'}, 'History and Public Policy Program, Wilson Center')
  if (page.dateLine) w.leaf('date', {type: 'document', ...(normaliseDate(page.dateLine.text) ?? {})}, esc(page.dateLine.text.trim()))
  const uploaded = field(page, 'Original Uploaded Date')
  // An impossible date ("2023-13-45") keeps its text without a value.
  const iso = /^(\d{4})-(\d\d)-(\d\d)$/.exec(uploaded ?? '')
  if (uploaded) w.leaf('date', {type: 'uploaded', ...(normaliseDate(uploaded) ?? (iso ? {when: ymd(iso[1] ?? '', iso[2] ?? '', iso[3] ?? '')} : {}))}, esc(uploaded))
  const record = field(page, 'Record ID')
  if (record) w.leaf('idno', {type: 'WCDA-record'}, esc(record))
  if (src) w.leaf('note', {type: 'source'}, esc(src.citation))
  for (const c of page.credits) w.leaf('note', {type: 'source', subtype: 'credit'}, esc(c.line.text.trim()))
  const archive = field(page, 'Original Archive')
  if (archive) w.leaf('note', {type: 'source', subtype: 'original-archive'}, esc(archive))
  const rights = page.info.get('Rights') ?? []
  if (rights.length > 0) {
    w.open('availability', {status: 'restricted'})
    for (const r of rights) w.leaf('licence', {}, licenceText(r.text.trim()))
    w.close('availability')
  } else w.leaf('availability', {status: 'unknown'}, el('licence', {}, 'The source text comes without a rights statement.'))
  const type = field(page, 'Type')
  if (type) w.leaf('note', {type: 'wcda-type'}, esc(type))
  w.leaf('relatedItem', {type: 'original', target: '#src-orig'})
  // A related document's title printed above the page title (archive-conventions.md §1): kept as a related item.
  for (const r of page.related) w.leaf('relatedItem', {type: 'related'}, el('bibl', {}, el('title', {}, esc(r.text.trim()))))
  w.close('bibl')
}

/** "A and B" names two bodies (one funder each); "Chun & Jane Chiu Family Foundation" stays one. */
export function splitBodies(line: string): string[] {
  const parts = line.split(/[\s\u00a0]and[\s\u00a0]+(?=\p{Lu})/u).map((p) => p.trim())
  return parts.every((p) => p.split(/\s+/).length >= 2) ? parts : [line.trim()]
}

/**
 * The original's language (msContents/textLang): the page's "Language" field as printed, its names as ISO 639 codes
 * (first → @mainLang, others → @otherLangs); without the field, the language of the archive the Source names; "und"
 * (ISO 639: undetermined) with no text when neither tells it. A name no table lists keeps its words with "und".
 */
function textLang(src: SourceInfo | undefined, printed: string | undefined): [Attrs, string | undefined] {
  if (printed === undefined) return [{mainLang: src?.lang ?? 'und'}, src?.lang ? esc(new Intl.DisplayNames(['en'], {type: 'language'}).of(src.lang) ?? src.lang) : undefined]
  const codes = [...new Set(printed.split(/[\n,;/]|\band\b/).map((n) => languageCode(n)).filter((c): c is string => c !== undefined))]
  return [{mainLang: codes[0] ?? src?.lang ?? 'und', otherLangs: codes.length > 1 ? codes.slice(1).join(' ') : undefined}, esc(printed.replace(/\s*\n\s*/g, ', '))]
}

/** Rights text with the e-mail address (obfuscated by the scrape, or plain). */
function licenceText(text: string): string {
  return esc(text)
    .replace(/\[email[\s\u00a0]protected\]/, `<email>${el('gap', {reason: 'obfuscated-in-source', resp: '#ed'}, '<desc>email protected</desc>')}</email>`)
    .replace(/\b([\w.]+@[\w.]+\w)/, '<email>$1</email>')
}

function writeMsDesc(page: Page, src: SourceInfo | undefined, obtained: string | undefined, pageTitle: string, w: XmlWriter, ctx: Ctx): void {
  w.open('msDesc', {'xml:id': 'src-orig'})
  const idParts = [
    src?.country ? el('country', {key: src.countryCode}, esc(src.country)) : '',
    src?.settlement ? el('settlement', {}, esc(src.settlement)) : '',
    src?.repository ? el('repository', {}, esc(src.repository)) : '',
    ...(src?.idnos ?? []).map((i) => el('idno', {type: i.type}, esc(i.value)))
  ].join('')
  // A fact the page does not give is left out, never stated as a placeholder ("unknown", "not stated").
  // No reference at all: an empty idno typed "unknown" records the absence without printing a placeholder.
  // A citation whose place or repository cannot be read is kept verbatim (idno type="source"), never half-parsed.
  // TEI's msIdentifier constraint (msId_minimal: not an idno first, not empty) and the project rule msidentifier-complete
  // (settlement + repository + idno, else a verbatim idno type="source", else an empty idno type="unknown") both hold:
  // without a parsed repository the identifier opens with the collection the page is part of, the Digital Archive.
  const complete = src?.repository && src.idnos.length > 0 && (src.settlement || src.idnos.some((i) => i.type === 'source'))
  // The reference alone: the credit sentences after it ("Translated by …") are the bibl's respStmt, never an idno.
  const verbatim = src?.idnos.find((i) => i.type === 'source')?.value ?? (src?.reference || src?.citation)
  const collection = el('collection', {}, 'Wilson Center Digital Archive')
  w.leaf('msIdentifier', {}, complete ? idParts : collection + (verbatim ? el('idno', {type: 'source'}, esc(verbatim)) : el('idno', {type: 'unknown'})))
  w.open('msContents')
  w.leaf('textLang', ...textLang(src, field(page, 'Language')))
  // The item's title: its own heading (translated), else the archive's title for it (the page title).
  const title = ctx.facts.mainHead ? el('title', {type: 'translated', 'xml:lang': 'en'}, esc(ctx.facts.mainHead)) : el('title', {}, esc(pageTitle))
  // "Recorded by: …" in the text: who recorded the original (TEI msItem admits respStmt, model.msItemPart).
  const recorded = [...new Set(page.body.map((l) => RECORDED_BY.exec(l.text.trim())?.[1]).filter((n): n is string => n !== undefined))]
    .map((n) => ({n, known: ctx.registers.forms().find((f) => f.form === n && f.kind === 'persons')}))
    .filter((r) => r.known !== undefined)
    .map((r) => el('respStmt', {}, `<resp>recorded by</resp>${el('persName', {ref: `#${r.known?.id ?? ''}`}, esc(r.n))}`))
  w.leaf('msItem', {}, `${src?.locus ? el('locus', {from: src.locus.from, to: src.locus.to}, esc(src.locus.text)) : ''}${title}${recorded.join('')}`)
  w.close('msContents')
  const hands: string[] = []
  if (ctx.facts.typistInitials) hands.push(el('handNote', {'xml:id': 'h-typist', scope: 'major'}, `Typescript; typist's initials ${el('abbr', {type: 'initials'}, esc(ctx.facts.typistInitials))}.`))
  if (ctx.facts.hasReaderMarks) hands.push(el('handNote', {'xml:id': 'h-reader', scope: 'minor'}, 'Unidentified reader(s): marginal lines, signs and underlining, known only from the translator\'s notes.'))
  if (ctx.facts.handAdditions) hands.push(el('handNote', {'xml:id': 'hand-1', scope: 'minor'}, 'Additions by hand, known only from the translator\'s bracketed labels ([handwritten: …]).'))
  if (hands.length > 0) w.open('physDesc').leaf('handDesc', {}, hands.join('')).close('physDesc')
  const history: string[] = []
  const place = ctx.edits?.facts?.place
  if (ctx.facts.docDate) history.push(el('origin', {}, el('origDate', ctx.facts.docDate as Attrs, esc(ctx.facts.docDate.when ?? '')) + (place ? `, ${el('origPlace', {}, el('placeName', {ref: ctx.edits?.facts?.placeRef, cert: 'high', resp: '#ed'}, esc(place)))}` : '')))
  if (ctx.facts.receivedDate) history.push(el('provenance', {}, `Registered on receipt: ${el('date', ctx.facts.receivedDate, esc(ctx.facts.receivedDate.when ?? ''))}.`))
  if (src?.obtainedBy) history.push(el('acquisition', {}, `Obtained by ${el('persName', {ref: obtained}, esc(src.obtainedBy))}.`))
  if (history.length > 0) w.leaf('history', {}, history.join(''))
  w.close('msDesc')
}
