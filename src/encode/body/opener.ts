/** The opener of a memo or telegram: classification, copy number, registration stamp, letterhead, dateline, number. */
import {parseBrackets} from '../brackets.js'
import type {Ctx} from '../context.js'
import {normaliseDate} from '../dates.js'
import {renderText} from '../inline.js'
import {renderBracket} from '../insertions.js'
import {el, esc, open} from '../serialize.js'
import {classify, fieldItem, isClassification, isGenre, isPlaceDateline} from './fields.js'
import {CLASSIFICATION_COPY} from '../recognisers/classification/index.js'
import {STAMP_LABEL} from '../recognisers/stamp/index.js'
import {DATELINE as DATELINE_FORMS, isFullDate} from '../recognisers/dateline/index.js'
import {lookupPlace} from '../names/gazetteer.js'
import type {Block} from './structure.js'

const COPY = /^(Copy) (N[º°o]\.? ?(\d+))$/
const DATELINE = /^(\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})$/
const NUMBER = /^\d{1,6}$/
/** A message's number on its own line ("No. 47/1956/szig.titk."). */
const NUMBER_LINE = /^(?:No\.|Nº|N°) ?\d[\w./-]*$/

/** Whether a block is all capitals (letterheads, headings, role names). */
export function isCaps(text: string): boolean {
  // Brackets are the translator's words: a block that is only a bracket ("[Signature]", "[seal: …]") is not capitals.
  const own = text.replace(/\[[^\]]*\]/g, '')
  return /\p{Lu}/u.test(own) && !/\p{Ll}/u.test(own)
}

/** Read opener blocks from the start; returns the XML items and how many blocks were used. */
export function readOpener(blocks: Block[], ctx: Ctx): {items: string[]; used: number} {
  const items: string[] = []
  let i = 0
  for (; i < blocks.length; i++) {
    const b = blocks[i]
    if (!b || ctx.plain.has(b.line)) break
    const t = b.text.trim()
    ctx.line = b.line
    let m: RegExpExecArray | null
    // A letterhead opens the document, or follows only its marks ("Top Secret!", "SECRET", a copy number).
    const marksOnly = items.every((x) => /^<seg type="(?:classification|copy|handling|docNumber)"/.test(x))
    const heads = i === 0 || marksOnly ? letterheadBefore(blocks.slice(i), i === 0) : 0
    if (heads > 0) {
      // "MFA USSR" / "Tenth Department" above "Top Secret": the issuing office's letterhead.
      items.push(el('seg', {type: 'letterhead'}, blocks.slice(i, i + heads).map((x) => renderText(x.text.trim(), ctx)).join('<lb/>')))
      i += heads - 1
    } else if (isClassification(t)) {
      items.push(el('seg', {type: 'classification', rendition: '#right', ana: `#${classify(t, ctx)}`}, esc(t)))
    } else if (/^\[(\.\.\.|…)\]$/.test(t)) {
      // An editorial omission before the heading stays where it is (gap is allowed in the opener).
      const piece = parseBrackets(t)[0]
      if (piece?.kind === 'bracket') items.push(renderBracket(piece, ctx))
    } else if ((m = COPY.exec(t))) {
      items.push(el('seg', {type: 'copy', rendition: '#right'}, `${esc(m[1] ?? '')} ${el('num', {value: m[3]}, esc(m[2] ?? ''))}`))
    } else if ((m = CLASSIFICATION_COPY.exec(t))) {
      // "Secret. Copy No. 2": the classification and the copy number on one line.
      items.push(`${el('seg', {type: 'classification', rendition: '#right', ana: `#${classify(m[1] ?? '', ctx)}`}, esc(m[1] ?? ''))} ${el('seg', {type: 'copy', rendition: '#right'}, esc(m[2] ?? ''))}`)
    } else if (t.startsWith('[') && t.endsWith(']') && parseBrackets(t).length === 1 && !t.slice(1, -1).includes('[') && STAMP_LABEL.test(t.slice(1, -1)) && /stamp|seal/i.test(t.slice(1, t.indexOf(':') + 1))) {
      items.push(registrationStamp(t.slice(1, -1), ctx))
    } else if (isCaps(t) && t.split(/\s+/).length <= 8 && (DATELINE.test(blocks[i + 1]?.text.trim() ?? '') || (i === 0 && isGenre(blocks[i + 1]?.text.trim() ?? '')))) {
      const xml = renderText(t, ctx)
      const ref = /^<orgName ref="#([^"]+)"/.exec(xml)?.[1]
      if (ref) [ctx.facts.letterheadRef, ctx.facts.letterheadName] = [`#${ref}`, t]
      items.push(el('seg', {type: 'letterhead'}, xml))
    } else if (DATELINE.test(t)) {
      const xml = renderText(t, ctx)
      const fixed = /^<date when="([^"]+)"/.exec(xml)
      ctx.facts.docDate ??= fixed ? {when: fixed[1]} : normaliseDate(t)
      items.push(el('dateline', {}, xml))
    } else if (/^[_=–—-]{10,}$/.test(t)) {
      // A ruled line printed on a telegram form: forme work, characters kept (the schema's seg types have no "rule").
      items.push(el('fw', {type: 'rule'}, esc(t)))
    } else if (NUMBER.test(t) && items.length > 0) {
      items.push(el('seg', {type: 'docNumber'}, el('idno', {type: 'outgoing'}, esc(t))))
    } else {
      const field = fieldItem(blocks, i, ctx)
      if (!field) break
      items.push(field.xml)
      i += field.used - 1
    }
  }
  return {items, used: i}
}

