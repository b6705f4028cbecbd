/** Header fields of telegrams, cables and letters: To/From/Date/Classification, transmission logs, file numbers, place datelines, bylines, addressees, salutations. */
import {parseBrackets} from '../brackets.js'
import type {Ctx} from '../context.js'
import {normaliseDate} from '../dates.js'
import {renderText} from '../inline.js'
import {renderPieces} from '../insertions.js'
import {slugId} from '../registers.js'
import {el, esc} from '../serialize.js'
import type {Block} from './structure.js'
import {CLASSIFICATION} from '../recognisers/classification/index.js'
import {TRANSMISSION} from '../recognisers/routing/index.js'
import {SALUTE} from '../recognisers/salutation/index.js'
import {lookupPlace} from '../names/gazetteer.js'
import {SUBJECT} from '../recognisers/subject/index.js'
import {HANDLING, HANDLING_FIELD} from '../recognisers/handling/index.js'
import {COPIES_PRINTED, ITEM} from '../recognisers/distribution/index.js'
import {isFullDate, isPlaceDateline, NUMERIC_DATE, PLACE_DATE} from '../recognisers/dateline/index.js'

export {isPlaceDateline}

/** An opener item and how many blocks it used. */
export interface Item {
  xml: string
  used: number
}

const FIELD = /^(To Whom|To|From|Sender|Recipient|Addressee|Date|Classification|Destination)\s*:\s*(\S.*)$/s
const ADDRESSEES = new Set(['To Whom', 'To', 'Destination', 'Recipient', 'Addressee'])
const ROLE = /^(Vice|Deputy|First|Second|Minister|Chairman|Director|Ambassador|Secretary|President|Head|Chief|Premier|Consul|Chargé)\b/
const DOC_NUMBER = /^((?:No\.|Nº|N°) ?)(\d[\w./-]*)(,.{1,120})$/
const TO_COLON = /^(To \p{Lu}.{1,60}?):(?: \((Top Secret|Secret|Confidential|Strictly Confidential)\))?$/u
const ROUTING = /^((?:Special|Issuing|Incoming|Outgoing)\s+(?:no\.|No\.|Nº|#)\s*)(\S+)$/
const REFERENCE = /^Re\.? (?:your|our) .{1,30}$/
const GENRE = /^(?:Ciphered |Coded )?(?:Telegram|Cable|Ciphergram)\b.{0,50}$/i
const FILE = /^(F\.\s?N\.\s?\S+|File\s?(?:No\.?|#)\s?\S.*|[A-Z]{1,4}(?:\/[\w.()]+)+|\d+(?:\/\d+){1,3})( \([^()]*\))?$/
const COPY_OF = /^(Copy|No\.) (\d+) of (\d+)( copies)?$/
/** Handling words (archive-conventions.md §3): precedence, copying and retention instructions; not classification. */
export {HANDLING}
/** A number line's number: "No. 2417", "No. 45/ĐS" (the series after a slash is part of it, in any script). */
const NUMBERED = /^(.*?)((?:No\.?|Nº|N°|#)\s?[\p{L}\p{N}_.-]*\p{N}[\p{L}\p{N}_.-]*(?:\/[\p{L}\p{N}_.-]+)*|\d[\d.]*)(.*)$/u
const DESTINATION = /^(\p{Lu}+(?: \p{Lu}+)?)\s?[-–—]{1,2}$/u
const DOCKET = /^(?:\[handwritten\]\s*.{1,60}|Copy (?:sent|filed)\b.{0,40})$/i
const WEEKDAYS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/
/** An address line: "To" and a body or a person ("To the Central Committee of …", "To Comrade X, Minister of …"). */
const TO_LINE = /^To (?:the |Comrades? |Cde\. |Mr\. |His Excellency )?\p{Lu}[\p{L}\p{N} ,.'’()-]*$/u
/** "Comrade N. S. Khrushchev": the addressee's name under the body it heads. */
const COMRADE_LINE = /^(?:Comrade|Cde\.|Comr\.) \p{Lu}[\p{L}.'’ -]{1,40}$/u

/** Phrase content of a field (its brackets are the translator's insertions). */
export function phrase(text: string, ctx: Ctx): string {
  return renderPieces(parseBrackets(text), ctx)
}

/** The classification's taxonomy id, recorded once for the header. */
export function classify(value: string, ctx: Ctx): string {
  // "(Secret)": the parentheses are the print's, not the category's.
  const bare = value.replace(/^\((.*)\)$/, '$1')
  const id = `cls-${bare.toLowerCase().replace(/\W+/g, '-').replace(/-$/, '')}`
  ctx.facts.classification ??= {text: bare.replace(/\.$/, ''), id}
  return id
}

/** Whether a block names the kind of message ("TELEGRAM", "Ciphergram No. 16077"). */
export function isGenre(t: string): boolean {
  return GENRE.test(t)
}

/** Whether a block is a classification mark ("Secret.", "TOP SECRET"). */
export function isClassification(t: string): boolean {
  return CLASSIFICATION.test(t)
}

/** A dateline: place (registered) and a full date, or a full date alone; undefined otherwise. */
export function dateline(t: string, ctx: Ctx): string | undefined {
  // A date whose last full stop is its own ("1956. október 23.", the Hungarian ordinal) or the line's.
  if (isFullDate(t)) return el('dateline', {}, renderText(t, ctx))
  const m = PLACE_DATE.exec(t)
  // "Berlin, den 10.11.1982": the German article before the date stays in the dateline.
  const numeric = m !== null && NUMERIC_DATE.test(m[3] ?? '')
  if (!m || WEEKDAYS.test(m[1] ?? '') || !(numeric || isFullDate(`${m[3] ?? ''}${m[4] ?? ''}`))) return undefined
  const place = m[1] ?? ''
  const id = ctx.registers.add('places', {id: slugId('pl', place), name: place})
  let date = renderText(`${m[2] ?? ''}${m[3] ?? ''}${m[4] ?? ''}`, ctx)
  // "Tirana, 12.11.1960" with no unambiguous example: still the dateline's date (dates.ts reported the order), unnormalised.
  if (numeric && !date.includes('<date')) date = `${esc(m[2] ?? '')}${el('date', {}, esc(m[3] ?? ''))}${esc(m[4] ?? '')}`
  return el('dateline', {}, `${el('placeName', {ref: `#${id}`}, esc(place))}, ${date}`)
}

/** The document date a dateline gives (first one wins). */
export function noteDate(xml: string, ctx: Ctx): void {
  const when = /<date when="(\d{4}-\d\d-\d\d)"/.exec(xml)?.[1]
  if (when) ctx.facts.docDate ??= {when}
}

/** Recognise one header field at blocks[i]; undefined when the block is not one. */
export function fieldItem(blocks: Block[], i: number, ctx: Ctx): Item | undefined {
  const t = blocks[i]?.text.trim() ?? ''
  const next = blocks[i + 1]?.text.trim() ?? ''
  let m: RegExpExecArray | null
  if ((m = FIELD.exec(t))) {
    const label = m[1] ?? ''
    const value = m[2] ?? ''
    ctx.headerNames.push(value)
    if (label === 'Date') {
      const xml = el('dateline', {}, renderText(t, ctx))
      noteDate(xml, ctx)
      return {xml, used: 1}
    }
    if (label === 'Classification') {
      const ana = CLASSIFICATION.test(value) ? `#${classify(value, ctx)}` : undefined
      return {xml: el('seg', {type: 'classification', ana}, phrase(t, ctx)), used: 1}
    }
    // A role line under a To:/From: name ("Vice Minister for Foreign Affairs") belongs to the field.
    const more = next && !FIELD.test(next) && ROLE.test(next) ? 1 : 0
    const body = more ? `${phrase(t, ctx)}<lb/>${phrase(next, ctx)}` : phrase(t, ctx)
    // The sender is the message's statement of responsibility: a byline (the schema's seg types have no "sender").
    return {xml: ADDRESSEES.has(label) ? el('seg', {type: 'addressee'}, body) : el('byline', {}, body), used: 1 + more}
  }
  // "Priority: FLASH", "Precedence: Immediate": the handling instruction with its label (archive-conventions.md §3).
  if (HANDLING_FIELD.test(t)) return {xml: el('seg', {type: 'handling'}, phrase(t, ctx)), used: 1}
  if ((m = TO_COLON.exec(t))) {
    ctx.headerNames.push(m[1] ?? '')
    const cls = m[2] ? ` ${el('seg', {type: 'classification', ana: `#${classify(m[2], ctx)}`}, `(${esc(m[2])})`)}` : ''
    return {xml: `${el('seg', {type: 'addressee'}, `${phrase(m[1] ?? '', ctx)}:`)}${cls}`, used: 1}
  }
  // "No. 1234", "Nº 340": the message's number on a line of its own.
  // "No. B-117", "No. HI/1012/71": a series letter before the number.
  if ((m = /^((?:No\.|Nº|N°|#)\s?)((?:\d|\p{Lu}{1,4}[-/]?\d)[\w./-]*)$/u.exec(t))) return {xml: el('seg', {type: 'docNumber'}, `${esc(m[1] ?? '')}${el('idno', {type: 'outgoing'}, esc(m[2] ?? ''))}`), used: 1}
  if ((m = DOC_NUMBER.exec(t))) return {xml: el('seg', {type: 'docNumber'}, `${esc(m[1] ?? '')}${el('idno', {type: 'outgoing'}, esc(m[2] ?? ''))}${phrase(m[3] ?? '', ctx)}`), used: 1}
  // "Arrived: 28.11.62 19:25": when the message was sent, received, processed — datelines of its transmission.
  if (TRANSMISSION.test(t) && t.split(/\s+/).length <= 16) {
    // A routing line of the transmission log (archive-conventions.md §3): its kind in @subtype, date and time inside.
    const subtype = /^(\p{L}+)/u.exec(t)?.[1]?.toLowerCase()
    const xml = renderText(t, ctx)
    const when = /<date when="(\d{4}-\d\d-\d\d)"/.exec(xml)?.[1]
    if (when && (subtype === 'received' || subtype === 'arrived')) ctx.facts.receivedDate ??= {when}
    return {xml: el('seg', {type: 'routing', subtype: subtype === 'came' ? 'received' : subtype}, xml), used: 1}
  }
  if ((m = ROUTING.exec(t))) {
    const type = /^(Issuing|Outgoing)/.test(t) ? 'outgoing' : /^Incoming/.test(t) ? 'incoming' : 'telegram'
    return {xml: el('seg', {type: 'docNumber'}, `${esc(m[1] ?? '')}${el('idno', {type}, esc(m[2] ?? ''))}`), used: 1}
  }
  if (REFERENCE.test(t) || SUBJECT.test(t)) return {xml: el('seg', {type: 'subject'}, phrase(t, ctx)), used: 1}
  // "ON/28/IX/62": a file-number shape that holds a full date is the message's date line, not a file number.
  if (FILE.test(t)) {
    const xml = renderText(t, ctx)
    if (/<date when="\d{4}-\d\d-\d\d"/.test(xml)) {
      noteDate(xml, ctx)
      return {xml: el('dateline', {}, xml), used: 1}
    }
  }
  if ((m = FILE.exec(t))) return {xml: el('seg', {type: 'docNumber'}, `${el('idno', {type: 'file'}, esc(m[1] ?? ''))}${esc(m[2] ?? '')}`), used: 1}
  if ((m = COPY_OF.exec(t))) return {xml: el('seg', {type: 'copy'}, `${esc(m[1] ?? '')} ${el('num', {value: m[2]}, esc(m[2] ?? ''))} of ${el('num', {value: m[3]}, esc(m[3] ?? ''))}${esc(m[4] ?? '')}`), used: 1}
  if (HANDLING.test(t)) return {xml: el('seg', {type: 'handling'}, esc(t)), used: 1}
  // "Made in 12 copies" above the text, no recipients under it: how many copies were made, a note of the opener.
  if (COPIES_PRINTED.test(t) && !ITEM.test(next)) return {xml: el('seg', {type: 'copy'}, esc(t)), used: 1}
  // "SECRET – URGENT": a classification and a handling word on one line.
  const pair = /^(.+?)(\s[–—-]\s)(.+)$/.exec(t)
  if (pair && CLASSIFICATION.test(pair[1] ?? '') && HANDLING.test(pair[3] ?? '')) return {xml: `${el('seg', {type: 'classification', ana: `#${classify(pair[1] ?? '', ctx)}`}, esc(pair[1] ?? ''))}${esc(pair[2] ?? '')}${el('seg', {type: 'handling'}, esc(pair[3] ?? ''))}`, used: 1}
  if (DESTINATION.test(t)) return {xml: el('seg', {type: 'addressee'}, esc(t)), used: 1}
  if (/^TO \p{Lu}/u.test(t) && t.split(/\s+/).length <= 6) return {xml: el('seg', {type: 'addressee'}, phrase(t, ctx)), used: 1}
  // "FROM THE EMBASSY IN HAVANA", "From PEKING": the sender or the sending place, in capitals.
  if ((/^FROM \p{Lu}/u.test(t) || /^From \p{Lu}{2}[\p{Lu}\s.,-]*$/u.test(t)) && t.split(/\s+/).length <= 8) return {xml: el('byline', {}, phrase(t, ctx)), used: 1}
  // "TELEGRAM 066.621", "Ciphergram No. 16077": the message's number (a kind without number is a heading).
  if (GENRE.test(t) && (m = NUMBERED.exec(t))) {
    const type = /\bFile\s?$/i.test(m[1] ?? '') ? 'file' : 'telegram'
    return {xml: el('seg', {type: 'docNumber'}, `${esc(m[1] ?? '')}${el('idno', {type}, esc(m[2] ?? ''))}${esc(m[3] ?? '')}`), used: 1}
  }
  // The addressee in a salutation is a person of the register ("Dear Comrade Kim,", archive-conventions.md §3).
  if (SALUTE.test(t)) {
    // "To Comrade N. S. Khrushchev" / "Moscow": the addressee's place on the next line belongs to the address.
    const place = /^To /.test(t) && /^\p{Lu}[\p{L} .'’-]{1,30}$/u.test(next) && lookupPlace(next) ? next : undefined
    return {xml: el('salute', {}, place ? `${phrase(t, ctx)}<lb/>${phrase(place, ctx)}` : phrase(t, ctx)), used: place ? 2 : 1}
  }
  // Copy notes ("[handwritten] Copy sent to …", "Copy filed on …").
  if (DOCKET.test(t)) return {xml: el('seg', {type: 'copy'}, phrase(t, ctx)), used: 1}
  // "MD J. Bitterlich          Bonn, 31 October 1997": author left, place and date right.
  const split = /^(.+?)\s{4,}(\S.*)$/.exec(t)
  if (split) {
    const right = dateline(split[2] ?? '', ctx)
    if (right) {
      ctx.headerNames.push(split[1] ?? '')
      noteDate(right, ctx)
      return {xml: `${el('byline', {}, phrase(split[1] ?? '', ctx))} ${right}`, used: 1}
    }
  }
  const line = dateline(t, ctx)
  if (line) {
    noteDate(line, ctx)
    return {xml: line, used: 1}
  }
  // "Havana" / "October 26, 1962": the place on a line of its own above the date is one dateline.
  if (/^\p{Lu}[\p{L}.'’ -]{1,30}$/u.test(t) && t.split(/\s+/).length <= 3 && lookupPlace(t) && (normaliseDate(next.replace(/[.,]$/, ''))?.when?.length ?? 0) === 10) {
    const id = ctx.registers.add('places', {id: slugId('pl', t), name: t})
    const xml = el('dateline', {}, `${el('placeName', {ref: `#${id}`}, esc(t))}<lb/>${renderText(next, ctx)}`)
    noteDate(xml, ctx)
    return {xml, used: 2}
  }
  // "To the Central Committee of the CPSU" / "Comrade N. S. Khrushchev" / "Moscow", "To Comrade Imre Horváth, Minister
  // of Foreign Affairs, Budapest": an address without a salutation's punctuation; a "Comrade …" line and a place join it.
  if (TO_LINE.test(t) && !/[.!?;:]$/.test(t) && t.split(/\s+/).length <= 20) {
    const lines = [t]
    for (let k = i + 1; k < blocks.length && lines.length < 3; k++) {
      const x = blocks[k]?.text.trim() ?? ''
      if (COMRADE_LINE.test(x) || (/^\p{Lu}[\p{L} .'’-]{1,30}$/u.test(x) && lookupPlace(x))) lines.push(x)
      else break
    }
    ctx.headerNames.push(t.replace(/^To (?:the )?/, ''))
    return {xml: el('seg', {type: 'addressee'}, lines.map((x) => phrase(x, ctx)).join('<lb/>')), used: lines.length}
  }
  return addressee(blocks, i, ctx)
}

/** "Secretary," / "Department of External Affairs," / "Dublin, Ireland.": short lines, all but the last ending in a comma. */
function addressee(blocks: Block[], i: number, ctx: Ctx): Item | undefined {
  const short = (b: Block | undefined): boolean => b !== undefined && b.text.trim().split(/\s+/).length <= 6 && /^\p{Lu}/u.test(b.text.trim())
  let j = i
  while (short(blocks[j]) && blocks[j]?.text.trim().endsWith(',')) j++
  if (j === i || !short(blocks[j])) return undefined
  const lines = blocks.slice(i, j + 1).map((b) => phrase(b.text.trim(), ctx))
  return {xml: el('seg', {type: 'addressee'}, lines.join('<lb/>')), used: j - i + 1}
}
