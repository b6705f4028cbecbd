/** Inline markup as "wraps" over a string: nested properly, crossing wraps dropped, then serialised. */
import {esc} from './serialize.js'

/** Markup around [start, end) of a string; `rank` orders wraps on the same range (lower = outer). */
export interface Wrap {
  start: number
  end: number
  open: string
  close: string
  rank: number
}

/** Private-use characters stand for already-rendered pieces (brackets) inside a string. */
export const SLOT_BASE = 0xe000

/** Character standing for slot number k. */
export function slotChar(k: number): string {
  return String.fromCharCode(SLOT_BASE + k)
}

/** Slot number of a character, or -1. */
export function slotOf(ch: string): number {
  const c = ch.charCodeAt(0)
  return c >= SLOT_BASE && c < SLOT_BASE + 0x1000 ? c - SLOT_BASE : -1
}

/** Keep only wraps that nest; an inserted (empty) wrap is kept unless it falls inside a crossing. */
export function nestWraps(wraps: Wrap[]): Wrap[] {
  // Inserts (empty wraps) go before elements opening at the same place: a metamark precedes its target.
  const empty = (w: Wrap): number => (w.end === w.start ? 0 : 1)
  const sorted = [...wraps].sort((a, b) => a.start - b.start || empty(a) - empty(b) || b.end - a.end || a.rank - b.rank)
  const kept: Wrap[] = []
  const stack: Wrap[] = []
  for (const w of sorted) {
    while (stack.length > 0 && (stack[stack.length - 1]?.end ?? 0) <= w.start) stack.pop()
    const top = stack[stack.length - 1]
    if (top && w.end > top.end) continue
    kept.push(w)
    if (w.end > w.start) stack.push(w)
  }
  return kept
}

/**
 * Offsets of white space a slot that renders as nothing ("[sic]", whose word becomes `sic`) leaves doubled: of the
 * spaces on both sides only the first is kept ("congress  [sic]  of" → "congress of"); a space run on one side
 * collapses to one character, and none is kept before closing punctuation ("Berlin [sic]." → "Berlin."). Only white space, never words, is dropped (the lossless check counts words).
 */
function silentSlotSpaces(text: string, slot: (k: number) => string): Set<number> {
  const dropped = new Set<number>()
  for (let i = 0; i < text.length; i++) {
    const k = slotOf(text[i] ?? '')
    if (k < 0 || slot(k) !== '') continue
    let a = i
    while (a > 0 && /[ \t\u00a0]/.test(text[a - 1] ?? '')) a--
    let b = i + 1
    while (b < text.length && /[ \t\u00a0]/.test(text[b] ?? '')) b++
    // Keep the first space before the slot (or, with none before, the first after it); none before closing
    // punctuation ("Berlin [sic]." → "Berlin.", not "Berlin .").
    const keep = /^[.,;:!?)\]}”’»]/.test(text[b] ?? '') ? -1 : a < i ? a : b > i + 1 ? i + 1 : -1
    for (let j = a; j < b; j++) if (j !== i && j !== keep) dropped.add(j)
  }
  return dropped
}

/** Serialise a string with its wraps; slots are replaced by `slot(k)` (ready XML). */
export function renderWraps(text: string, wraps: Wrap[], slot: (k: number) => string): string {
  const kept = nestWraps(wraps)
  const opens = new Map<number, Wrap[]>()
  const stops = new Set<number>([text.length])
  for (const w of kept) {
    opens.set(w.start, [...(opens.get(w.start) ?? []), w])
    stops.add(w.start).add(w.end)
  }
  for (let i = 0; i < text.length; i++) if (slotOf(text[i] ?? '') >= 0) stops.add(i).add(i + 1)
  const dropped = silentSlotSpaces(text, slot)
  const plain = (from: number, to: number): string => {
    let s = ''
    for (let i = from; i < to; i++) if (!dropped.has(i)) s += text[i]
    return esc(s)
  }
  const stack: Wrap[] = []
  let out = ''
  let pos = 0
  // Walk from event to event (tag boundaries, slots), escaping the text between them in one go.
  for (const at of [...stops].sort((a, b) => a - b)) {
    if (at > pos) {
      const k = at === pos + 1 ? slotOf(text[pos] ?? '') : -1
      out += k >= 0 ? slot(k) : dropped.size > 0 ? plain(pos, at) : esc(text.slice(pos, at))
      pos = at
    }
    while (stack.length > 0 && (stack[stack.length - 1]?.end ?? 0) <= at) out += stack.pop()?.close ?? ''
    for (const w of opens.get(at) ?? []) {
      out += w.open
      if (w.end > w.start) stack.push(w)
      else out += w.close
    }
  }
  while (stack.length > 0) out += stack.pop()?.close ?? ''
  return out
}

/** All start offsets of `needle` in `text` at word boundaries (letters/digits do not continue on either side). */
export function findWord(text: string, needle: string): number[] {
  const found: number[] = []
  if (!needle) return found
  const word = /[\p{L}\p{N}]/u
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = text[i - 1] ?? ' '
    const after = text[i + needle.length] ?? ' '
    const edgeStart = !word.test(needle[0] ?? '') || !word.test(before)
    const edgeEnd = !word.test(needle[needle.length - 1] ?? '') || !word.test(after)
    if (edgeStart && edgeEnd) found.push(i)
  }
  return found
}
