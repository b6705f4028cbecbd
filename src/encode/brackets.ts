/** The translator's square brackets: balance check across lines and parsing into nested nodes. */
import type {SourceLine} from './page.js'

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

/** Group body lines so that every group's brackets balance; report the first unbalanced bracket. */
export function groupByBrackets(lines: SourceLine[]): LineGroup[] | BracketProblem {
  const groups: LineGroup[] = []
  let current: SourceLine[] = []
  let depth = 0
  let opened: {line: number; column: number} | undefined
  for (const l of lines) {
    const re = /[[\]]/g
    for (let m = re.exec(l.text); m; m = re.exec(l.text)) {
      // Columns count characters (code points), as editors show them.
      const column = [...l.text.slice(0, m.index)].length + 1
      if (m[0] === '[') {
        if (depth === 0) opened = {line: l.line, column}
        depth++
      } else {
        if (depth === 0) return {line: l.line, column, reason: 'A closing bracket "]" has no opening "[" before it.'}
        depth--
      }
    }
    current.push(l)
    if (depth === 0) {
      groups.push({lines: current})
      current = []
    }
  }
  if (depth > 0 && opened) {
    return {...opened, reason: 'This opening bracket "[" is never closed: the text after it up to the end of the document would be one insertion.'}
  }
  return groups
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
