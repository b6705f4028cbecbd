/** The encoder: a scraped archive text (or plain text) → a TEI P5 document, lossless and deterministic. */
import type {TeiFile} from '../core/file.js'
import {groupByBrackets, restoreBrackets} from './brackets.js'
import {createContext, warn, type Ctx} from './context.js'
import {decisionPlace, editsPathFor, type EditsFile} from './edits.js'
import {writeHeader} from './header.js'
import {isBlankText} from './input.js'
import {ambiguousNumericDates, normaliseDate, numericOrder} from './dates.js'
import {checkOrdered, checkPresent, textContent, type Loss} from './lossless.js'
import {field, frameText, splitPage, WIDGETS, type Page, type SourceLine} from './page.js'
import {findWord} from './wraps.js'
import {registersFrom} from './registers.js'
import {registerTitlePersons} from './title-names.js'
import {registerTextNames} from './names/recognise.js'
import {registerWidgetPersons} from './names/widgets.js'
import {el, XmlWriter} from './serialize.js'
import {placeSignatureMarks} from './recognisers/signature/index.js'
import {toBlocks, writeBody, type Block} from './body/structure.js'
import './rules.js'

export {loadEdits, EditsError, editsPathFor, type EditsFile} from './edits.js'

const PROLOG = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<?xml-model href="../schemas/teipipe.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>',
  '<?xml-model href="../schemas/teipipe.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>'
].join('\n')

/** Characters XML 1.0 forbids (C0 controls but tab, newline and carriage return; U+FFFE/U+FFFF; lone surrogates). */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
/** Stands for a forbidden character while encoding (a Unicode noncharacter: never in a real capture). */
const HOLE = '\uFDD0'
/** Blocks a failed word check may turn into plain paragraphs before the whole body is kept plain. */
const MAX_PLAIN_RETRIES = 8

/**
 * Encode `file.source` into `file.tei`; problems become messages (source 'encode'). Only an empty text is fatal:
 * an incomplete page frame, an unclosed bracket, a truncated capture or a control character give TEI and a warning;
 * a block whose recognisers would drop words is kept as a plain paragraph (`encode-block-kept-plain`).
 */
export function encodeFile(file: TeiFile, options: {edits?: EditsFile} = {}): void {
  if (isBlankText(file.source)) {
    file.message('The file holds no text to encode (it is empty or only whitespace).', {ruleId: 'encode-empty-input', source: 'encode', severity: 'error', fatal: true, place: {start: {line: 1, column: 1}}})
    return
  }
  const source = maskForbidden(file)
  const page = splitPage(source)
  if (page.layout === 'plain') {
    file.message('The text has no archive page layout ("Skip to content" … "Document Information"); a minimal TEI document was made and every line kept as a paragraph.', {ruleId: 'encode-plain-text', source: 'encode', severity: 'warning', place: {start: {line: page.body[0]?.line ?? 1, column: 1}}})
  } else if (page.missing.includes('Document Information') || page.missing.includes('page title')) {
    const at = page.missing.includes('Document Information') ? page.body[page.body.length - 1] : page.body[0]
    file.message(`The archive page lacks ${page.missing.map((m) => `"${m}"`).join(', ')}; the text was encoded from what is there and the missing parts are left out of the header.`, {ruleId: 'encode-frame-incomplete', source: 'encode', severity: 'warning', place: {start: {line: at?.line ?? 1, column: 1}}})
  }
  const {groups, problems} = groupByBrackets(page.body)
  for (const p of problems) file.message(p.reason, {ruleId: 'encode-unbalanced-bracket', source: 'encode', severity: 'warning', place: {start: {line: p.line, column: p.column}}})
  const truncated = page.truncated || (page.missing.includes('Document Information') && problems.length > 0)
  if (truncated) {
    const last = page.body[page.body.length - 1]
    file.message('The capture stops before the document ends (no "Document Information", the last line is cut off); what is there was encoded and a gap marks the end.', {ruleId: 'encode-truncated', source: 'encode', severity: 'warning', place: {start: {line: last?.line ?? 1, column: (last?.text.length ?? 0) + 1}}})
  }
  const blocks = toBlocks(groups)
  const plain = new Set<number>()
  const before = file.messages.length
  for (let attempt = 0; ; attempt++) {
    file.messages.splice(before)
    const ctx = createContext(file, options.edits, registersFrom(options.edits))
    ctx.plain = plain
    ctx.ambiguous = reportAmbiguous(page.body, ctx)
    const tei = encodeWith(page, blocks, truncated, ctx)
    reportStale(ctx)
    const loss = findLoss(page, tei, ctx)
    const block = loss && loss.body ? blockAt(blocks, loss.line) : undefined
    if (!loss || (block && !plain.has(block.line) && attempt < MAX_PLAIN_RETRIES)) {
      if (!loss) {
        for (const line of plain) warn(ctx, `The block at line ${line} did not fit the conventions the encoder knows without losing words; it was kept as a plain paragraph. Check its encoding.`, 'encode-block-kept-plain', line)
        file.tei = unmask(tei)
        return
      }
      plain.add((block as Block).line)
      continue
    }
    // Nothing left to simplify: report rather than write a lossy edition.
    file.message(`Words of the source are missing from the TEI, starting with "${loss.missing}" (line ${loss.line}). The encoder would lose text; please report this.`, {ruleId: 'encode-words-lost', source: 'encode', severity: 'error', fatal: true, place: {start: {line: loss.line, column: 1}}})
    return
  }
}

