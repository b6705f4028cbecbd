/** The translator's square brackets: balance check across lines and parsing into nested nodes. */
import type {SourceLine} from './page.js'

/** A translator's or editor's note label just after an opening bracket. */
const NOTE_LABEL = /^\s*(?:Translator[’']s [Nn]ote|Translator[’']s [Cc]omment|[Tt]rans(?:lator)?\.? [Nn]ote|Ed(?:itor[’']s)?\.? [Nn]ote|Note)\s*[:—–-]/

/** A parsed piece of text: plain text, or a bracketed insertion with its own nested pieces. */
export type Piece = {kind: 'text'; text: string} | {kind: 'bracket'; inner: string; pieces: Piece[]}

/** An unbalanced bracket, with its position in the source. */
export interface BracketProblem {
  line: number
  column: number
  reason: string
}

/** A group of consecutive body lines that belong together (a bracket may run over several lines). */
export interface LineGroup {
  lines: SourceLine[]
}

/**
 * Stand-ins for an unbalanced "]" and "[" kept as text: characters no recogniser takes for a bracket, turned back
 * into "]" and "[" when the TEI is finished (`restoreBrackets`). Noncharacters U+FDD2/U+FDD3 never occur in a copy.
 */
export const KEPT_CLOSE = '\uFDD2'
export const KEPT_OPEN = '\uFDD3'

/**
 * The TEI with the stand-ins of unbalanced brackets turned back into the characters as written: in text as
 * `<orig>` ("a reading marked as following the original", TEI Guidelines §3.5.2; teipipe.sch no-leftover-brackets
 * admits a bracket there), inside a tag as the plain character.
 */
export function restoreBrackets(tei: string): string {
  if (!tei.includes(KEPT_CLOSE) && !tei.includes(KEPT_OPEN)) return tei
  const plain = (s: string): string => s.replaceAll(KEPT_CLOSE, ']').replaceAll(KEPT_OPEN, '[')
  return tei.split(/(<[^>]*>)/).map((part) => (part.startsWith('<') ? plain(part) : part.replace(/[\uFDD2\uFDD3]+/g, (run) => `<orig>${plain(run)}</orig>`))).join('')
}

/**
 * Group body lines so that every group's brackets balance. Never fails: a "]" without "[" and a "[" never closed
 * (a capture that stops inside a bracket) are reported as problems and kept in the text as written (as stand-ins
 * here, see KEPT_CLOSE), so nothing of the copy is lost (archive-conventions.md §1, truncated capture).
 */
export function groupByBrackets(lines: SourceLine[]): {groups: LineGroup[]; problems: BracketProblem[]} {
  const problems: BracketProblem[] = []
  const unmatched = new Map<number, Set<number>>()
  const keep = (line: number, index: number): void => void (unmatched.get(line) ?? unmatched.set(line, new Set()).get(line))?.add(index)
  const stack: {line: number; index: number; column: number}[] = []
  for (const l of lines) {
    const re = /[[\]]/g
    for (let m = re.exec(l.text); m; m = re.exec(l.text)) {
      // Columns count characters (code points), as editors show them.
      const column = [...l.text.slice(0, m.index)].length + 1
      if (m[0] === '[') stack.push({line: l.line, index: m.index, column})
      else if (stack.pop() === undefined) {
        problems.push({line: l.line, column, reason: 'A closing bracket "]" has no opening "[" before it; it was kept in the text as written, not read as the end of an insertion.'})
        keep(l.line, m.index)
      }
    }
  }
  const closeAtEnd = new Set<number>()
  for (const o of stack) {
    const text = lines.find((l) => l.line === o.line)?.text ?? ''
    // A labelled note is the translator's whatever happens: it is closed at the end of its line.
    if (NOTE_LABEL.test(text.slice(o.index + 1)) && !closeAtEnd.has(o.line)) {
      problems.push({line: o.line, column: o.column, reason: 'This note\'s opening bracket "[" is never closed; the note was taken to end with its line.'})
      closeAtEnd.add(o.line)
      continue
    }
    problems.push({line: o.line, column: o.column, reason: 'This opening bracket "[" is never closed; it was kept in the text as written and the words after it read as text, not as an insertion.'})
    keep(o.line, o.index)
  }
  const clean = unmatched.size === 0 && closeAtEnd.size === 0 ? lines : lines.map((l) => {
    const kept = unmatched.get(l.line)
    const text = kept ? l.text.split('').map((c, k) => (kept.has(k) ? (c === ']' ? KEPT_CLOSE : KEPT_OPEN) : c)).join('') : l.text
    return kept || closeAtEnd.has(l.line) ? {...l, text: closeAtEnd.has(l.line) ? `${text}]` : text} : l
  })
  const groups: LineGroup[] = []
  let current: SourceLine[] = []
  let depth = 0
  for (const l of clean) {
    for (const ch of l.text) depth += ch === '[' ? 1 : ch === ']' ? -1 : 0
    current.push(l)
    if (depth === 0) {
      groups.push({lines: current})
      current = []
    }
  }
  if (current.length > 0) groups.push({lines: current})
  return {groups, problems}
}

/** Parse a balanced string into text and (nested) bracket pieces. */
export function parseBrackets(text: string): Piece[] {
  const root: Piece[] = []
  const stack: {pieces: Piece[]; start: number}[] = [{pieces: root, start: 0}]
  let buffer = ''
  const flush = (into: Piece[]): void => {
    if (buffer) into.push({kind: 'text', text: buffer})
    buffer = ''
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? ''
    const top = stack[stack.length - 1]
    if (!top) break
    if (ch === '[') {
      flush(top.pieces)
      stack.push({pieces: [], start: i + 1})
    } else if (ch === ']' && stack.length > 1) {
      flush(top.pieces)
      stack.pop()
      const parent = stack[stack.length - 1]
      parent?.pieces.push({kind: 'bracket', inner: text.slice(top.start, i), pieces: top.pieces})
    } else buffer += ch
  }
  const top = stack[stack.length - 1]
  if (top) flush(top.pieces)
  return root
}
