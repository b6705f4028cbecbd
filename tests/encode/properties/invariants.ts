/**
 * The invariants every encode must keep, whatever the input (checked by the property tests):
 * never throws, only coded messages, well-formed output, deterministic bytes, no word lost, and valid
 * against teipipe's schema and rules and against tei_all.rng.
 */
import {expect} from 'vitest'
import {TeiFile} from '../../../src/core/file.js'
import {getRule} from '../../../src/core/rules.js'
import {encodeFile} from '../../../src/encode/index.js'
import {textContent, words} from '../../../src/encode/lossless.js'
import {validateFiles} from '../../../src/validate/index.js'
import {parseTree} from '../helpers.js'

/** Encode a source in memory (no sidecar); the path gives the record id when the page has none. */
export function encode(source: string, name = 'generated.txt'): TeiFile {
  const file = new TeiFile(name, source)
  encodeFile(file)
  return file
}

/** Characters XML 1.0 forbids (as src/encode/index.ts masks them). */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Invisible format characters (the encoder's frame recognisers see through them, src/encode/page.ts), compared without. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g

/** Page chrome and label words the encoder may turn into markup or the header (archive-conventions.md §1, §2). */
const LABELS = [
  /^\s*(Skip to content|Document Information|Source|Rights|Original Uploaded Date|Type|Language|Record ID|Donors|Original Classification|Original Archive)\s*$/gm,
  /^\s*(Author\(s\):?|Associated People & Organizations|Associated Places|Associated Topics|Subjects Discussed|Related Documents|Citation|Associated Themes|Keywords)\s*$/gm,
  /This document was made possible with support from/g,
  /\[\s*(Translator['’]s (note|Note|comment)|trans\. note|Ed\. note|Editor['’]s note|Note|Stamp|CPSU CC stamp|stamp|seal|handwritten|Handwritten|inserted by hand|added by hand|crossed out|deleted|unclear)\s*[:—–-]?/g,
  /\[(sic!?|emphasis in the original|underlined in the original|page break)\]/g
]

/** Words of the source that must reach the TEI (labels and chrome removed). */
export function sourceWords(source: string, chrome: string[] = []): string[] {
  // A control character is left out of the header (the word around it joins) and is a gap in the text (both
  // compared without it); a chrome line may have been perturbed (repeated), so its whole line goes.
  let text = source.replace(FORBIDDEN, '').replace(INVISIBLE, '')
  for (const line of chrome) text = text.split(/\r\n?|\n/).filter((l) => !l.includes(line.replace(FORBIDDEN, '').replace(INVISIBLE, ''))).join('\n')
  for (const re of LABELS) text = text.replace(re, ' ')
  return words(text)
}

/** The invariants that need no schema: throws nothing, coded messages, well-formed, deterministic, lossless. */
export function checkEncoding(source: string, chrome: string[] = []): TeiFile {
  let file: TeiFile | undefined
  expect(() => { file = encode(source) }).not.toThrow()
  const f = file as TeiFile
  for (const m of f.messages) {
    expect(m.source, m.reason).toBe('encode')
    expect(getRule(m.ruleId ?? ''), `unregistered rule id ${m.ruleId}: ${m.reason}`).toBeDefined()
  }
  if (f.fatal) {
    // Only a text with nothing in it may be refused.
    expect(f.messages.filter((m) => m.fatal).map((m) => m.ruleId)).toEqual(['encode-empty-input'])
    expect(source.replace(/[\s\u00a0\ufeff]/g, '')).toBe('')
    return f
  }
  const tei = f.tei ?? ''
  expect(tei).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/)
  expect(() => parseTree(tei)).not.toThrow()
  expect(encode(source).tei, 'a second encode gives other bytes').toBe(tei)
  // Independent of the encoder's own check: every word of the source is somewhere in the TEI.
  // Printed markers turned into attributes (a foot note's "x/" in @n) count as kept.
  const markers = [...tei.matchAll(/ n="([^"]*)"/g)].map((m) => m[1] ?? '').join(' ')
  const present = new Set(words(`${textContent(tei.replace(/<gap reason="control-character"[^>]*\/>/g, '')).replace(INVISIBLE, '')} ${markers}`))
  const lost = [...new Set(sourceWords(source, chrome))].filter((w) => !present.has(w))
  expect(lost, 'words of the source missing from the TEI').toEqual([])
  return f
}

/** teipipe's schema and Schematron, and tei_all.rng when given: the error messages (empty when valid). */
export async function validationErrors(tei: string, teiAll?: string): Promise<string[]> {
  const own = new TeiFile('generated.xml')
  own.tei = tei
  await validateFiles([own])
  const all = new TeiFile('generated.xml')
  all.tei = tei
  if (teiAll !== undefined) await validateFiles([all], {schema: teiAll, embeddedSchematron: true})
  return [...own.messages, ...all.messages].filter((m) => m.severity === 'error').map((m) => `${m.ruleId} ${m.place?.start.line ?? ''}:${m.place?.start.column ?? ''} ${m.reason}`)
}
