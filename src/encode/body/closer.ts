/** Closing matter of letters, telegrams and memoranda: valediction, typed signature, sending office, "End". */
import type {Ctx} from '../context.js'
import {slugId} from '../registers.js'
import {el, esc, open} from '../serialize.js'
import {normaliseDate} from '../dates.js'
import {dateline, isPlaceDateline, phrase} from './fields.js'
import {renderText} from '../inline.js'
import {lookupPlace} from '../names/gazetteer.js'
import {VALEDICTION} from '../recognisers/valediction/index.js'
import {opensDistribution} from '../recognisers/distribution/index.js'
import {NAME_NUMBER, NOT_A_NAME, PAREN_NAME, ROLE_LINE, ROLE_NAME, SD_NAME, SIGNATURE_GAP, SIGNED_MARK, SIGNS_FOR, TYPED_SIGNATURE} from '../recognisers/signature-block/index.js'
import {isFullDate, NUMERIC_DATE} from '../recognisers/dateline/index.js'
import {parseBrackets} from '../brackets.js'
import {renderBracket} from '../insertions.js'
import {isCaps} from './opener.js'
import type {Block} from './structure.js'
import {letters} from './top.js'
import {withoutTitles} from '../title-names.js'

/** The closer's XML lines and the index of the first block after it. */
export interface Closing {
  lines: string[]
  next: number
  /** A closing word such as "End" is a trailer, not part of a closer. */
  trailer?: boolean
}

