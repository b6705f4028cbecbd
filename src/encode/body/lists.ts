/** Enumerated blocks: numbered paragraphs ("2. While we are …" → p n="2") and runs of short items ("(i) …" → list/item n). */
import type {Block} from './structure.js'
import {ENUMERATOR} from '../recognisers/numbered-paragraph/index.js'

const ROMAN: Record<string, number> = {i: 1, v: 5, x: 10}
const LETTERED = new Set<Enumerator['kind']>(['lower', 'upper', 'lower-close', 'upper-close'])
/** Items longer than this are paragraphs, even when numbered from 1. */
const ITEM_WORDS = 30

/** An enumerator: its printed value, its kind, and its position in the sequence (1-based). */
export interface Enumerator {
  n: string
  kind: 'roman' | 'lower' | 'upper' | 'paren' | 'dot' | 'close' | 'lower-close' | 'upper-close'
  ordinal: number
}

function romanValue(s: string): number {
  let total = 0
  for (let k = 0; k < s.length; k++) {
    const v = ROMAN[s[k] ?? ''] ?? 0
    total += v < (ROMAN[s[k + 1] ?? ''] ?? 0) ? -v : v
  }
  return total
}

/** The enumerator a block starts with ("(ii)", "(B)", "(3)", "12.", "1．"), or undefined. */
export function enumerator(text: string): Enumerator | undefined {
  const m = ENUMERATOR.exec(text)
  if (!m) return undefined
  if (m[2]) return {n: m[2], kind: 'dot', ordinal: Number(m[2])}
  if (m[3]) return {n: m[3], kind: 'close', ordinal: Number(m[3])}
  if (m[4]) return {n: m[4], kind: /[a-z]/.test(m[4]) ? 'lower-close' : 'upper-close', ordinal: m[4].toLowerCase().charCodeAt(0) - 96}
  const v = m[1] ?? ''
  if (/^\d+$/.test(v)) return {n: v, kind: 'paren', ordinal: Number(v)}
  if (/^[ivx]+$/.test(v)) return {n: v, kind: 'roman', ordinal: romanValue(v)}
  return /[a-z]/.test(v) ? {n: v, kind: 'lower', ordinal: v.charCodeAt(0) - 96} : {n: v, kind: 'upper', ordinal: v.charCodeAt(0) - 64}
}

/** Blocks from i that form a list: two or more short items enumerated 1, 2, 3… of one kind; their count, or 0. */
export function listRun(blocks: Block[], i: number): number {
  const first = enumerator(blocks[i]?.text.trim() ?? '')
  if (!first || first.ordinal !== 1) return 0
  let k = i
  for (; k < blocks.length; k++) {
    const t = blocks[k]?.text.trim() ?? ''
    const e = enumerator(t)
    if (!e || e.kind !== first.kind || e.ordinal !== k - i + 1 || t.split(/\s+/).length > ITEM_WORDS) break
  }
  // Numbered sentences of some length are numbered paragraphs, not a list: items average at most 15 words. Lettered
  // points after a lead-in ending in a colon ("… told him the following:" / "a) …" / "b) …") are items at any length.
  const words = blocks.slice(i, k).reduce((n, b) => n + b.text.trim().split(/\s+/).length, 0)
  const lettered = LETTERED.has(first.kind) && /:$/.test(blocks[i - 1]?.text.trim() ?? '')
  return k - i >= 2 && (lettered || words <= 15 * (k - i)) ? k - i : 0
}

/** A short line ending in a colon just before a list ("Copies:") heads it. */
export function isListHead(blocks: Block[], i: number): boolean {
  const t = blocks[i]?.text.trim() ?? ''
  return /:$/.test(t) && t.split(/\s+/).length <= 4 && listRun(blocks, i + 1) > 0
}

const BULLET = /^([•·▪◦–—-])\s+(?=\S)/

/** Blocks from i that start with the same bullet ("• …", "- …"): two or more make a bulleted list; their count, or 0. */
export function bulletRun(blocks: Block[], i: number): number {
  const mark = BULLET.exec(blocks[i]?.text.trim() ?? '')?.[1]
  if (!mark) return 0
  let k = i
  while (k < blocks.length && BULLET.exec(blocks[k]?.text.trim() ?? '')?.[1] === mark) k++
  return k - i >= 2 ? k - i : 0
}