/** How many short lines (one to three) stand above a classification mark or a dateline at the top, or 0. */
function letterheadBefore(blocks: Block[], first = true): number {
  for (let k = 1; k <= 3; k++) {
    // "SOCIALIST UNITY PARTY OF GERMANY" / "Central Committee" / "Berlin, 3.X.1953": an issuing body above its dateline.
    const lines = blocks.slice(0, k).map((b) => b.text.trim())
    const short = lines.every((t) => /^\p{Lu}[^.:;,!?]*$/u.test(t) && t.split(/\s+/).length <= 8 && !isClassification(t) && !isGenre(t) && !isPlaceDateline(t) && !/^(?:From|FROM|To|TO)\b/.test(t))
    // "Hungarian People's Republic" / "Embassy in Pyongyang" / "No. 47/1956" / "Pyongyang, 1956. október 23.": a
    // letterhead in title case (every word capitalised but its connectors), a number line before the dateline.
    // An abbreviation in parentheses ("Italian Communist Party (PCI)") is part of a title-case line.
    const titled = lines.every((t) => t.split(/\s+/).every((w) => /^\(?[\p{Lu}\d]/u.test(w) || /^(?:of|in|the|for|and|to|at|on|de|der|des|du)$/.test(w)))
    let at = NUMBER_LINE.test(blocks[k]?.text.trim() ?? '') ? k + 1 : k
    // The marks may stand between the letterhead and its dateline ("… Secretariat" / "Reserved" / "Rome, 3 May 1969").
    while (at < k + 3 && isClassification(blocks[at]?.text.trim() ?? '')) at++
    // "Ministry of …" / "New Delhi" / "December 2, 1971": the place on its own line above the date.
    const placeAlone = /^\p{Lu}[\p{L}.'’ -]{1,30}$/u.test(blocks[at]?.text.trim() ?? '') && lookupPlace(blocks[at]?.text.trim() ?? '') !== undefined && isFullDate(blocks[at + 1]?.text.trim() ?? '')
    const placed = isPlaceDateline(blocks[at]?.text.trim() ?? '') || placeAlone
    const dated = (DATELINE_FORMS.test(blocks[at]?.text.trim() ?? '') && /,/.test(blocks[at]?.text ?? '')) || placed
    // Title-case lines need a place in the dateline: "The Chinese Communist Problem" / "November 18, 1967" is a title.
    if (short && (lines.some((t) => isCaps(t)) || (titled && placed)) && dated) return k
    // A date line ("ON/28/IX/62") is the message's dateline, not part of a letterhead.
    const above = blocks.slice(0, k).every((b) => /^\p{Lu}[^.:;,]*$/u.test(b.text.trim()) && b.text.trim().split(/\s+/).length <= 5 && !DATELINE_FORMS.test(b.text.trim()))
    if (first && k <= 2 && above && isClassification(blocks[k]?.text.trim() ?? '')) return k
  }
  return 0
}

/** "[CPSU CC stamp: 19373 / 12 June 1969 / Korea]": the translator's words, then the stamp's text as `mentioned`. */
function registrationStamp(inner: string, ctx: Ctx): string {
  const colon = inner.indexOf(':') + 1
  const label = inner.slice(0, colon)
  const lines = inner.slice(colon).split('\n').map((l) => l.trim()).filter((l) => l !== '')
  const parts = lines.map((l, k) => {
    if (/^\d+$/.test(l)) return el('idno', {type: 'incoming'}, esc(l))
    const date = normaliseDate(l)
    if (date) {
      if (!ctx.facts.receivedDate) ctx.facts.receivedDate = date
      return el('date', date, esc(l))
    }
    return k === lines.length - 1 ? el('seg', {type: 'rubric'}, renderText(l, ctx)) : renderText(l, ctx)
  })
  return `${open('stamp', {type: /seal/i.test(label) ? 'archive' : 'registration', resp: '#tr'})}${renderText(label, ctx)} <mentioned>${parts.join('<lb/>')}</mentioned></stamp>`
}
