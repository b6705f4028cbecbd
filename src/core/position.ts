/** Offsets ↔ line/column, as vfile-location does. Lines and columns are 1-based. */
import type {Point} from './message.js'

/** Index of line starts in a text, for converting offsets to points and back. */
export class LineIndex {
  readonly starts: number[] = [0]
  readonly length: number
  constructor(text: string) {
    this.length = text.length
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10) this.starts.push(i + 1)
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1)
    }
  }

  /** The point of a 0-based offset (clamped to the text). */
  toPoint(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.length))
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.starts[mid] ?? 0) <= o) lo = mid
      else hi = mid - 1
    }
    return {line: lo + 1, column: o - (this.starts[lo] ?? 0) + 1, offset: o}
  }

  /** The 0-based offset of a point, or undefined when it lies outside the text. */
  toOffset(point: {line: number; column: number}): number | undefined {
    const start = this.starts[point.line - 1]
    if (start === undefined || point.column < 1) return undefined
    const offset = start + point.column - 1
    return offset <= this.length ? offset : undefined
  }

  /** Number of lines in the text. */
  get lineCount(): number {
    return this.starts.length
  }
}
