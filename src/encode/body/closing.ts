/** Closing matter: signature blocks (`closer/signed`) and the distribution list with its number line. */
import {uniqueId, warn, type Ctx} from '../context.js'
import {COPIES_PRINTED as COPIES, countsAgree, INLINE_LIST, ITEM, LIST_LABEL, opensDistribution, RECIPIENT, recipientsOf} from '../recognisers/distribution/index.js'
import {normaliseDate} from '../dates.js'
import {renderText} from '../inline.js'
import {slugId} from '../registers.js'
import {el, esc, open, type XmlWriter} from '../serialize.js'
import {titleSender} from './closer.js'
import {SIGNATURE_GAP} from '../recognisers/signature-block/index.js'
import type {Block} from './structure.js'

/** "[signature] (Yu. Fadeyev)", "[Signature]", "[signed]" (the recogniser signature-block owns the pattern). */
export const SIGNATURE = SIGNATURE_GAP
/** The name typed on its own line under a signature mark: "(A. Gromyko)" or "A. Gromyko". */
export const NAME_UNDER = /^(\(?)((?:\p{Lu}[\p{L}'’-]*\.?\s?){0,3}\p{Lu}[\p{L}'’-]+)(\)?)\.?$/u

/**
 * A signed block from its role lines and its signature line; `under` is a block holding only the signer's name
 * ("(A. Gromyko)") printed below the mark.
 */
export function renderSigned(roles: Block[], sig: Block, ctx: Ctx, under?: Block): string {
  const m = SIGNATURE.exec(sig.text.trim())
  const below = under ? NAME_UNDER.exec(under.text.trim()) : null
  const name = (m?.[2] ?? below?.[2])?.trim() ?? ''
  const role = roles.map((r) => esc(r.text.trim())).join('<lb/>')
  const gap = `${open('gap', {reason: 'signature', resp: '#tr'})}<desc>${esc(m?.[1] ?? 'signature')}</desc></gap>`
  const n = ctx.facts.signatories.length + 1
  // A bare "[signature]" prints no name. When the page title says whom the document is from, the signed block
  // points at that person (@corresp, cert="medium", resp="#ed"); otherwise the gap stands in the closer itself
  // (gap is model.global): a signed block would claim a signatory nobody named.
  if (!name) {
    const sender = titleSender(ctx)
    const content = `${role ? `<roleName>${role}</roleName><lb/>` : ''}${gap}`
    if (sender) ctx.facts.signatories.push(sender)
    return sender ? el('signed', {'xml:id': `sig-${n}`, corresp: sender.ref, cert: 'medium', resp: '#ed'}, content) : `${role ? `${role}<lb/>` : ''}${gap}`
  }
  const known = ctx.registers.forms().find((f) => f.form === name && f.kind === 'persons')
  const id = known?.id ?? ctx.registers.add('persons', {id: slugId('pers', name), name, forms: [name]})
  ctx.facts.signatories.push({ref: `#${id}`, name})
  const person = el('persName', {ref: `#${id}`}, esc(name))
  const printed = below ? `<lb/>${esc(below[1] ?? '')}${person}${esc(below[3] ?? '')}` : ` (${person})`
  return el('signed', {'xml:id': `sig-${n}`}, `${role ? `<roleName>${role}</roleName><lb/>` : ''}${gap}${printed}`)
}

const MISCOUNT = 'The distribution list announces a number of copies that its recipients do not add up to; it was kept as printed, not as a list. Check the count, and record a correction in the .edits.json sidecar.'

const NUMBER_LINE = /^(.+?) (N[º°o]\.? ?\d+)$/

/** Whether a block opens a distribution list. */
export function isDistribution(b: Block | undefined, next?: Block): boolean {
  return b !== undefined && opensDistribution(b.text.trim(), next?.text.trim())
}

/** Write the distribution list and the number line; returns how many blocks were used. */
export function writeDistribution(blocks: Block[], w: XmlWriter, ctx: Ctx): number {
  const inline = INLINE_LIST.exec(blocks[0]?.text.trim() ?? '')
  if (inline) {
    // "Copies: Comrades A, B, C", "Distribution list – 11 copies: Stalin – 2, …": one item per recipient, @n its count.
    const items = recipientsOf(inline[2] ?? '')
    // "Stalin – 2" or "1x Minister Novák", "2 x file": the count after the recipient or before it.
    const counts = items.map((x) => /[–-]\s*(\d+)\.?$/.exec(x)?.[1] ?? /^(\d+)\s?x\s/.exec(x.trim())?.[1])
    w.open('div', {type: 'dispatch', 'xml:id': uniqueId(ctx, 'dispatch')})
    if (countsAgree(inline[1] ?? '', counts)) w.leaf('list', {type: 'distribution'}, `${el('head', {}, esc(inline[1] ?? ''))}${items.map((x, k) => el('item', {n: counts[k]}, renderText(x.trim(), ctx))).join('')}`)
    else {
      // The printed count and the recipients disagree: kept as printed, for a person to correct in the sidecar.
      w.leaf('p', {}, renderText(blocks[0]?.text.trim() ?? '', ctx))
      warn(ctx, MISCOUNT, 'encode-unrecognised-feature', blocks[0]?.line)
    }
    w.close('div')
    return 1
  }
  if (LIST_LABEL.test(blocks[0]?.text.trim() ?? '')) {
    // "Distribution:" / "Comrade Stalin" / "Comrade Molotov" / "File": one item per recipient line; a copy number
    // printed before it ("1 – Cde. Rapacki", "2. Comr. Molotov") is the item's @n (archive-conventions.md §3).
    let k = 1
    while (k < blocks.length && RECIPIENT.test(blocks[k]?.text.trim() ?? '')) k++
    w.open('div', {type: 'dispatch', 'xml:id': uniqueId(ctx, 'dispatch')})
    w.leaf('list', {type: 'distribution'}, `${el('head', {}, esc(blocks[0]?.text.trim() ?? ''))}${blocks.slice(1, k).map((b) => el('item', {n: /^(\d+)(?:\.\s| [–-] )/.exec(b.text.trim())?.[1]}, renderText(b.text.trim(), ctx))).join('')}`)
    w.close('div')
    return k
  }
  const head = COPIES.exec(blocks[0]?.text.trim() ?? '')
  if (!head) return 0
  w.open('div', {type: 'dispatch', 'xml:id': uniqueId(ctx, 'dispatch')})
  const typist = head.groups?.initials
  const initials = typist ? ` – ${el('abbr', {type: 'initials'}, esc(typist))}` : ''
  if (typist) ctx.facts.typistInitials = typist
  let i = 1
  while (i < blocks.length && ITEM.test(blocks[i]?.text.trim() ?? '')) i++
  const items = blocks.slice(1, i)
  // The head as printed ("Six copies printed", "Printed in 3 copies"), the typist's initials marked.
  const full = blocks[0]?.text.trim() ?? ''
  const headText = head.groups?.tail ? full.slice(0, full.indexOf(head.groups.tail)) : full
  const headXml = `${esc(headText)}${initials}`
  // A list needs items, and its head's count must agree with them; otherwise the copies line is a paragraph.
  // "1 – to Cde. Kuznetsov": a copy number (label); "2 copies to the addressee", "1 x Comrade Axen": a count (item/@n).
  const counted = items.map((b) => (/^\d+ [–-] /.test(b.text.trim()) ? undefined : ITEM.exec(b.text.trim())?.[1]))
  const agree = items.length > 0 && countsAgree(headText, counted)
  if (!agree) w.leaf('p', {}, headXml)
  if (items.length > 0) {
    if (!agree) warn(ctx, MISCOUNT, 'encode-unrecognised-feature', blocks[0]?.line)
    w.open('list', {type: 'distribution'})
    if (agree) w.leaf('head', {}, headXml)
    for (const b of items) {
      const m = ITEM.exec(b.text.trim())
      ctx.line = b.line
      if (/^\d+ [–-] /.test(b.text.trim())) w.raw(`${el('label', {}, esc(m?.[1] ?? ''))}${el('item', {}, renderText(m?.[2] ?? '', ctx))}`)
      else w.raw(el('item', {n: m?.[1]}, `${esc(m?.[1] ?? '')} ${renderText(m?.[2] ?? '', ctx)}`))
    }
    w.close('list')
  }
  const last = blocks[i]
  const num = NUMBER_LINE.exec(last?.text.trim() ?? '')
  if (last && num && normaliseDate(num[1] ?? '')) {
    w.leaf('dateline', {}, `${renderText(num[1] ?? '', ctx)} ${el('idno', {type: 'registration'}, esc(num[2] ?? ''))}`)
    i++
  }
  w.close('div')
  return i
}
