/** State shared while encoding one document: edits, registers, id counters, collected facts, messages. */
import type {TeiFile} from '../core/file.js'
import {EditsUse, type EditsFile} from './edits.js'
import type {Registers} from './registers.js'
import type {NumericOrder} from './dates.js'
import type {Attrs} from './serialize.js'

/** Facts the body yields for the header (classification, dates, signatories…). */
export interface Facts {
  classification?: {text: string; id: string}
  docDate?: Attrs | undefined
  receivedDate?: Attrs | undefined
  mainHead?: string
  signatories: {ref?: string; name: string}[]
  letterheadRef?: string
  letterheadName?: string
  pageBreak?: boolean
  hasReaderMarks?: boolean
  typistInitials?: string
  /** Words added by hand ([handwritten: …]): the header declares hand-1. */
  handAdditions?: boolean
  /** Languages of foreign words in the text (BCP 47, e.g. ru-Latn): declared in langUsage. */
  languages: Set<string>
}

/** The encoder's working state for one file. */
export interface Ctx {
  file: TeiFile
  edits: EditsFile | undefined
  use: EditsUse
  /** Corrections whose `find` occurs more than once in the body without an `occurrence`: applied nowhere, reported. */
  ambiguous?: Set<object>
  registers: Registers
  facts: Facts
  /** Line currently encoded, for messages. */
  line: number
  counters: Record<string, number>
  /** Ids of footnote blocks present in the text (so markers only point at real notes). */
  footnotes: Set<string>
  /** Words of the source that became markup (bracket labels), accounted for the lossless check. */
  accounted: string[]
  /** How this document writes numeric dates, when its unambiguous ones tell (decides "11.01.1962"). */
  numericOrder?: NumericOrder | undefined
  /** The document's date (W3C, from the page's date line): the year of dates printed without one ("November 27"). */
  pageDate?: string | undefined
  /** Names printed in the document's own header fields (page title, byline, To/From): safe to tag. */
  headerNames: string[]
  /** Set while a "[handwritten]" label's words are wrapped in add (the label itself is then accounted). */
  handLabel?: boolean
  /** First lines of blocks kept as plain paragraphs (their recognisers would have lost words). */
  plain: Set<number>
  /** Whether the text is a record of conversation (reported speaker turns become sp). */
  conversation?: boolean
  /** Labelled turns of the weak form ("Kohl: …") count only when the text has several. */
  weakTurns?: boolean
  /** xml:id values given so far (ids stay unique when headings repeat a number). */
  ids: Set<string>
  /** Markers ("*", "x/") of foot notes in this document → the note's xml:id; a marker points once. */
  footMarkers: Map<string, string>
  /** The xml:id of the last paragraph or item written (a note about "the preceding paragraph" points at it). */
  lastPid?: string | undefined
  /** A translator's note about "the following paragraph": its placeholder @target, filled in by the next paragraph. */
  pendingNote?: {placeholder: string; id: string; inner: string; line: number} | undefined
  /** The capture stops before the document ends: its last block is cut off (never a signature). */
  truncated?: boolean
}

/** Create the context. */
export function createContext(file: TeiFile, edits: EditsFile | undefined, registers: Registers): Ctx {
  return {file, edits, use: new EditsUse(), registers, facts: {signatories: [], languages: new Set()}, line: 1, counters: {}, footnotes: new Set(), accounted: [], headerNames: [], plain: new Set(), ids: new Set(), footMarkers: new Map()}
}

/** Next number of a counter (1-based), for stable ids such as tn-01. */
export function next(ctx: Ctx, name: string): number {
  const n = (ctx.counters[name] ?? 0) + 1
  ctx.counters[name] = n
  return n
}

/** Add a warning naming the current line. */
export function warn(ctx: Ctx, reason: string, ruleId: string, line = ctx.line): void {
  ctx.file.message(reason, {ruleId, source: 'encode', severity: 'warning', place: {start: {line, column: 1}}})
}

/** `base`, or `base-2`, `base-3` … when already given: xml:id values stay unique in every document. */
export function uniqueId(ctx: Ctx, base: string): string {
  let id = base
  for (let k = 2; ctx.ids.has(id); k++) id = `${base}-${k}`
  ctx.ids.add(id)
  return id
}