/** One encoding pass over the blocks (blocks in `ctx.plain` are kept as plain paragraphs). */
function encodeWith(page: Page, blocks: Block[], truncated: boolean, ctx: Ctx): string {
  readDateOrder(page, ctx)
  if (page.title) ctx.headerNames.push(page.title.text)
  registerTitlePersons(page.title?.text, page.body, ctx)
  registerWidgetPersons(page, ctx)
  registerTextNames(page.body, ctx)
  const body = new XmlWriter()
  writeBody(blocks, body, ctx, divType(page), truncated)
  const bodyXml = placeSignatureMarks(body.toString())
  const head = new XmlWriter()
  const recordId = field(page, 'Record ID') ?? ctx.file.path.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '')
  writeHeader({page, recordId, title: page.title?.text.trim() ?? recordId, bodyXml}, head, ctx)
  const standOff = new XmlWriter()
  standOff.open('standOff')
  ctx.registers.write(standOff)
  standOff.close('standOff')
  const id = `wcda-${recordId}`.replace(/[^\w.-]/g, '-')
  const indent = (s: string): string => s.replace(/^(?=.)/gm, ' ')
  return `${PROLOG}\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="${id}" xml:lang="en">\n${indent(head.toString())}${indent(standOff.toString())} <text>\n${indent(indent(bodyXml))} </text>\n</TEI>\n`
}

/** The block whose lines include `line`. */
function blockAt(blocks: Block[], line: number): Block | undefined {
  let found: Block | undefined
  for (const b of blocks) if (b.line <= line) found = b
  return found
}

/** Replace characters XML forbids by HOLE, with a warning at each one's line and column (they never reach the output). */
function maskForbidden(file: TeiFile): string {
  if (!FORBIDDEN.test(file.source)) return file.source
  FORBIDDEN.lastIndex = 0
  return file.source.replace(FORBIDDEN, (ch, offset: number) => {
    const before = file.source.slice(0, offset)
    const line = before.split('\n').length
    const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1
    const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
    file.message(`The text holds a control character (${code}) that XML cannot contain; it was left out and marked as a gap.`, {ruleId: 'encode-control-character', source: 'encode', severity: 'warning', place: {start: {line, column}}})
    return HOLE
  })
}

/** Unbalanced brackets back as written; a `gap` where a forbidden character stood in the text (dropped from attributes and the header). */
function unmask(encoded: string): string {
  const tei = restoreBrackets(encoded)
  if (!tei.includes(HOLE)) return tei
  const at = tei.indexOf('<text>')
  const gap = el('gap', {reason: 'control-character', resp: '#ed'})
  const text = tei.slice(at).split(/(<[^>]*>)/).map((part) => (part.startsWith('<') ? part.replaceAll(HOLE, '') : part.replaceAll(HOLE, gap))).join('')
  return tei.slice(0, at).replaceAll(HOLE, '') + text
}

/** The document's kind for its main `div` (memo, telegram, …), from its genre line or the archive's Type. */
function divType(page: Page): string {
  const genre = page.body.map((l) => /^\((\p{L}+)\)$/u.exec(l.text.trim())?.[1]?.toLowerCase()).find((g) => g !== undefined && GENRES.has(g))
  return genre ?? 'document'
}

