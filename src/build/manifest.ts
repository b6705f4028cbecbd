/**
 * The encoder's records: for each source, what the encoder last wrote to its TEI file, so that a TEI file
 * a person edited is recognised and never overwritten. Kept in `.teipipe-cache/encoded.json`, keyed by
 * the source's path relative to the project folder ('/'-separated), holding content hashes only, so that
 * moving or copying the project folder changes nothing.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {writeFileAtomic} from '../core/fs.js'
import type {Message} from '../core/message.js'

/** What the encoder did for one source. */
export interface EncodeRecord {
  /** TEI path (relative) the record is about. */
  tei: string
  /** Hash of the source and its edits sidecar when the TEI was written (or first seen). */
  inputs: string
  /** The two parts of `inputs` apart (file hashes, `hash.ts`), so that a warning can name the one that changed; absent in records of older builds. */
  parts?: {source: string; edits: string}
  /** Fingerprint of the encoder that wrote it. */
  encoder: string
  /** Hash of the TEI text the encoder wrote; absent when the TEI was not written by the encoder (kept as a person's). */
  written?: string
  /** Hashes of TEI texts the encoder wrote for this source before `written` (oldest first, at most {@link HISTORY}): a TEI equal to one of them is the encoder's, never a person's. */
  history?: string[]
  /** The edition's identifier the encoder gave the TEI (its root's `xml:id`, from the record id): a renamed TEI is still recognised by it. */
  edition?: string
  /** The encoder's messages about the source, re-reported on every build while its TEI is the encoder's. */
  messages: Message[]
}

/** Source path → record. */
export type EncodeRecords = Record<string, EncodeRecord>

const FILE = 'encoded.json'

/** How many earlier TEI hashes a record keeps. */
export const HISTORY = 20

/** Whether `teiHash` is a TEI text the encoder wrote for this record's source (the last one or an earlier one). */
export function writtenByEncoder(record: EncodeRecord, teiHash: string): boolean {
  return record.written === teiHash || (record.history?.includes(teiHash) ?? false)
}

/** The history of a record that replaces `previous`: its hashes plus the TEI `previous` records as written. */
export function nextHistory(previous: EncodeRecord | undefined, written: string): string[] {
  const hashes = [...(previous?.history ?? []), ...(previous?.written === undefined ? [] : [previous.written])].filter((h) => h !== written)
  return [...new Set(hashes)].slice(-HISTORY)
}

/** Read the records of a project (`cacheDir` = its `.teipipe-cache/`); missing or damaged → empty (TEI is then compared, never overwritten). */
export function readRecords(cacheDir: string): EncodeRecords {
  const path = join(cacheDir, FILE)
  if (!existsSync(path)) return {}
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as {format?: number; records?: EncodeRecords}
    return data.format === 1 && data.records && typeof data.records === 'object' ? data.records : {}
  } catch {
    return {}
  }
}

/** Write the records atomically, keys sorted (deterministic). */
export function writeRecords(cacheDir: string, records: EncodeRecords): void {
  const sorted: EncodeRecords = {}
  for (const key of Object.keys(records).sort()) {
    const record = records[key]
    if (record) sorted[key] = record
  }
  const text = `${JSON.stringify({format: 1, records: sorted}, null, 1)}\n`
  const path = join(cacheDir, FILE)
  // The same records as on disk (a build that encoded nothing): not written again.
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return
  writeFileAtomic(path, text)
}

/**
 * The edition's identifier of a TEI text: its root element's `xml:id` (the encoder writes `wcda-<record id>`,
 * src/encode/index.ts), read from the start tag of the `TEI` element; undefined when there is none. Reads
 * only the text up to that tag.
 */
export function editionId(text: string): string | undefined {
  const tag = /<TEI\b[^>]*>/.exec(text)?.[0]
  return tag === undefined ? undefined : /\sxml:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(tag)?.slice(1).find((v) => v !== undefined)
}
