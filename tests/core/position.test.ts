import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {LineIndex} from '../../src/core/position.js'

describe('LineIndex', () => {
  it('maps offsets to 1-based points across LF, CRLF and CR line ends', () => {
    const index = new LineIndex('ab\ncd\r\nef\rg')
    expect(index.toPoint(0)).toEqual({line: 1, column: 1, offset: 0})
    expect(index.toPoint(3)).toEqual({line: 2, column: 1, offset: 3})
    expect(index.toPoint(7)).toEqual({line: 3, column: 1, offset: 7})
    expect(index.toPoint(10)).toEqual({line: 4, column: 1, offset: 10})
    expect(index.lineCount).toBe(4)
  })

  it('round-trips every offset through a point', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('a', 'b', '\n', '\r', 'é')}), fc.nat(), (text, n) => {
        const index = new LineIndex(text)
        const offset = text.length === 0 ? 0 : n % (text.length + 1)
        const point = index.toPoint(offset)
        expect(point.line).toBeGreaterThanOrEqual(1)
        expect(point.line).toBeLessThanOrEqual(index.lineCount)
        expect(index.toOffset(point)).toBe(offset)
      })
    )
  })

  it('returns undefined for points outside the text', () => {
    const index = new LineIndex('one\ntwo')
    expect(index.toOffset({line: 3, column: 1})).toBeUndefined()
    expect(index.toOffset({line: 1, column: 0})).toBeUndefined()
  })
})
