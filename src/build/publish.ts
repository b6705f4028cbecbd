/** Reading TEI files and writing a document's editions into an output folder. */
import {existsSync, readFileSync} from 'node:fs'
import {basename, extname, join, relative, sep} from 'node:path'
import {TeiFile} from '../core/file.js'
import {writeFileAtomic} from '../core/fs.js'
import {declaredUtf8, decodeXml} from '../parse/decode.js'
import {renderHtml, type RenderHtmlOptions} from '../transform/html.js'
import {publishableTei} from '../transform/tei-copy.js'
import type {renderText} from '../transform/text.js'

/** The text renderer's signature. */
export type RenderText = typeof renderText

/** Which editions to write and how. */
export interface PublishOptions {
  html: boolean
  /** The text renderer, when a text edition is wanted and available. */
  renderText?: RenderText | undefined
  profile?: 'reading' | 'diplomatic'
  /** Copy the TEI beside the editions as `<id>.xml` and link to it (build); else link to the source. */
  copyTei: boolean
  /** Customisation of the HTML edition: stylesheet parameters, a CSS file, an XSLT layer. */
  htmlOptions?: Pick<RenderHtmlOptions, 'params' | 'css' | 'customXslt'>
  /** An XSLT customisation layer of the text edition. */
  textXslt?: string | undefined
}

/** A document's output name: its file name without extension. */
export function documentId(path: string): string {
  return basename(path, extname(path))
}

/** Read a TEI file from disk into a TeiFile (as `decodeXml` reads it: UTF-8, UTF-16 with a byte-order mark or a declared encoding); unreadable input becomes a fatal message saying why. */
export function readTeiFile(path: string, displayPath = path): TeiFile {
  const file = new TeiFile(displayPath)
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch {
    if (!existsSync(path)) file.error('This file does not exist.', {ruleId: 'file-not-found', source: 'cli', fatal: true})
    else file.error('This file could not be read.', {ruleId: 'file-unreadable', source: 'cli', fatal: true})
    return file
  }
  // The decoding validate uses (UTF-8, UTF-16 with a byte-order mark, a declared encoding), so that
  // every stage reads the same files; the copy written as UTF-8 then declares UTF-8.
  const decoded = decodeXml(bytes)
  if (decoded.ok) file.source = declaredUtf8(decoded.text, decoded.encoding)
  else file.error(decoded.reason, {ruleId: 'file-unreadable', source: 'cli', fatal: true, place: {start: {line: decoded.line, column: decoded.column}}})
  return file
}

/** Render and write one document's editions into `outDir`; returns the written paths. */
export function publishFile(file: TeiFile, sourcePath: string, outDir: string, options: PublishOptions): string[] {
  if (file.fatal) return []
  const id = documentId(sourcePath)
  const written: string[] = []
  // Links are URLs: a name such as "my doc #1?" must not turn into a fragment or a query.
  const textHref = options.renderText ? `${encodeURIComponent(id)}.txt` : undefined
  const teiHref = options.copyTei ? `${encodeURIComponent(id)}.xml` : relative(outDir, sourcePath).split(sep).map(encodeURIComponent).join('/')
  if (options.renderText) {
    options.renderText(file, {...(options.profile ? {profile: options.profile} : {}), ...(options.textXslt ? {customXslt: options.textXslt} : {})})
    if (file.outputs.text !== undefined) written.push(write(join(outDir, `${id}.txt`), file.outputs.text))
  }
  if (options.html) {
    renderHtml(file, {...options.htmlOptions, ...(textHref && file.outputs.text !== undefined ? {textHref} : {}), teiHref})
    if (file.outputs.html !== undefined) written.push(write(join(outDir, `${id}.html`), file.outputs.html))
  }
  // The published copy cannot run script (transform/tei-copy.ts).
  const copy = options.copyTei ? publishableTei(file.tei ?? file.source).text : undefined
  if (copy !== undefined) written.push(write(join(outDir, `${id}.xml`), copy))
  return written
}

function write(path: string, content: string): string {
  writeFileAtomic(path, content)
  return path
}