const FOOTNOTE = /^\[\d{1,3}\]/
const NAME_ROLE = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}), (.{3,60})$/u
/** A person's name as typed under a letter: two to five capitalised words ("John Smith", "A. Example"). */
const PERSON_NAME = /^(?:\p{Lu}[\p{L}'’-]*\.?\s){1,4}\p{Lu}[\p{L}'’-]+\.?$/u
/** An office that signs for the sender ("Ministry of Foreign Affairs", "Embassy of …"). */
const OFFICE = /\b(Ministry|Embassy|Legation|Consulate|Department|Committee|Council|Office|Bureau|Secretariat|Government|Mission|Delegation|Presidium|Politburo)\b/
const DISPATCH = /^(?:\d+ copies|Copies:|\d+\.\s.{1,40})$/i
const END = /^\(?(End|END)\)?\.?$/
const ADDRESSEE = /^To (?:all )?\p{Lu}.{0,60}$/u

/**
 * The last block of the document's text after `from`: footnotes follow the closer, and so does a distribution list
 * ("Dean Rusk" / "Distribution:" / …, "Ambassador of the USSR" / "V. MOSKOVSKY" / "Sent to: …").
 */
function lastTextBlock(blocks: Block[], from = 0): number {
  const list = blocks.findIndex((b, k) => k > from && opensDistribution(b.text.trim(), blocks[k + 1]?.text.trim()))
  let k = list > from ? list - 1 : blocks.length - 1
  while (k >= 0 && FOOTNOTE.test(blocks[k]?.text.trim() ?? '')) k--
  return k
}

/** The printed form as the header names it ("Jawaharlal .Nehru" → "Jawaharlal Nehru"), when a header field names it. */
export function headerName(name: string, ctx: Ctx): string | undefined {
  const words = letters(name).split(' ').filter((w) => w.length > 0)
  if (words.join('').length < 3) return undefined
  for (const h of ctx.headerNames) {
    if (!` ${letters(h)} `.includes(` ${words.join(' ')} `)) continue
    const parts = name.match(/\p{L}[\p{L}'’-]*/gu) ?? []
    const found = new RegExp(parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}]+'), 'iu').exec(h)
    return found?.[0] ?? name
  }
  return undefined
}

const SENDER = /\bfrom ((?:\p{Lu}[\p{L}'’-]*\.? ){1,3}\p{Lu}[\p{L}'’-]+)/u
const BODY_WORDS = /\b(Embassy|Ministry|Department|Office|Committee|Bureau|Division|Government|Council|Foreign|Consulate|Legation)\b/

/** The person a page title says the document is from ("Report from Thomas J. Kieran (Ottawa) to …"), registered. */
export function titleSender(ctx: Ctx): {ref: string; name: string} | undefined {
  const m = SENDER.exec(ctx.headerNames[0] ?? '')
  const name = m?.[1] ? withoutTitles(m[1]) : undefined
  if (!name || BODY_WORDS.test(name)) return undefined
  const known = ctx.registers.forms().find((f) => f.form === name && f.kind === 'persons')
  return {ref: `#${known?.id ?? ctx.registers.add('persons', {id: slugId('pers', name), name})}`, name}
}

/** Offices printed before a signer's name: `roleName` (forms of address such as "Mr." or "Comrade" stay plain text). */
const OFFICE_TITLE = /^(?:Ambassador|Minister|Consul|Counsell?or|Secretary|Chairman|Director|President|Premier|Chancellor|General|Marshal|Admiral|Colonel|Governor|Senator|Envoy|Attach[ée])\b/

/**
 * A persName for a signatory, registered (register name from the header when it names the person). Titles and
 * forms of address before the name ("Mr. John Smith", "Comrade W. Ulbricht") stay outside the persName and its
 * register entry (archive-conventions.md §3: roleName for an office).
 */
function signatory(printed: string, ctx: Ctx): string {
  const bare = withoutTitles(printed)
  if (bare !== printed && bare.length > 0) {
    const prefix = printed.slice(0, printed.length - bare.length)
    const before = OFFICE_TITLE.test(prefix) ? `${el('roleName', {}, esc(prefix.trimEnd()))} ` : esc(prefix)
    return `${before}${signatory(bare, ctx)}`
  }
  // Letter-spaced capitals ("G R O M Y K O") are one name: the register takes it as a word ("Gromyko"), the text as printed.
  const spaced = /^(?:\p{Lu} ){2,}\p{Lu}$/u.test(printed) ? printed.replace(/ /g, '') : undefined
  const name = headerName(printed, ctx) ?? (spaced ? spaced.charAt(0) + spaced.slice(1).toLowerCase() : printed)
  const known = ctx.registers.forms().find((f) => (f.form === printed || f.form === name) && f.kind === 'persons')
  const id = known?.id ?? ctx.registers.add('persons', {id: slugId('pers', name), name})
  ctx.facts.signatories.push({ref: `#${id}`, name})
  return el('persName', {ref: `#${id}`}, esc(printed))
}

/** An office line in either case ("Ambassador of the USSR", "chargé d'affaires", "ambassador"). */
const ROLE_ANY_CASE = new RegExp(ROLE_LINE.source, 'iu')

/** A typed name alone on its line: "Károly Práth", "V. MOSKOVSKY", "KILJANCZYK" (never a place or a non-name word). */
function signerName(text: string): boolean {
  const m = typedSignature(text)
  return (m !== undefined && !m[1] && !m[2]) || (PERSON_NAME.test(text) && !lookupPlace(text) && !NOT_A_NAME.test(text) && !OFFICE.test(text))
}

/** A typed signature ("G R O M Y K O", "13/5-50. Roshchin", "Signed: X"), unless its name is a place or a known non-name. */
function typedSignature(text: string): RegExpExecArray | undefined {
  const m = TYPED_SIGNATURE.exec(text)
  return m && !NOT_A_NAME.test(m[3] ?? '') && !lookupPlace(m[3] ?? '') ? m : undefined
}

/** The signed block of a typed signature: its date (if printed first), its label and the registered name. */
function typedSigned(text: string, prefix: string, ctx: Ctx): string {
  const [, date, label, name = ''] = typedSignature(text) ?? []
  const dateXml = date ? `${renderText(date.trim(), ctx)} ` : ''
  return signed(`${prefix}${dateXml}${label ? esc(label) : ''}${signatory(name, ctx)}`, ctx)
}

/** A signed block for a typed name and what follows it ("FILIPPOV" + " [Stalin].”"), the name registered. */
export function signedName(printed: string, rest: string, ctx: Ctx): string {
  return signed(`${signatory(printed, ctx)}${phrase(rest, ctx)}`, ctx)
}

function signed(content: string, ctx: Ctx): string {
  return el('signed', {'xml:id': `sig-${ctx.facts.signatories.length}`}, content)
}

/**
 * "Signed: [Illegible signature]": the mark and the bracket's TEI. No name is printed, so (as for a bare "[signature]",
 * closing.ts renderSigned) the signed block points at the person the page title says the document is from (@corresp,
 * cert="medium", resp="#ed"); without one the words stand in the closer itself: a signed block would claim a signatory
 * nobody named.
 */
function markSigned(m: RegExpExecArray, ctx: Ctx): string {
  const content = `${esc(m[1] ?? '')} ${phrase(m[2] ?? '', ctx)}`
  const sender = titleSender(ctx)
  if (!sender) return content
  ctx.facts.signatories.push(sender)
  return el('signed', {'xml:id': `sig-${ctx.facts.signatories.length}`, corresp: sender.ref, cert: 'medium', resp: '#ed'}, content)
}

/** The closer starting at blocks[i], or undefined. Only the last blocks of the text are considered. */
export function readClosing(blocks: Block[], i: number, ctx: Ctx): Closing | undefined {
  const last = lastTextBlock(blocks, i)
  const t = blocks[i]?.text.trim() ?? ''
  const next = blocks[i + 1]?.text.trim() ?? ''
  // "With fraternal greetings," / "For the Central Committee of …" / "First Secretary" / "E. Novák": a valediction
  // over a longer signature block (the valediction branch below takes one or two lines under it).
  // A valediction with two lines under it ("/signed/ Kim Il Sung" / "General Secretary") is read as a block too.
  if ((i < last - 2 || (i === last - 2 && VALEDICTION.test(t))) && (VALEDICTION.test(t) || SD_NAME.test(t) || SIGNS_FOR.test(t) || isPlaceDateline(t))) {
    const block = signatureBlock(blocks, i, last, ctx)
    if (block) return block
  }
  // Closers are the last blocks; only a sender's name in capitals may stand above a longer dispatch list.
  if (i > last || (i < last - 2 && !isCaps(t))) return undefined
  const tail = (k: number): Closing['lines'] => (k <= last && ADDRESSEE.test(blocks[k]?.text.trim() ?? '') ? [el('seg', {type: 'addressee'}, phrase(blocks[k]?.text.trim() ?? '', ctx))] : [])
  let m: RegExpExecArray | null
  if ((m = VALEDICTION.exec(t)) && i + 2 >= last) {
    const lines = [el('salute', {}, esc(m[1] ?? ''))]
    const sd = m[2] ? `${esc(m[2])}<lb/>` : ''
    const name = i + 1 <= last && !ADDRESSEE.test(next) && next.split(/\s+/).length <= 5 ? next : undefined
    const gapName = name ? SIGNATURE_GAP.exec(name) : null
    // A signature mark under the valediction: the signature run reads it with its roles and the name below it.
    if (gapName && !gapName[2] && !m[2]) return undefined
    // A typed name (or "[signature] (Name)") signs; other words under the valediction stay plain text in the closer.
    if (gapName?.[2]) lines.push(signed(`${sd}${open('gap', {reason: 'signature', resp: '#tr'})}<desc>${esc(gapName[1] ?? 'signature')}</desc></gap> (${signatory(gapName[2].trim(), ctx)})`, ctx))
    else if (name && !gapName && (headerName(name, ctx) || PERSON_NAME.test(name))) lines.push(signed(`${sd}${signatory(name, ctx)}`, ctx))
    else if (name && !gapName && typedSignature(name)) lines.push(typedSigned(name, sd, ctx))
    else if (name) lines.push(` ${sd}${phrase(name, ctx)}`)
    else if (sd) lines.push(` ${esc(m[2] ?? '')}`)
    const after = i + (name ? 2 : 1)
    const extra = tail(after)
    return {lines: [...lines, ...extra], next: after + extra.length}
  }
  // "Pyongyang, 23 October 1956" / "Károly Práth" / "chargé d'affaires": place and date, the signer, his office.
  const placeDate = i >= last - 2 && i < last ? dateline(t, ctx) : undefined
  if (placeDate) {
    const role = i + 2 === last ? blocks[last]?.text.trim() ?? '' : ''
    if ((i + 1 === last || ROLE_ANY_CASE.test(role)) && signerName(next)) {
      const roleXml = role ? `<lb/>${el('roleName', {}, phrase(role, ctx))}` : ''
      return {lines: [placeDate, signed(`${signatory(next, ctx)}${roleXml}`, ctx)], next: last + 1}
    }
  }
  // "Ambassador of the USSR" / "V. MOSKOVSKY": the signer's office above the typed name.
  if (i === last - 1 && ROLE_ANY_CASE.test(t) && !/[.:;]$/.test(t) && signerName(next)) {
    return {lines: [signed(`${el('roleName', {}, phrase(t, ctx))}<lb/>${signatory(next, ctx)}`, ctx)], next: last + 1}
  }
  if (i === last || (i === last - 1 && ADDRESSEE.test(blocks[last]?.text.trim() ?? ''))) {
    let xml: string | undefined
    if ((m = PAREN_NAME.exec(t)) && !NOT_A_NAME.test(m[1] ?? '')) xml = `(${signatory(m[1] ?? '', ctx)})`
    else if ((m = ROLE_NAME.exec(t))) xml = `${el('roleName', {}, esc(m[1] ?? ''))} ${signatory(m[2] ?? '', ctx)}`
    else if ((m = NAME_NUMBER.exec(t)) && headerName(m[1] ?? '', ctx)) xml = `${signatory(m[1] ?? '', ctx)} ${el('idno', {type: 'outgoing'}, esc(m[2] ?? ''))}${esc(m[3] ?? '')}`
    if (xml) return {lines: [signed(xml, ctx), ...tail(i + 1)], next: i + 1 + tail(i + 1).length}
  }
  // "VYSHINSKY" above "5 copies" / "14 May 1950" / "Copies:" / "1. Comr. Stalin" …: the sender's typed name.
  if (isCaps(t) && t.split(/\s+/).length <= 5 && headerName(t, ctx) && i < last && blocks.slice(i + 1, last + 1).every((b) => DISPATCH.test(b.text.trim()) || normaliseDate(b.text.trim()))) {
    return {lines: [signed(signatory(t, ctx), ctx)], next: i + 1}
  }
  // "Nakajima Kenzo, Chairman of the Board" / "Japan China Cultural Exchange Association"
  if ((m = NAME_ROLE.exec(t)) && headerName(m[1] ?? '', ctx) && i >= last - 1) {
    const org = i < last ? `<lb/>${phrase(next, ctx)}` : ''
    return {lines: [signed(`${signatory(m[1] ?? '', ctx)}, ${el('roleName', {}, phrase(m[2] ?? '', ctx))}${org}`, ctx)], next: last + 1}
  }
  // "Ministry of Foreign Affairs" / "23 December 1965": the sending office signs; the date is the closer's dateline.
  if (i === last - 1 && /^\p{Lu}/u.test(t) && t.split(/\s+/).length <= 6 && !/[.:;]$/.test(t)) {
    const line = dateline(next, ctx)
    if (line && OFFICE.test(t)) {
      const id = ctx.registers.add('orgs', {id: slugId('org', t), name: t})
      return {lines: [el('signed', {'xml:id': `sig-${ctx.facts.signatories.length + 1}`, corresp: `#${id}`}, el('orgName', {ref: `#${id}`}, esc(t))), line], next: last + 1}
    }
    // "Mao Zedong" / "13 May 1950": a signer's name above the date.
    const typed = TYPED_SIGNATURE.exec(t)
    if (line && typed && !typed[1] && !typed[2] && !NOT_A_NAME.test(typed[3] ?? '')) return {lines: [signed(signatory(typed[3] ?? '', ctx), ctx), line], next: last + 1}
    if (line) return {lines: [`${phrase(t, ctx)}<lb/>`, line], next: last + 1}
  }
  // "JOSÉ MARIA DINIZ RUIZ DE GAMBOA", "G R O M Y K O", "13/5-50. Roshchin", "Signed: X": a typed signature ends the text.
  if (i === last && !ctx.truncated && typedSignature(t)) return {lines: [typedSigned(t, '', ctx)], next: last + 1}
  if (i === last && (m = SIGNED_MARK.exec(t))) return {lines: [markSigned(m, ctx)], next: last + 1}
  if (i === last && END.test(t)) return {lines: [el('trailer', {}, esc(t))], next: last + 1, trailer: true}
  return signatureBlock(blocks, i, last, ctx)
}

/** "To the Embassy of …", "To all Provincial Premiers": the addressee under a note. */
const ADDRESS_TO = /^To (?:the |all )?\p{Lu}.{0,80}$/u
/** "P.M.", "F.S. (Shri …)": the offices a minute is marked to, under its signature. */
const MARKED_TO = /^(?:\p{Lu}{1,3}\.){2,3}(?: \([^()]{2,60}\))?$/u

type Part = {kind: 'salute' | 'for' | 'role' | 'name' | 'date' | 'dateline' | 'stamp' | 'address'; text: string; used: number}

/** What one line of a signature block is, or undefined (archive-conventions.md §3; TEI §4.2.2 closer). */
function blockPart(blocks: Block[], k: number, last: number, ctx: Ctx): Part | undefined {
  const t = blocks[k]?.text.trim() ?? ''
  const next = blocks[k + 1]?.text.trim() ?? ''
  if (VALEDICTION.test(t) && !VALEDICTION.exec(t)?.[2]) return {kind: 'salute', text: t, used: 1}
  if (SIGNS_FOR.test(t)) return {kind: 'for', text: t, used: 1}
  if (ROLE_ANY_CASE.test(t) && !/[.:;]$/.test(t) && t.split(/\s+/).length <= 12) return {kind: 'role', text: t, used: 1}
  // A single word in normal case signs only when the text has named that person ("… Comrade Josef Novák …" / "Novák").
  if (SD_NAME.test(t) || SIGNED_MARK.test(t) || (signerName(t) && (/\s/.test(t) || isCaps(t) || knownPerson(t, ctx)))) return {kind: 'name', text: t, used: 1}
  if (isFullDate(t) || NUMERIC_DATE.test(t.replace(/\.$/, ''))) return {kind: 'date', text: t, used: 1}
  if (isPlaceDateline(t)) return {kind: 'dateline', text: t, used: 1}
  if (/^\[(?:[Ss]tamp|[Ss]eal)\b[^[\]]*\]$/.test(t)) return {kind: 'stamp', text: t, used: 1}
  // "To the Embassy of …" / "Belgrade": the addressee written under a note, its place on the next line.
  if (ADDRESS_TO.test(t) && !/[.!?;:]$/.test(t)) {
    const place = k + 1 <= last && /^\p{Lu}[\p{L} .'’-]{1,30}$/u.test(next) && lookupPlace(next) ? 1 : 0
    return {kind: 'address', text: place ? `${t}\n${next}` : t, used: 1 + place}
  }
  if (MARKED_TO.test(t)) return {kind: 'address', text: t, used: 1}
  return undefined
}

/** A person the text has already named ("Comrade Josef Novák" above, "Novák" alone at the end). */
function knownPerson(word: string, ctx: Ctx): boolean {
  const w = word.toLowerCase()
  return ctx.registers.forms().some((f) => f.kind === 'persons' && f.form.toLowerCase().split(/\s+/).pop() === w)
}

/**
 * The last blocks as one signature block: a valediction, the body signed for, offices, one typed name ("Sd/- X"
 * included), a date, stamps, the addressee of a note ("To the Embassy of …" / "Belgrade") and the offices a minute is
 * marked to ("P.M."), in any order. It needs a name, or a place dateline with a stamp or an address (a note verbale).
 */
function signatureBlock(blocks: Block[], i: number, last: number, ctx: Ctx): Closing | undefined {
  if (last - i > 6) return undefined
  const parts: Part[] = []
  for (let k = i; k <= last;) {
    const part = blockPart(blocks, k, last, ctx)
    if (!part || (part.kind === 'salute' && k !== i)) return undefined
    parts.push(part)
    k += part.used
  }
  const names = parts.filter((p) => p.kind === 'name').length
  const kinds = new Set(parts.map((p) => p.kind))
  if (names > 1 || parts.length < 2) return undefined
  if (names === 0 && !(kinds.has('dateline') && (kinds.has('stamp') || kinds.has('address')))) return undefined
  // Only what a signer signs: nothing but a valediction and a name is the valediction branch's (readClosing above).
  const lines: string[] = []
  let sig: string[] = []
  let named = false
  const flush = (): void => {
    // Offices without a name are the closer's text; signed is for a signer.
    if (sig.length > 0) lines.push(named ? signed(sig.join('<lb/>'), ctx) : `${sig.join('<lb/>')}<lb/>`)
    sig = []
    named = false
  }
  for (const p of parts) {
    if (p.kind === 'salute') lines.push(el('salute', {}, esc(p.text)))
    else if (p.kind === 'for') sig.push(phrase(p.text, ctx))
    else if (p.kind === 'role') sig.push(el('roleName', {}, phrase(p.text, ctx)))
    else if (p.kind === 'name') {
      const sd = SD_NAME.exec(p.text)
      const mark = SIGNED_MARK.exec(p.text)
      if (mark) {
        // No name printed: the words join the closer, unsigned, unless the page title names the sender.
        flush()
        lines.push(markSigned(mark, ctx))
        continue
      }
      named = true
      sig.push(sd ? `${esc(sd[1] ?? '')} ${signatory(sd[2] ?? '', ctx)}` : signatory(p.text, ctx))
    } else if (p.kind === 'date') {
      const xml = renderText(p.text, ctx)
      sig.push(xml.includes('<date') ? xml : el('date', {}, esc(p.text)))
    } else {
      flush()
      if (p.kind === 'dateline') lines.push(dateline(p.text, ctx) ?? phrase(p.text, ctx))
      else if (p.kind === 'stamp') {
        const piece = parseBrackets(p.text)[0]
        lines.push(piece?.kind === 'bracket' ? renderBracket(piece, ctx) : phrase(p.text, ctx))
      } else {
        const prev = lines[lines.length - 1] ?? ''
        lines.push(`${/^<seg type="addressee"/.test(prev) ? '<lb/>' : ''}${el('seg', {type: 'addressee'}, p.text.split('\n').map((x) => phrase(x, ctx)).join('<lb/>'))}`)
      }
    }
  }
  flush()
  return {lines, next: last + 1}
}
