/** The editorial-decisions sidecar (`<name>.edits.json`): format, loading, and stale-edit tracking. */
import {existsSync, readFileSync} from 'node:fs'
import {jsonPlace} from '../core/json-place.js'
import type {Position} from '../core/message.js'

/** A correction: `find` located in the text, its `sic` part (default: all of it) read as `corr`. */
export interface Correction {
  find: string
  sic?: string
  corr: string
  cert?: 'high' | 'medium' | 'low'
  /** Normalised date for a corrected date (`@when`), with its analysis category. */
  when?: string
  ana?: string
  why?: string
  /** Which occurrence of `find` in the body text to correct (1 = the first), when `find` occurs more than once. */
  occurrence?: number
}

/** A date the text gives only by context ("the October Plenum"): `part` of `find` gets a normalised value. */
export interface DateDecision {
  find: string
  part?: string
  when?: string
  from?: string
  to?: string
  notBefore?: string
  notAfter?: string
  cert?: 'high' | 'medium' | 'low'
  why?: string
}

/** A register entry: the normalised name, the forms that point at it in the text, an identification. */
export interface RegisterEntry {
  id: string
  name: string
  forms?: string[]
  /** Forms printed as abbreviations (tagged `<abbr>` inside the name). */
  abbr?: string[]
  lang?: string
  note?: string
  cert?: 'high' | 'medium' | 'low'
  /** Who identified it: set by the encoder ("#teipipe") for the entries it finds itself; sidecar entries leave it out. */
  resp?: string
}

/** How far the passage a translator's note points at reaches. */
export interface Extent {
  /** Words of the note that identify it ("the portion describing Soviet aid"). */
  note: string
  /** `find`: the exact passage; `paragraph`: the whole paragraph. */
  find?: string
  target?: 'paragraph'
  cert?: 'high' | 'medium' | 'low'
  why?: string
}

/** A translator's insertion whose reason is not the default one. */
export interface SuppliedReason {
  text: string
  reason: 'omitted-in-original' | 'explanation' | 'translation'
  /** For a translated title: the original title just before the bracket, tagged `title` in this language. */
  title?: {lang: string; level?: 'a' | 'm' | 'j'}
}

/** An editorial note attached after a passage. */
export interface EditorialNote {
  after: string
  text: string
}

/** The whole sidecar. */
export interface EditsFile {
  /** Who reviewed the decisions and when (recorded as a revisionDesc change). */
  reviewed?: {when: string; by?: string}
  corrections?: Correction[]
  dates?: DateDecision[]
  registers?: {persons?: RegisterEntry[]; orgs?: RegisterEntry[]; places?: RegisterEntry[]; bibls?: RegisterEntry[]}
  extents?: Extent[]
  supplied?: SuppliedReason[]
  notes?: EditorialNote[]
  /** The automatic name recogniser: `auto: false` turns it off; `reject` lists printed forms it must never tag. */
  names?: {auto?: boolean; reject?: string[]}
  /** Header facts the text cannot give (place of writing, receiving body). */
  facts?: {place?: string; placeRef?: string; receiver?: string; receiverRef?: string; receiverPlaceRef?: string}
}

/** Thrown when a sidecar is unreadable or malformed; the caller reports it as `encode-edits-invalid`. */
export class EditsError extends Error {
  override name = 'EditsError'
}

/** Path of the sidecar beside a source (`x.txt` → `x.edits.json`). */
export function editsPathFor(sourcePath: string): string {
  return sourcePath.replace(/\.[^./\\]*$/, '') + '.edits.json'
}

