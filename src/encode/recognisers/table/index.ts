/**
 * §3 tables in the capture: two or more consecutive lines with the same number (two or more) of cells, separated by
 * tabs or runs of three or more spaces → table/row/cell. `accepts` sees a line and the line after it.
 */
import type {BlockRecogniser} from '../types.js'

/** Cells of a tabular line, or undefined when the line has fewer than two. */
export function cells(line: string): string[] | undefined {
  const parts = line.trim().split(/\t+|\s{3,}/).filter((c) => c !== '')
  return parts.length >= 2 ? parts : undefined
}

export const recogniser: BlockRecogniser = {
  name: 'table',
  convention: 'tab- or space-aligned rows (two or more lines, each with two or more cells) → table/row/cell',
  accepts: (text, next) => {
    const lines = next === undefined ? text.split('\n') : [text, next]
    const width = cells(lines[0] ?? '')?.length
    return lines.length >= 2 && width !== undefined && lines.every((l) => cells(l)?.length === width)
  }
}

/** How many blocks from i are rows of one table (single lines with the same number of cells), or 0. */
export function tableRun(texts: string[], i: number): number {
  const width = /\n/.test(texts[i] ?? '') ? undefined : cells(texts[i] ?? '')?.length
  if (width === undefined) return 0
  let k = i
  while (k < texts.length && !/\n/.test(texts[k] ?? '') && cells(texts[k] ?? '')?.length === width) k++
  return k - i >= 2 ? k - i : 0
}
