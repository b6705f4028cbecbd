/** The body: opener, heads, paragraphs, sections, block notes, closer and dispatch, in source order. */
import {parseBrackets, type LineGroup} from '../brackets.js'
import {next, uniqueId, warn, type Ctx} from '../context.js'
import {isNote, renderBracket, renderNoteWithTarget} from '../insertions.js'
import type {Bracket} from '../recognisers/types.js'
import {neighbour} from '../recognisers/translator-note/index.js'
import {ABOUT_MARKS, metamarksFor} from './marginalia.js'
import {el, esc, type XmlWriter} from '../serialize.js'
import {isDistribution, NAME_UNDER, renderSigned, SIGNATURE, writeDistribution} from './closing.js'
import {NOT_A_NAME, ROLE_LINE} from '../recognisers/signature-block/index.js'
import {readClosing, signedName} from './closer.js'
import {embeddedEnd, signOff} from '../recognisers/embedded-message/index.js'
import {bulletRun, enumerator, isListHead, listRun} from './lists.js'
import {isCaps} from './opener.js'
import {VALEDICTION} from '../recognisers/valediction/index.js'
import {writeTop} from './top.js'
import {dateline, noteDate} from './fields.js'
import {renderParagraph} from './paragraph.js'
import {isConversation, labelledTurn, reportedTurn} from '../recognisers/speaker-turn/index.js'
import {followingText, recogniser as heading} from '../recognisers/heading/index.js'
import {PAGE_MARKER, pageNumber} from '../recognisers/page-marker/index.js'
import {joinOffices, PARTICIPANTS, participantItems} from '../recognisers/participants/index.js'
import {SALUTE, SPEECH_ADDRESS} from '../recognisers/salutation/index.js'
import {cells, tableRun} from '../recognisers/table/index.js'
import {ENCLOSURE} from '../recognisers/enclosure/index.js'
import {FOOT} from '../recognisers/footnote/index.js'

/** A group of source lines encoded as one unit; `text` joins the lines with newlines. */
export interface Block {
  text: string
  line: number
}

/** Blocks from bracket-balanced line groups. */
export function toBlocks(groups: LineGroup[]): Block[] {
  return groups.map((g) => ({text: g.lines.map((l) => l.text.trim()).join('\n'), line: g.lines[0]?.line ?? 1}))
}

const ROMAN = /^([IVX]{1,5})\.$/
const NUMBERED_HEAD = /^(?:[IVX]{1,5}|\d{1,2})\.\s\S/
const FOOTNOTE = /^\[(\d{1,3})\]\s*(.*)$/s
const ROMAN_VALUE: Record<string, number> = {I: 1, V: 5, X: 10}

function roman(s: string): number {
  let total = 0
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUE[s[i] ?? ''] ?? 0
    total += v < (ROMAN_VALUE[s[i + 1] ?? ''] ?? 0) ? -v : v
  }
  return total
}

/** Whether a block is one bracket standing alone (a translator's description or a page break). */
function isWholeBracket(t: string): boolean {
  const pieces = parseBrackets(t)
  return pieces.length === 1 && pieces[0]?.kind === 'bracket'
}

