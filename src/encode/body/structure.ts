/** The body: opener, heads, paragraphs, sections, block notes, closer and dispatch, in source order. */
import {parseBrackets, type LineGroup} from '../brackets.js'
import {warn, type Ctx} from '../context.js'
import {renderBracket} from '../insertions.js'
import {el, esc, type XmlWriter} from '../serialize.js'
import {isDistribution, renderSigned, SIGNATURE, writeDistribution} from './closing.js'
import {isCaps, readOpener} from './opener.js'
import {renderParagraph} from './paragraph.js'

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
export function writeBody(blocks: Block[], w: XmlWriter, ctx: Ctx, divType: string): void {
  w.open('body')
  w.open('div', {type: divType, 'xml:id': 'doc'})
  const {items, used} = readOpener(blocks, ctx)
  if (items.length > 0) w.leaf('opener', {}, items.join('<lb/>'))
  let i = used
  for (; i < blocks.length; i++) {
    const t = blocks[i]?.text.trim() ?? ''
    if (isCaps(t) && t.split(/\s+/).length >= 4 && !ROMAN.test(t)) {
      w.leaf('head', {type: 'main'}, esc(t))
      ctx.facts.mainHead ??= t
    } else if (/^\(\p{L}+\)$/u.test(t) && i > 0) w.leaf('head', {type: 'genre'}, esc(t))
    else break
  }
  let section = 0
  let inSection = false
  let n = 0
  let closed = false
  while (i < blocks.length) {
    const b = blocks[i]
    if (!b) break
    const t = b.text.trim()
    ctx.line = b.line
    let m: RegExpExecArray | null
    if (isDistribution(b) || closed) {
      if (inSection) w.close('div')
      if (!closed) w.close('div')
      inSection = false
      closed = true
      const usedBlocks = isDistribution(b) ? writeDistribution(blocks.slice(i), w, ctx) : 0
      if (usedBlocks > 0) { i += usedBlocks; continue }
      w.open('div', {type: 'endmatter'})
      for (; i < blocks.length; i++) writeParagraph(blocks[i] as Block, w, ctx, `p-end-${++n}`)
      w.close('div')
      break
    }
    const signed = signatureRun(blocks, i)
    if (signed) {
      if (inSection) w.close('div')
      inSection = false
      w.open('closer')
      for (const s of signed.runs) w.raw(renderSigned(s.roles, s.sig, ctx))
      w.close('closer')
      i = signed.next
      w.close('div')
      closed = true
      if (i < blocks.length && !isDistribution(blocks[i])) {
        w.open('div', {type: 'endmatter'})
        for (; i < blocks.length; i++) writeParagraph(blocks[i] as Block, w, ctx, `p-end-${++n}`)
        w.close('div')
      }
      continue
    }
    if ((m = ROMAN.exec(t)) || t === 'x x x') {
      if (inSection) w.close('div')
      section = m ? roman(m[1] ?? '') : section + 1
      n = 0
      w.open('div', m ? {type: 'section', n: String(section), 'xml:id': `sec-${section}`} : {type: 'section', subtype: 'unnumbered', 'xml:id': `sec-${section}`})
      w.leaf('head', m ? {} : {type: 'separator', rendition: '#center'}, esc(t))
      inSection = true
    } else if ((m = FOOTNOTE.exec(t))) {
      ctx.footnotes.add(`fn-${m[1]}`)
      ctx.accounted.push(m[1] ?? '')
      w.leaf('note', {type: 'footnote', n: m[1], 'xml:id': `fn-${m[1]}`}, renderParagraph(m[2] ?? '', ctx, `fn-${m[1]}`))
    } else if (isWholeBracket(t) && !/^\[(signature|\d+)\]$/i.test(t)) {
      const piece = parseBrackets(t)[0]
      if (piece?.kind === 'bracket') {
        const before = ctx.facts.pageBreak
        const xml = renderBracket(piece, ctx)
        w.raw(/^<(note|pb|gap)\b/.test(xml) ? xml : el('ab', {}, xml))
        if (ctx.facts.pageBreak && !before) w.leaf('pb', {n: '2', cert: 'medium', resp: '#ed'})
      }
    } else if (!/[\p{L}\p{N}]/u.test(t)) {
      warn(ctx, `Line ${b.line} ("${t.slice(0, 30)}") is not a recognised feature (no words); kept as an anonymous block.`, 'encode-unrecognised-feature')
      w.leaf('ab', {type: 'unrecognised'}, esc(t))
    } else writeParagraph(b, w, ctx, `p-${section}-${++n}`)
    i++
  }
  if (inSection) w.close('div')
  if (!closed) w.close('div')
  w.close('body')
}

function writeParagraph(b: Block, w: XmlWriter, ctx: Ctx, pid: string): void {
  ctx.line = b.line
  const before = ctx.facts.pageBreak
  w.leaf('p', {'xml:id': pid}, renderParagraph(b.text.trim(), ctx, pid))
  // A translator's description of "the end of the first page" locates the break to page 2.
  if (ctx.facts.pageBreak && !before) w.leaf('pb', {n: '2', cert: 'medium', resp: '#ed'})
}

/** Consecutive signature blocks: capitalised role lines followed by "[signature] (Name)". */
function signatureRun(blocks: Block[], i: number): {runs: {roles: Block[]; sig: Block}[]; next: number} | undefined {
  const runs: {roles: Block[]; sig: Block}[] = []
  let k = i
  for (;;) {
    let j = k
    while (j < blocks.length && isCaps(blocks[j]?.text ?? '') && j - k < 4) j++
    const sig = blocks[j]
    if (!sig || !SIGNATURE.test(sig.text.trim())) break
    runs.push({roles: blocks.slice(k, j), sig})
    k = j + 1
  }
  return runs.length > 0 ? {runs, next: k} : undefined
}
