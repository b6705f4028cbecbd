/** encodingDesc, profileDesc and revisionDesc of the teiHeader. */
import type {Ctx} from './context.js'
import type {HeaderInput} from './header.js'
import {field, frameText, WIDGETS, type Page} from './page.js'
import {el, esc, type XmlWriter} from './serialize.js'
import {typeFromTitle} from './doc-type.js'
import {recipientNames} from './recipients.js'
import {particDesc} from './partic-desc.js'
import {VERSION} from '../version.js'

/**
 * Release date of this version of the encoder's rules, stated in revisionDesc beside teipipe's version. A constant,
 * not today's date, so that re-encoding gives identical bytes; bump it when the encoder's output changes. It is not
 * the date of the encoding: the change carries it as @notBefore (TEI att.datable, Guidelines §13.4; revisionDesc
 * §2.6: change/@when is optional), the one true thing it says about when the encoding was made.
 */
export const ENCODER_DATE = '2026-11-29'

const POLICY = [
  '<correction><p>Errors of the copy text are kept and recorded with choice/sic/corr; every correction comes from the reviewed editorial-decisions file and carries @resp (and @cert when inferred). Nothing is corrected silently.</p></correction>',
  '<normalization><p>Spelling and the translator\'s name forms are kept; normalised names live in the standOff registers. Dates carry W3C values in @when, @from/@to or @notBefore/@notAfter.</p></normalization>',
  '<quotation marks="all"><p>Quotation marks are kept as characters, inside quote and q.</p></quotation>',
  '<p>Square brackets of the copy text are not transcribed: translator\'s insertions are supplied, translator\'s notes are note[@type=\'translator\'] (the label "Translator\'s note" is not transcribed), descriptions of stamps and signatures are stamp and gap; a bracket without its pair is kept as the copy has it, in orig. The web page\'s "Skip to content" link, its field labels and empty spacer lines are omitted; the page\'s date line, title, sponsor line, summary and "Document Information" are in this header. Marginal marks reported by the translator are metamark elements pointing at the marked passage; the values of idno/@type (incoming, outgoing, registration) are the encoder\'s inference.</p>'
].join('')