/** Load the sidecar beside `sourcePath`, or undefined when there is none. */
export function loadEdits(sourcePath: string): EditsFile | undefined {
  const path = editsPathFor(sourcePath)
  if (!existsSync(path)) return undefined
  let data: unknown
  const text = readFileSync(path, 'utf8')
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new EditsError(`${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
  const edits = checkEdits(data, path)
  editsTexts.set(edits, text.replace(/^\uFEFF/, ''))
  return edits
}

/** The text each loaded sidecar was parsed from, so that a message can give the line and column of a decision. */
const editsTexts = new WeakMap<EditsFile, string>()

/** Where a decision (`corrections[2]`, …) sits in its sidecar's text, when the sidecar was read from a file by {@link loadEdits}. */
export function decisionPlace(edits: EditsFile, key: StaleDecision['key'], index: number): Position | undefined {
  const text = editsTexts.get(edits)
  return text === undefined ? undefined : jsonPlace(text, [key, index])
}

/** A decision of the sidecar that was never used: its list and index there, and how to name it in a message. */
export interface StaleDecision {
  key: 'corrections' | 'dates' | 'extents' | 'supplied' | 'notes'
  index: number
  description: string
}

/** The sections a sidecar may have (the keys of {@link EditsFile}). */
const SECTIONS = ['reviewed', 'corrections', 'dates', 'registers', 'extents', 'supplied', 'notes', 'names', 'facts']

/** Minimal shape check, so a typo gives a sentence instead of a crash deep in the encoder. */
export function checkEdits(data: unknown, path: string): EditsFile {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new EditsError(`${path} must hold a JSON object.`)
  const d = data as Record<string, unknown>
  // A misspelt section would otherwise be ignored and its decisions silently never applied.
  for (const key of Object.keys(d)) {
    if (!SECTIONS.includes(key) && key !== '$schema') throw new EditsError(`${path}: "${key}" is not a section of an editorial-decisions file (the sections are ${SECTIONS.map((s) => `"${s}"`).join(', ')}); check its spelling, or remove it.`)
  }
  for (const key of ['corrections', 'dates', 'extents', 'supplied', 'notes']) {
    if (d[key] !== undefined && !Array.isArray(d[key])) throw new EditsError(`${path}: "${key}" must be a list.`)
  }
  for (const [i, c] of ((d.corrections as unknown[] | undefined) ?? []).entries()) {
    const o = c as Record<string, unknown>
    if (typeof o.find !== 'string' || typeof o.corr !== 'string') throw new EditsError(`${path}: corrections[${i}] needs "find" and "corr" strings.`)
    if (typeof o.sic === 'string' && !o.find.includes(o.sic)) throw new EditsError(`${path}: corrections[${i}]: "sic" must be part of "find".`)
    if (o.occurrence !== undefined && !(Number.isInteger(o.occurrence) && (o.occurrence as number) >= 1)) throw new EditsError(`${path}: corrections[${i}]: "occurrence" must be a whole number from 1 (the first time "find" occurs).`)
  }
  return d as EditsFile
}

/** Counts how often each decision was used, so decisions that no longer match can be reported. */
export class EditsUse {
  readonly used = new Map<object, number>()

  /** Record one use of a decision. */
  hit(decision: object): void {
    this.used.set(decision, (this.used.get(decision) ?? 0) + 1)
  }

  /** Decisions never used: where they are in the sidecar, described for the message. */
  stale(edits: EditsFile | undefined): StaleDecision[] {
    if (!edits) return []
    const out: StaleDecision[] = []
    const check = (key: StaleDecision['key'], list: object[] | undefined, describe: (d: never) => string): void => {
      for (const [index, d] of (list ?? []).entries()) if (!this.used.has(d)) out.push({key, index, description: describe(d as never)})
    }
    check('corrections', edits.corrections, (c: Correction) => `correction of "${c.sic ?? c.find}" (find "${c.find}")`)
    check('dates', edits.dates, (d: DateDecision) => `date "${d.part ?? d.find}" (find "${d.find}")`)
    check('extents', edits.extents, (e: Extent) => `extent for the note "${e.note}"${e.find ? ` (find "${e.find}")` : ''}`)
    check('supplied', edits.supplied, (s: SuppliedReason) => `supplied reason for "[${s.text}]"`)
    check('notes', edits.notes, (n: EditorialNote) => `editorial note after "${n.after}"`)
    return out
  }
}
