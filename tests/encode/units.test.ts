import {describe, expect, it} from 'vitest'
import {groupByBrackets, parseBrackets, restoreBrackets} from '../../src/encode/brackets.js'
import {findDates} from '../../src/encode/dates.js'
import {checkOrdered, checkPresent} from '../../src/encode/lossless.js'
import {sentenceStarts} from '../../src/encode/body/sentences.js'
import {esc} from '../../src/encode/serialize.js'
import {renderWraps} from '../../src/encode/wraps.js'

const dates = (s: string): [string, Record<string, string | undefined>][] => findDates(s).map((d) => [s.slice(d.start, d.end), d.attrs])

describe('dates', () => {
  it('normalises the forms the corpus prints', () => {
    expect(dates('on 9 February1968 and June 9, 1969')).toEqual([['9 February1968', {when: '1968-02-09'}], ['June 9, 1969', {when: '1969-06-09'}]])
    expect(dates('the October (1964) Plenum, in April 1960')).toEqual([['October (1964)', {when: '1964-10'}], ['April 1960', {when: '1960-04'}]])
    expect(dates('Between 1958 and 1964; in 1965-1966')).toEqual([['Between 1958 and 1964', {from: '1958', to: '1964'}], ['1965-1966', {from: '1965', to: '1966'}]])
    expect(dates('By the end of 1962')).toEqual([['By the end of 1962', {notAfter: '1962-12-31'}]])
    expect(dates('20./21. November 1997, 17th October, 1958')).toEqual([['20./21. November 1997', {from: '1997-11-20', to: '1997-11-21'}], ['17th October, 1958', {when: '1958-10-17'}]])
  })

  it('leaves file numbers and impossible or ambiguous dates alone', () => {
    expect(dates('B 136/59748, 403-410; Folder 784/1978; 31 February 1969; 11.01.1962')).toEqual([])
    expect(dates('Arrived: 28.11.62')).toEqual([['28.11.62', {when: '1962-11-28'}]])
  })
})

describe('brackets', () => {
  it('groups lines until a bracket closes and parses nesting', () => {
    const {groups, problems} = groupByBrackets([{text: '[stamp: 1', line: 3}, {text: 'Korea]', line: 5}, {text: 'Text', line: 7}])
    expect(groups.map((g) => g.lines.map((l) => l.line))).toEqual([[3, 5], [7]])
    expect(problems).toEqual([])
    expect(parseBrackets('a [b [c] d] e')).toEqual([
      {kind: 'text', text: 'a '},
      {kind: 'bracket', inner: 'b [c] d', pieces: [{kind: 'text', text: 'b '}, {kind: 'bracket', inner: 'c', pieces: [{kind: 'text', text: 'c'}]}, {kind: 'text', text: ' d'}]},
      {kind: 'text', text: ' e'}
    ])
  })

  it('locates unbalanced brackets and keeps their words as text', () => {
    const open = groupByBrackets([{text: 'ok', line: 1}, {text: 'a [b', line: 2}, {text: 'c', line: 3}])
    expect(open.problems).toMatchObject([{line: 2, column: 3}])
    // The bracket stays where it was written (a stand-in no recogniser reads as a bracket; <orig> in the TEI).
    expect(open.groups.map((g) => g.lines.map((l) => restoreBrackets(l.text)))).toEqual([['ok'], ['a <orig>[</orig>b'], ['c']])
    const note = groupByBrackets([{text: 'He left. [Translator’s note: the page ends', line: 6}, {text: 'More text.', line: 7}])
    expect(note.problems).toMatchObject([{line: 6, column: 10, reason: expect.stringContaining('end with its line')}])
    expect(note.groups.map((g) => g.lines.map((l) => l.text))).toEqual([['He left. [Translator’s note: the page ends]'], ['More text.']])
    const close = groupByBrackets([{text: 'a] b', line: 4}])
    expect(close.problems).toMatchObject([{line: 4, column: 2}])
    expect(restoreBrackets(close.groups[0]?.lines[0]?.text ?? '')).toBe('a<orig>]</orig> b')
    expect(restoreBrackets('<p n="\uFDD2">is \uFDD2\uFDD2&gt; difficult</p>')).toBe('<p n="]">is <orig>]]</orig>&gt; difficult</p>')
  })
})

describe('wraps and escaping', () => {
  it('nests wraps, drops crossing ones and escapes text', () => {
    const xml = renderWraps('a <b> & c', [
      {start: 0, end: 5, open: '<x>', close: '</x>', rank: 0},
      {start: 3, end: 9, open: '<cross>', close: '</cross>', rank: 1},
      {start: 2, end: 2, open: '<m/>', close: '', rank: -1}
    ], () => '')
    expect(xml).toBe('<x>a <m/>&lt;b&gt;</x> &amp; c')
    expect(esc('"<&>"')).toBe('&quot;&lt;&amp;&gt;&quot;')
  })
})

describe('sentences', () => {
  it('splits at sentence ends, not at initials, abbreviations or inside quotations', () => {
    const t = 'L. I. Brezhnev met Cde. Kim. He said “Yes. Go.” Then left.'
    expect(sentenceStarts(t, [{start: t.indexOf('“'), end: t.indexOf('”') + 1}]).map((s) => t.slice(s, s + 4))).toEqual(['L. I', 'He s', 'Then'])
  })
})

describe('lossless check', () => {
  const lines = [{text: 'The first line.', line: 3}, {text: '[Translator’s note: a mark] Second line here.', line: 5}]
  it('accepts TEI that keeps every word (labels accounted)', () => {
    expect(checkOrdered(lines, 'The first line. a mark Second line here.', ['Translator’s note'])).toBeUndefined()
  })
  it('names the first missing words and their line', () => {
    expect(checkOrdered(lines, 'The first line. a mark Second here.', ['Translator’s note'])).toEqual({line: 5, missing: 'line here'})
    expect(checkOrdered(lines, 'The first line. a mark Second line here.', [])).toEqual({line: 5, missing: 'Translator s note a mark Second'})
    expect(checkPresent([{text: 'Record 134242', line: 9}], 'Record')).toEqual({line: 9, missing: '134242'})
  })
})
