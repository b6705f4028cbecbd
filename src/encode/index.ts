/** The encoder: a scraped archive text (or plain text) → a TEI P5 document, lossless and deterministic. */
import type {TeiFile} from '../core/file.js'
import {groupByBrackets} from './brackets.js'
import {createContext, type Ctx} from './context.js'
import type {EditsFile} from './edits.js'
import {field, writeHeader} from './header.js'
import {isBlankText} from './input.js'
import {ambiguousNumericDates, numericOrder} from './dates.js'
import {checkOrdered, checkPresent, textContent} from './lossless.js'
import {splitPage, type Page, type SourceLine} from './page.js'
import {registersFrom} from './registers.js'
import {registerTitlePersons} from './title-names.js'
import {XmlWriter} from './serialize.js'
import {toBlocks, writeBody} from './body/structure.js'
import './rules.js'

export {loadEdits, EditsError, editsPathFor, type EditsFile} from './edits.js'

const PROLOG = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<?xml-model href="../schemas/teipipe.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>',
  '<?xml-model href="../schemas/teipipe.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>'
].join('\n')

/** Encode `file.source` into `file.tei`; problems become messages (source 'encode'). */
export function encodeFile(file: TeiFile, options: {edits?: EditsFile} = {}): void {
  if (isBlankText(file.source)) {
    file.message('The file holds no text to encode (it is empty or only whitespace).', {ruleId: 'encode-empty-input', source: 'encode', severity: 'error', fatal: true, place: {start: {line: 1, column: 1}}})
    return
  }
  const page = splitPage(file.source)
  if (page.missingInfo) {
    const last = page.body[page.body.length - 1]
    file.message('This archive page has no "Document Information" block, so its text cannot be told apart from the archive\'s metadata. Copy the whole page, down to the "Document Information" fields.', {ruleId: 'encode-no-document-information', source: 'encode', severity: 'error', fatal: true, place: {start: {line: last?.line ?? 1, column: 1}}})
    return
  }
  if (page.layout === 'plain') {
    file.message('The text has no archive page layout ("Skip to content" … "Document Information"); a minimal TEI document was made and every line kept as a paragraph.', {ruleId: 'encode-plain-text', source: 'encode', severity: 'warning', place: {start: {line: page.body[0]?.line ?? 1, column: 1}}})
  }
  const groups = groupByBrackets(page.body)
  if (!Array.isArray(groups)) {
    file.message(groups.reason, {ruleId: 'encode-unbalanced-bracket', source: 'encode', severity: 'error', fatal: true, place: {start: {line: groups.line, column: groups.column}}})
    return
  }
  const ctx = createContext(file, options.edits, registersFrom(options.edits))
  readDateOrder(page, ctx)
  if (page.title) ctx.headerNames.push(page.title.text)
  registerTitlePersons(page.title?.text, page.body, ctx)
  const body = new XmlWriter()
  writeBody(toBlocks(groups), body, ctx, divType(page))
  const head = new XmlWriter()
  const recordId = field(page, 'Record ID') ?? file.path.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '')
  writeHeader({page, recordId, title: page.title?.text.trim() ?? recordId}, head, ctx)
  const standOff = new XmlWriter()
  standOff.open('standOff')
  ctx.registers.write(standOff)
  standOff.close('standOff')
  const id = `wcda-${recordId}`.replace(/[^\w.-]/g, '-')
  const indent = (s: string): string => s.replace(/^(?=.)/gm, ' ')
  const tei = `${PROLOG}\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="${id}" xml:lang="en">\n${indent(head.toString())}${indent(standOff.toString())} <text>\n${indent(indent(body.toString()))} </text>\n</TEI>\n`
  reportStale(ctx)
  checkWords(page, tei, ctx)
  file.tei = tei
}

/** The document's kind for its main `div` (memo, telegram, …), from its genre line or the archive's Type. */
function divType(page: Page): string {
  const genre = page.body.map((l) => /^\((\p{L}+)\)$/u.exec(l.text.trim())?.[1]?.toLowerCase()).find((g) => g !== undefined && GENRES.has(g))
  return genre ?? 'document'
}

/** Genre labels printed as "(Memo)" that name the document's kind (a closed list, as in the project schema). */
const GENRES = new Set(['memo', 'memorandum', 'information', 'record', 'telegram', 'cable', 'letter', 'report', 'minutes', 'speech', 'statement', 'resolution'])

/** The document's numeric date order; ambiguous numeric dates it cannot decide are left untagged, with a warning. */
function readDateOrder(page: Page, ctx: Ctx): void {
  ctx.numericOrder = numericOrder(page.body.map((l) => l.text).join('\n'))
  for (const l of page.body) {
    for (const d of ambiguousNumericDates(l.text, ctx.numericOrder)) {
      ctx.file.message(`The numeric date "${d}" can be read day-first or month-first and the document gives no unambiguous example; it is left without a normalised date. Add it to "dates" in the .edits.json sidecar.`, {ruleId: 'encode-date-ambiguous', source: 'encode', severity: 'warning', place: {start: {line: l.line, column: l.text.indexOf(d) + 1}}})
    }
  }
}

function reportStale(ctx: Ctx): void {
  for (const stale of ctx.use.stale(ctx.edits)) {
    ctx.file.message(`An editorial decision no longer matches the source text: ${stale}. Review the .edits.json sidecar.`, {ruleId: 'encode-edit-stale', source: 'encode', severity: 'error'})
  }
}

/** Fail (fatal error) when a word of the body is missing from <text> or a metadata word from the header. */
function checkWords(page: Page, tei: string, ctx: Ctx): void {
  const text = textContent(tei.slice(tei.indexOf('<text>')))
  const lost = checkOrdered(page.body, text, ctx.accounted)
  // The sponsor line's fixed wording is page chrome; only the sponsor's name is metadata.
  const sponsor = page.sponsor ? {...page.sponsor, text: page.sponsor.text.replace(/^This document was made possible with support from /, '')} : undefined
  const meta: SourceLine[] = [page.dateLine, page.title, sponsor, page.summary, ...[...page.info.values()].flat()].filter((l): l is SourceLine => l !== undefined)
  const metaLost = checkPresent(meta, textContent(tei.slice(0, tei.indexOf('<text>'))))
  const loss = lost ?? metaLost
  if (loss) {
    ctx.file.message(`Words of the source are missing from the TEI, starting with "${loss.missing}" (line ${loss.line}). The encoder would lose text; please report this.`, {ruleId: 'encode-words-lost', source: 'encode', severity: 'error', fatal: true, place: {start: {line: loss.line, column: 1}}})
  }
}