/** Write encodingDesc, profileDesc and revisionDesc. */
export function writeDescriptions(page: Page, input: HeaderInput, w: XmlWriter, ctx: Ctx): void {
  // The archive's Type field; without it, the genre word of the page title (a separate taxonomy: our inference).
  const wcdaType = field(page, 'Type')
  const type = wcdaType ?? typeFromTitle(page.title?.text ?? '')
  const scheme = wcdaType ? 'wcda-type' : 'type'
  const typeId = type ? `${wcdaType ? 'wcda' : 'type'}-${type.toLowerCase().replace(/\W+/g, '-')}` : undefined
  // The classification printed on the document; else the archive's "Original Classification" field. A field that
  // differs from the printed mark is declared as a second category (its words are the archive's metadata).
  const printed = field(page, 'Original Classification')?.replace(/\s+/g, ' ')
  const fromField = printed ? {text: printed.replace(/\.$/, ''), id: `cls-${printed.toLowerCase().replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'field'}`} : undefined
  const cls = ctx.facts.classification ?? fromField
  const categories = [cls, fromField].filter((c, k, all): c is {text: string; id: string} => c !== undefined && all.findIndex((d) => d?.id === c.id) === k)
  w.open('encodingDesc')
  w.leaf('editorialDecl', {}, POLICY)
  w.leaf('tagsDecl', {}, `${el('rendition', {'xml:id': 'right', scheme: 'css'}, 'text-align: right;')}${el('rendition', {'xml:id': 'center', scheme: 'css'}, 'text-align: center;')}`)
  w.open('classDecl')
  if (cls) w.leaf('taxonomy', {'xml:id': 'classification'}, categories.map((c) => el('category', {'xml:id': c.id}, el('catDesc', {}, esc(c.text)))).join(''))
  if (type && typeId) w.leaf('taxonomy', {'xml:id': scheme}, el('category', {'xml:id': typeId}, el('catDesc', {}, esc(type))))
  w.leaf('taxonomy', {'xml:id': 'date-analysis'}, el('category', {'xml:id': 'date-typo-content'}, '<catDesc>Printed date judged erroneous from the document\'s content</catDesc>') + (input.bodyXml?.includes('ana="#date-context"') ? el('category', {'xml:id': 'date-context'}, '<catDesc>Year or month not printed: taken by the encoder from the document\'s own date</catDesc>') : ''))
  w.close('classDecl')
  w.close('encodingDesc')
  w.open('profileDesc')
  if (page.summary) w.leaf('abstract', {resp: '#org-wcda', source: '#src-wcda'}, el('p', {}, esc(page.summary.text.trim())))
  if (ctx.facts.docDate) w.leaf('creation', {}, el('date', ctx.facts.docDate))
  const titleLangs = (ctx.edits?.supplied ?? []).flatMap((s) => (s.title ? [s.title.lang] : []))
  const langs = [...new Set([...Object.values(ctx.registers.entries).flat().flatMap((e) => (e.lang ? [e.lang] : [])), ...titleLangs, ...ctx.facts.languages])].sort()
  const langNames: Record<string, string> = {'ru-Latn': 'Russian, romanised', 'ko-Latn': 'Korean, romanised'}
  w.leaf('langUsage', {}, [el('language', {ident: 'en'}, 'English (the transcribed translation)'), ...langs.map((l) => el('language', {ident: l}, esc(langNames[l] ?? l)))].join(''))
  const cats = [cls ? el('catRef', {scheme: '#classification', target: `#${cls.id}`}) : '', typeId ? el('catRef', {scheme: `#${scheme}`, target: `#${typeId}`}) : '', keywords(page)].join('')
  if (cats) w.leaf('textClass', {}, cats)
  writeCorresp(w, ctx, input.bodyXml ?? '')
  const partic = particDesc(input.bodyXml ?? '')
  if (partic) w.raw(partic)
  w.close('profileDesc')
  w.open('revisionDesc', {status: 'draft'})
  w.leaf('change', {notBefore: ENCODER_DATE, who: '#ed', status: 'draft'}, esc(`Encoded automatically from the Wilson Center web text (record ${input.recordId}) by teipipe ${VERSION} (encoder of ${ENCODER_DATE}); the day of encoding is not recorded, so that encoding again gives the same file.`))
  const reviewed = ctx.edits?.reviewed
  if (reviewed && /^\d{4}-\d\d-\d\d$/.test(reviewed.when)) {
    w.leaf('change', {when: reviewed.when, who: '#ed', status: 'reviewed'}, esc(`Editorial decisions (corrections, register identifications, extents of marked passages) reviewed${reviewed.by ? ` by ${reviewed.by}` : ''}.`))
  }
  w.close('revisionDesc')
}

/**
 * The page's widget lines (archive-conventions.md §1: "Associated Topics", "Associated Places", …) as
 * `keywords` (TEI 2.4.3), one per widget, its label in @n and each value a `term`.
 */
function keywords(page: Page): string {
  const groups: {label: string; terms: string[]}[] = []
  for (const l of page.widgets) {
    const t = l.text.trim()
    if (WIDGETS.test(frameText(t))) groups.push({label: frameText(t).replace(/:$/, ''), terms: []})
    else groups[groups.length - 1]?.terms.push(t)
  }
  return groups.filter((g) => g.terms.length > 0).map((g) => el('keywords', {n: g.label}, g.terms.map((t) => el('term', {}, esc(t))).join(''))).join('')
}

/** correspDesc (TEI P5 §2.4.6): who sent the document and when; who received it (the sidecar's receiver, else the body's addressee) and when. */
function writeCorresp(w: XmlWriter, ctx: Ctx, bodyXml: string): void {
  const f = ctx.facts
  const facts = ctx.edits?.facts
  const recipients = facts?.receiver ? [] : recipientNames(bodyXml)
  if (!f.docDate && f.signatories.length === 0 && recipients.length === 0) return
  w.open('correspDesc')
  const sent = [
    f.letterheadRef ? el('orgName', {ref: f.letterheadRef}, esc(f.letterheadName ?? '')) : '',
    ...f.signatories.map((s) => el('persName', {ref: s.ref}, esc(s.name))),
    facts?.place ? el('placeName', {ref: facts.placeRef}, esc(facts.place)) : '',
    f.docDate ? el('date', f.docDate) : ''
  ].join('')
  if (sent !== '') w.leaf('correspAction', {type: 'sent'}, sent)
  if (f.receivedDate || facts?.receiver || recipients.length > 0) {
    w.leaf('correspAction', {type: 'received'}, [facts?.receiver ? el('orgName', {ref: facts.receiverRef}, esc(facts.receiver)) : '', ...recipients, f.receivedDate ? el('date', f.receivedDate) : ''].join(''))
  }
  w.close('correspDesc')
}