/** Write `<body>` for the blocks. */
export function writeBody(blocks: Block[], w: XmlWriter, ctx: Ctx, divType: string, truncated = false): void {
  ctx.truncated = truncated
  w.open('body')
  const texts = blocks.map((b) => b.text.trim())
  ctx.conversation = isConversation(texts)
  ctx.weakTurns = texts.filter((t) => labelledTurn(t)?.strong === false).length >= 3
  // Foot notes headed by "*" or "x/": their markers in the text point at them.
  for (const t of texts) {
    const m = FOOT.exec(t)
    const marker = m?.[2] ?? m?.[3]
    if (marker && !/^\[/.test(t)) ctx.footMarkers.set(marker, footnoteId(marker))
    // "[1] …" heading a block: the note a "[1]" marker in the text may point at.
    if (m?.[1]) ctx.footnotes.add(footnoteId(m[1]))
  }
  w.open('div', {type: ctx.conversation && divType === 'document' ? 'conversation' : divType, 'xml:id': uniqueId(ctx, 'doc')})
  let i = writeTop(blocks, w, ctx)
  // A closer needs text before it (TEI: div's bottom matter follows its content).
  const firstText = i
  let section = 0
  let inSection = false
  let closed = false
  // Whether the last block written was a heading: headings in a row head one section (div admits several heads).
  let lastHead = false
  // Whether the open section's heads end in a dateline (a title block).
  let sectionDated = false
  let line: string | undefined
  while (i < blocks.length) {
    const b = blocks[i]
    if (!b) break
    const afterHead = lastHead
    lastHead = false
    const t = b.text.trim()
    ctx.line = b.line
    let m: RegExpExecArray | null
    if (ctx.plain.has(b.line)) {
      writePlain(b, w, ctx, `p-${section}-${next(ctx, `p-${section}`)}`)
      i++
      continue
    }
    if (isDistribution(b, blocks[i + 1]) || closed) {
      if (inSection) w.close('div')
      if (!closed) w.close('div')
      inSection = false
      closed = true
      const usedBlocks = isDistribution(b, blocks[i + 1]) ? writeDistribution(blocks.slice(i), w, ctx) : 0
      if (usedBlocks > 0) { i += usedBlocks; continue }
      // Foot notes after any closing block (closer, distribution list, signatures) stay notes: a "[1]" marker points at them.
      if (FOOT.test(t)) { i = writeFootnotes(blocks, i, w, ctx); continue }
      const end = nextClosingPart(blocks, i + 1)
      w.open('div', {type: 'endmatter'})
      i = writeRun(blocks, i, end, w, ctx, 'end')
      w.close('div')
      continue
    }
    const closing = i > firstText ? readClosing(blocks, i, ctx) : undefined
    if (closing) {
      if (inSection) w.close('div')
      inSection = false
      if (closing.trailer) w.raw(closing.lines.join(''))
      else w.open('closer').raw(closing.lines.join('')).close('closer')
      i = writeFootnotes(blocks, closing.next, w, ctx)
      w.close('div')
      closed = true
      continue
    }
    // "With communist greetings," / "[signature]" / "(W. Ulbricht)": a valediction opens the closer of a signature run.
    const valediction = i > firstText ? VALEDICTION.exec(t) : null
    const signed = i > firstText ? signatureRun(blocks, valediction && !valediction[2] ? i + 1 : i) : undefined
    if (signed) {
      if (inSection) w.close('div')
      inSection = false
      w.open('closer')
      if (valediction && !valediction[2]) w.raw(el('salute', {}, esc(t)))
      for (const s of signed.runs) w.raw(renderSigned(s.roles, s.sig, ctx, s.under))
      w.close('closer')
      i = writeFootnotes(blocks, signed.next, w, ctx)
      w.close('div')
      closed = true
      continue
    }
    const embedded = embeddedEnd(texts, i)
    if (embedded !== undefined) {
      // A message quoted whole ("“Comrade MAO ZEDONG. … FILIPPOV [Stalin].”"): its own text with its own closer.
      w.open('floatingText', {type: 'message'}).open('body').open('div', {type: 'attachment'})
      writeRun(blocks, i, embedded, w, ctx, String(section))
      const last = blocks[embedded] as Block
      const sign = signOff(last.text.trim())
      ctx.line = last.line
      w.leaf('closer', {}, `${sign?.salute ? `${el('salute', {}, renderParagraph(sign.salute, ctx, 'closer'))} ` : ''}${signedName(sign?.name ?? '', sign?.rest ?? '', ctx)}`)
      w.close('div').close('body').close('floatingText')
      i = embedded + 1
      continue
    }
    if ((m = ROMAN.exec(t)) || t === 'x x x') {
      if (inSection) w.close('div')
      section = m ? roman(m[1] ?? '') : section + 1
      w.open('div', m ? {type: 'section', n: String(section), 'xml:id': uniqueId(ctx, `sec-${section}`)} : {type: 'section', subtype: 'unnumbered', 'xml:id': uniqueId(ctx, `sec-${section}`)})
      w.leaf('head', m ? {} : {type: 'separator', rendition: '#center'}, esc(t))
      inSection = true
    } else if (PAGE_MARKER.test(t) && !/^\[/.test(t)) {
      // "- 2 -", "(p. 1)": the page number goes to @n, the printed marker is accounted.
      ctx.accounted.push(t)
      w.leaf('pb', {n: pageNumber(t), resp: '#tr'})
    } else if (PARTICIPANTS.test(t) && !/\n/.test(t)) {
      const m = PARTICIPANTS.exec(t)
      const items = joinOffices(participantItems(m?.[2] ?? '').map((x) => renderParagraph(x, ctx, 'participants')))
      w.leaf('list', {type: 'participants'}, `${el('head', {}, esc(m?.[1] ?? ''))}${items.map((x) => el('item', {}, x)).join('')}`)
    } else if (tableRun(texts, i) > 0) {
      const rows = tableRun(texts, i)
      w.leaf('table', {}, texts.slice(i, i + rows).map((line) => el('row', {}, (cells(line) ?? []).map((c) => el('cell', {}, renderParagraph(c, ctx, 'table'))).join(''))).join(''))
      i += rows - 1
    } else if (ENCLOSURE.test(t) && i + 1 < blocks.length) {
      // An enclosure opens its own part of the document, headed by the printed line.
      if (inSection) w.close('div')
      w.open('div', {type: 'attachment', 'xml:id': uniqueId(ctx, 'att-1')})
      w.leaf('head', {}, renderParagraph(t, ctx, 'attachment'))
      inSection = true
    } else if (FOOT.test(t) && !/^\[/.test(t)) {
      i = writeFootnotes(blocks, i, w, ctx) - 1
    } else if (FOOTNOTE.test(t)) {
      i = writeFootnotes(blocks, i, w, ctx) - 1
    } else if (isWholeBracket(t) && !/^\[(signature|\d+)\]$/i.test(t)) {
      const piece = parseBrackets(t)[0]
      const side = piece?.kind === 'bracket' && isNote(piece) ? neighbour(piece.inner) : undefined
      if (piece?.kind === 'bracket' && side) writeNeighbourNote(piece, side, w, ctx)
      else if (piece?.kind === 'bracket') {
        const before = ctx.facts.pageBreak
        let xml = renderBracket(piece, ctx)
        // "[page break]" / "- 2 -": the translator's break and the printed number are one page beginning (TEI §3.11.3).
        const marker = blocks[i + 1]?.text.trim() ?? ''
        if (/^<pb resp=/.test(xml) && PAGE_MARKER.test(marker) && !/^\[/.test(marker) && pageNumber(marker) !== undefined) {
          ctx.accounted.push(marker)
          xml = el('pb', {n: pageNumber(marker), resp: '#tr'})
          i++
        }
        w.raw(/^<(note|pb|gap|incident)\b/.test(xml) ? xml : el('ab', {}, xml))
        if (ctx.facts.pageBreak && !before) w.leaf('pb', {n: '2', cert: 'medium', resp: '#ed'})
      }
    } else if (inSection && afterHead && (SALUTE.test(t) || SPEECH_ADDRESS.test(t)) && !/\n/.test(t)) {
      // "Dear comrades," under a speech's heading or dateline: the speaker's address, a salute of the section (divTop).
      w.leaf('salute', {}, renderParagraph(t, ctx, `sec-${section}`))
    } else if (inSection && afterHead && (line = dateline(t, ctx)) !== undefined) {
      // "Havana, July 26, 1970" under a speech's heading: the section's dateline, not another head (TEI §4.2.1).
      noteDate(line, ctx)
      w.raw(line)
      lastHead = true
      sectionDated = true
    } else if (listRun(blocks, i) === 0 && !isListHead(blocks, i) && heading.accepts(t, followingText(texts, i))) {
      // A topic heading opens a section; its number (if any) stays in the text and goes to @n. A numbered heading
      // under a dated title block ("Report No. 3" / "Second Department" / "30 May 1961" / "I. The situation") opens
      // its own section: the dateline ends the title.
      if (!(inSection && afterHead) || (sectionDated && NUMBERED_HEAD.test(t))) {
        if (inSection) w.close('div')
        section++
        sectionDated = false
        w.open('div', {type: 'section', n: enumerator(t)?.n, 'xml:id': uniqueId(ctx, `sec-${section}`)})
      }
      w.leaf('head', {}, renderParagraph(t, ctx, `sec-${section}`))
      inSection = true
      lastHead = true
    } else if (!/[\p{L}\p{N}]/u.test(t)) {
      // U+FDD0 marks a removed control character (index.ts), already reported as encode-control-character:
      // never shown, and a line of nothing else (a form feed) is not reported twice.
      const shown = t.replace(/\uFDD0/g, '').trim()
      if (shown !== '') warn(ctx, `Line ${b.line} ("${shown.slice(0, 30)}") is not a recognised feature (no words); kept as an anonymous block.`, 'encode-unrecognised-feature')
      w.leaf('ab', {type: 'unrecognised'}, esc(t))
    } else {
      i = writeRun(blocks, i, i + 1, w, ctx, String(section))
      continue
    }
    i++
  }
  if (inSection) w.close('div')
  if (!closed) w.close('div')
  unresolvedNote(w, ctx)
  // A capture that stops before the document ends: the rest is lost to this edition.
  if (truncated) w.leaf('gap', {reason: 'truncated-capture', resp: '#ed'})
  w.close('body')
}

/**
 * A translator's note standing alone that refers to the paragraph before or after it ("[Translator's note: The
 * following paragraph was underlined in red pencil.]"): note/@target points at that paragraph and, when the note
 * describes reader's marks, metamarks record them (teipipe.sch translator-note-has-target, -marks-agree). The
 * following paragraph's id is not known yet: a placeholder is filled in by the next paragraph written.
 */
function writeNeighbourNote(b: Bracket, side: 'following' | 'preceding', w: XmlWriter, ctx: Ctx): void {
  unresolvedNote(w, ctx)
  if (side === 'preceding' && ctx.lastPid) {
    const target = `#${ctx.lastPid}`
    if (ABOUT_MARKS.test(b.inner)) w.raw(metamarksFor(b.inner, target, ctx))
    w.raw(renderNoteWithTarget(b, ctx, target))
    return
  }
  const placeholder = `\uFDD1${ctx.line}\uFDD1`
  const xml = renderNoteWithTarget(b, ctx, placeholder)
  w.raw(xml)
  ctx.pendingNote = {placeholder, id: /xml:id="([^"]+)"/.exec(xml)?.[1] ?? 'tn', inner: b.inner, line: ctx.line}
}

/**
 * The paragraph `pid` is written: a note waiting for "the following paragraph" points at it; returns the metamarks
 * to put at the paragraph's start ("placed just before the passage", tei-encoding.md §marginalia).
 */
function resolveNote(w: XmlWriter, ctx: Ctx, pid: string): string {
  ctx.lastPid = pid
  const pending = ctx.pendingNote
  if (!pending) return ''
  ctx.pendingNote = undefined
  w.patch(pending.placeholder, (line) => line.replace(pending.placeholder, `#${pid}`))
  return ABOUT_MARKS.test(pending.inner) ? metamarksFor(pending.inner, `#${pid}`, ctx) : ''
}

/**
 * No paragraph followed a note about "the following paragraph" (or none preceded one about "the preceding" one):
 * the note points at an anchor just after it, cert="low", and encode-extent-guessed asks for the passage.
 */
function unresolvedNote(w: XmlWriter, ctx: Ctx): void {
  const pending = ctx.pendingNote
  if (!pending) return
  ctx.pendingNote = undefined
  const anchor = uniqueId(ctx, `${pending.id}-passage`)
  const marks = ABOUT_MARKS.test(pending.inner) ? metamarksFor(pending.inner, `#${anchor}`, ctx, 'low') : ''
  w.patch(pending.placeholder, (line) => `${line.replace(pending.placeholder, `#${anchor}`)}${el('anchor', {'xml:id': anchor})}${marks}`)
  warn(ctx, `The translator's note at line ${pending.line} refers to a paragraph that is not in the text; it points at its own place (cert="low"). Give its extent in the .edits.json sidecar.`, 'encode-extent-guessed', pending.line)
}

/** A block kept as it stands (its recognisers would have lost words): words escaped, brackets left out, lines kept. */
function writePlain(b: Block, w: XmlWriter, ctx: Ctx, pid: string): void {
  ctx.line = b.line
  w.leaf('p', {'xml:id': pid}, resolveNote(w, ctx, pid) + esc(b.text.trim().replace(/[[\]]/g, '')).replace(/\n/g, '<lb/>'))
}

/** The first block from `i` on that is a foot note or opens a distribution list (blocks.length if none). */
function nextClosingPart(blocks: Block[], i: number): number {
  let k = i
  while (k < blocks.length && !FOOT.test(blocks[k]?.text.trim() ?? '') && !isDistribution(blocks[k], blocks[k + 1])) k++
  return k
}

/** Footnotes ("[1] BArch, …") from blocks[i] on; returns the index after them. Notes may follow a closer. */
function writeFootnotes(blocks: Block[], i: number, w: XmlWriter, ctx: Ctx): number {
  for (; i < blocks.length; i++) {
    const m = FOOT.exec(blocks[i]?.text.trim() ?? '')
    if (!m) break
    ctx.line = blocks[i]?.line ?? ctx.line
    const n = m[1] ?? m[2] ?? m[3] ?? ''
    const id = footnoteId(n)
    if (m[1] || m[3]) ctx.accounted.push(n)
    w.leaf('note', {type: 'footnote', place: 'foot', n, 'xml:id': uniqueId(ctx, id)}, renderParagraph(m[4] ?? '', ctx, id))
  }
  return i
}

/** The xml:id of a foot note by its marker: "1" → fn-1, "*" → fn-star-1, "**" → fn-star-2, "x/" → fn-x-1. */
export function footnoteId(marker: string): string {
  if (/^\d+$/.test(marker)) return `fn-${marker}`
  return marker.startsWith('*') ? `fn-star-${marker.length}` : `fn-x-${marker.length - 1}`
}

/** Paragraphs from blocks[i] to blocks[end - 1], a list run (with its "Copies:" head) counting as one; returns the next index. */
function writeRun(blocks: Block[], i: number, end: number, w: XmlWriter, ctx: Ctx, section: string): number {
  while (i < end && i < blocks.length) {
    const bullets = bulletRun(blocks, i)
    const head = bullets === 0 && isListHead(blocks, i) ? 1 : 0
    const run = bullets || listRun(blocks, i + head)
    if (run > 0) {
      w.open('list', {type: bullets ? 'bulleted' : 'numbered'})
      if (head) w.leaf('head', {}, renderParagraph(blocks[i]?.text.trim() ?? '', ctx, `list-${section}`))
      for (const b of blocks.slice(i + head, i + head + run)) {
        const id = `p-${section}-${next(ctx, `p-${section}`)}`
        ctx.line = b.line
        const marks = resolveNote(w, ctx, id)
        w.leaf('item', {n: enumerator(b.text.trim())?.n, 'xml:id': id}, marks + renderParagraph(b.text.trim(), ctx, id))
      }
      w.close('list')
      i += head + run
      end = Math.max(end, i)
    } else writeParagraph(blocks[i] as Block, w, ctx, `p-${section}-${next(ctx, `p-${section}`)}`)
    if (run === 0) i++
  }
  return i
}

function writeParagraph(b: Block, w: XmlWriter, ctx: Ctx, pid: string): void {
  ctx.line = b.line
  const before = ctx.facts.pageBreak
  const t = b.text.trim()
  const label = labelledTurn(t)
  const marks = resolveNote(w, ctx, pid)
  let speaker: string | undefined
  if (label && (label.strong || ctx.weakTurns)) {
    // "72. Mr. AIKEN (Ireland): …": the label is the speaker; the words after it the turn's paragraph.
    const who = speakerRef(label.name, ctx)
    w.open('sp', {who, n: label.n})
    w.leaf('speaker', {}, linkSpeaker(renderParagraph(label.label, ctx, pid), label.name, who))
    w.leaf('p', {'xml:id': pid}, marks + renderParagraph(t.slice(label.label.length).trim(), ctx, pid))
    w.close('sp')
  } else if (ctx.conversation && (speaker = reportedTurn(t)) !== undefined) {
    // A reported turn: the speaker is named in the running text, so the sp has no speaker element.
    w.open('sp', {who: speakerRef(speaker, ctx)})
    w.leaf('p', {'xml:id': pid, n: enumerator(t)?.n}, marks + renderParagraph(t, ctx, pid))
    w.close('sp')
  } else w.leaf('p', {'xml:id': pid, n: enumerator(t)?.n}, marks + renderParagraph(t, ctx, pid))
  // A translator's description of "the end of the first page" locates the break to page 2.
  if (ctx.facts.pageBreak && !before) w.leaf('pb', {n: '2', cert: 'medium', resp: '#ed'})
}

/**
 * The speaker label's name linked to the person `sp/@who` points at ("BIĽAK:" → `<persName ref="#pers-v-bilak">BIĽAK</persName>:`)
 * when the rendered label (TEI phrase content) names no person yet: the same person, so the same register entry.
 * Unchanged when `who` is undefined or the name is not found as text in the label.
 */
function linkSpeaker(labelXml: string, name: string, who: string | undefined): string {
  if (!who || labelXml.includes('<persName')) return labelXml
  const printed = esc(name)
  // The first occurrence in text, not inside a tag.
  const at = labelXml.split(/(<[^>]*>)/).reduce<{offset: number; found: number}>((acc, part) => {
    if (acc.found < 0 && !part.startsWith('<') && part.includes(printed)) acc.found = acc.offset + part.indexOf(printed)
    acc.offset += part.length
    return acc
  }, {offset: 0, found: -1}).found
  if (at < 0 || printed === '') return labelXml
  return `${labelXml.slice(0, at)}${el('persName', {ref: who}, printed)}${labelXml.slice(at + printed.length)}`
}

/** The register entry of a speaker, when the registers know a person by the speaker's (last) name; else undefined. */
function speakerRef(speaker: string, ctx: Ctx): string | undefined {
  const last = speaker.split(/\s(?:and|&)\s/)[0]?.trim().split(/\s+/).pop()?.toLowerCase()
  if (!last || last.length < 2) return undefined
  const hit = ctx.registers.forms().find((f) => f.kind === 'persons' && f.form.toLowerCase().split(/\s+/).pop() === last)
  return hit ? `#${hit.id}` : undefined
}

/** Consecutive signature blocks: capitalised role lines followed by "[signature] (Name)". */
function signatureRun(blocks: Block[], i: number): {runs: {roles: Block[]; sig: Block; under?: Block | undefined}[]; next: number} | undefined {
  const runs: {roles: Block[]; sig: Block; under?: Block | undefined}[] = []
  let k = i
  for (;;) {
    let j = k
    // Role lines: capitals ("FIRST SECRETARY OF THE SOVIET EMBASSY") or an office in normal case ("Ambassador of the USSR").
    const role = (b: Block | undefined): boolean => b !== undefined && !SIGNATURE.test(b.text.trim()) && (isCaps(b.text) || ROLE_LINE.test(b.text.trim()))
    while (j < blocks.length && role(blocks[j]) && j - k < 4) j++
    const sig = blocks[j]
    const mark = sig ? SIGNATURE.exec(sig.text.trim()) : null
    if (!sig || !mark) break
    // "[signature]" / "(A. Gromyko)": the name typed on the next line belongs to the same signed block.
    const next = blocks[j + 1]
    const under = !mark[2] && next && NAME_UNDER.test(next.text.trim()) && !NOT_A_NAME.test(next.text.trim().replace(/^\(/, '')) ? next : undefined
    runs.push({roles: blocks.slice(k, j), sig, under})
    k = j + (under ? 2 : 1)
  }
  return runs.length > 0 ? {runs, next: k} : undefined
}
