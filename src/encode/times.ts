/** Clock times ("9.30 hours", "2.30 p.m.", "19:25", "17hs45") → `time/@when` as xs:time. */
import type {Attrs} from './serialize.js'

/** A recognised time: where it is in the string and its normalised attributes. */
export interface TimeMatch {
  start: number
  end: number
  attrs: Attrs
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** 12-hour clock to 24-hour; undefined for impossible times. */
function clock(h: number, m: number, half?: string): string | undefined {
  if (half) {
    if (h < 1 || h > 12) return undefined
    h = (h % 12) + (/^p/i.test(half) ? 12 : 0)
  }
  return h < 24 && m < 60 ? `${pad(h)}:${pad(m)}:00` : undefined
}

const HALF = '(a\\.m\\.|p\\.m\\.|am|pm)(?![\\p{L}])'
const PATTERNS: [RegExp, (m: RegExpExecArray) => string | undefined][] = [
  [new RegExp(`(?<![\\d.:])(\\d{1,2})[.:](\\d{2}) ?${HALF}`, 'gu'), (m) => clock(Number(m[1]), Number(m[2]), m[3])],
  [new RegExp(`(?<![\\d.:])(\\d{1,2}) ?${HALF}`, 'gu'), (m) => clock(Number(m[1]), 0, m[2])],
  // "9.30 hours" (a dot is a time only when "hours" says so), "17hs45", "19:25".
  [/(?<![\d.:])(\d{1,2})[.:](\d{2}) hours\b/g, (m) => clock(Number(m[1]), Number(m[2]))],
  [/(?<![\d.:])(\d{1,2})hs(\d{2})\b/g, (m) => clock(Number(m[1]), Number(m[2]))],
  [/(?<![\d.:])(\d{1,2}):(\d{2})(?![\d:])/g, (m) => clock(Number(m[1]), Number(m[2]))]
]

/** Find the clock times in a string; matches never overlap. */
export function findTimes(text: string): TimeMatch[] {
  const found: TimeMatch[] = []
  for (const [pattern, normalise] of PATTERNS) {
    pattern.lastIndex = 0
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      const when = normalise(m)
      if (when && !found.some((f) => start < f.end && end > f.start)) found.push({start, end, attrs: {when}})
    }
  }
  return found.sort((x, y) => x.start - y.start)
}