/** Genre labels printed as "(Memo)" that name the document's kind (a closed list, as in the project schema). */
const GENRES = new Set(['memo', 'memorandum', 'information', 'record', 'telegram', 'cable', 'letter', 'report', 'minutes', 'speech', 'statement', 'resolution'])

/** The document's numeric date order (its unambiguous dates, else its own date); ambiguous numeric dates it cannot decide are left untagged, with a warning. */
function readDateOrder(page: Page, ctx: Ctx): void {
  const pageDate = page.dateLine ? normaliseDate(page.dateLine.text) : undefined
  ctx.pageDate = pageDate?.when ?? pageDate?.from
  ctx.numericOrder = numericOrder(page.body.map((l) => l.text).join('\n'), ctx.pageDate)
  for (const l of page.body) {
    for (const d of ambiguousNumericDates(l.text, ctx.numericOrder, ctx.pageDate)) {
      ctx.file.message(`The numeric date "${d}" can be read day-first or month-first and the document gives no unambiguous example; it is left without a normalised date. Add it to "dates" in the .edits.json sidecar.`, {ruleId: 'encode-date-ambiguous', source: 'encode', severity: 'warning', place: {start: {line: l.line, column: l.text.indexOf(d) + 1}}})
    }
  }
}

/**
 * Corrections whose `find` occurs more than once in the body and that do not say which occurrence: an error at the
 * decision (encode-edit-ambiguous), and the correction is applied nowhere rather than everywhere. Returns them.
 */
function reportAmbiguous(body: SourceLine[], ctx: Ctx): Set<object> {
  const out = new Set<object>()
  const sidecar = editsPathFor(ctx.file.path)
  for (const [index, c] of (ctx.edits?.corrections ?? []).entries()) {
    if (c.occurrence !== undefined) continue
    const lines = body.flatMap((l) => findWord(l.text, c.find).map(() => l.line))
    if (lines.length < 2) continue
    out.add(c)
    ctx.use.hit(c)
    const place = ctx.edits === undefined ? undefined : decisionPlace(ctx.edits, 'corrections', index)
    ctx.file.message(`The correction's "find" text "${c.find}" occurs ${lines.length} times in the text (lines ${[...new Set(lines)].join(', ')}), so it is not clear which one is meant; it was applied to none. Give a longer "find" that occurs once, or add "occurrence": N (1 = the first), corrections[${index}] in ${sidecar.split(/[\\/]/).pop() ?? sidecar}.`, {ruleId: 'encode-edit-ambiguous', source: 'encode', severity: 'error', file: sidecar, ...(place === undefined ? {} : {place})})
  }
  return out
}

function reportStale(ctx: Ctx): void {
  // Reported on the sidecar, at the decision (its line and column when the sidecar was read from a file).
  const sidecar = editsPathFor(ctx.file.path)
  for (const stale of ctx.use.stale(ctx.edits)) {
    const place = ctx.edits === undefined ? undefined : decisionPlace(ctx.edits, stale.key, stale.index)
    ctx.file.message(`An editorial decision no longer matches the source text: the ${stale.description}, ${stale.key}[${stale.index}] in ${sidecar.split(/[\\/]/).pop() ?? sidecar}. Correct or remove it.`, {ruleId: 'encode-edit-stale', source: 'encode', severity: 'error', file: sidecar, ...(place === undefined ? {} : {place})})
  }
}

/** The first word of the body missing from <text> (`body`), or of the page's metadata missing from the header. */
function findLoss(page: Page, tei: string, ctx: Ctx): (Loss & {body: boolean}) | undefined {
  const text = textContent(tei.slice(tei.indexOf('<text>')))
  const lost = checkOrdered(page.body, text, ctx.accounted)
  if (lost) return {...lost, body: true}
  // The sponsor line's fixed wording is page chrome; only the sponsor's name is metadata.
  const sponsor = page.sponsor ? {...page.sponsor, text: page.sponsor.text.replace(/^This document was made possible with support from /, '')} : undefined
  const widgetValues = page.widgets.filter((l) => !WIDGETS.test(frameText(l.text)))
  const meta: SourceLine[] = [page.dateLine, page.title, sponsor, page.summary, ...[...page.info.values()].flat(), ...widgetValues, ...page.related, ...page.credits.map((c) => c.line)].filter((l): l is SourceLine => l !== undefined)
  const metaLost = checkPresent(meta, textContent(tei.slice(0, tei.indexOf('<text>'))))
  return metaLost ? {...metaLost, body: false} : undefined
}
