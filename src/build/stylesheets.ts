/**
 * The entry stylesheets and their compiled SEF files (`build/sef/<name>.sef.json`, cached by content
 * hash), and customisation layers compiled over them (`build/sef/custom/<edition>-<hash>.sef.json`,
 * the hash of the stock stylesheets and of the layer's modules' contents).
 */
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, rmSync} from 'node:fs'
import {threadId} from 'node:worker_threads'
import {basename, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {writeFileAtomic} from '../core/fs.js'
import type {Position} from '../core/message.js'
import {parseXml} from '../parse/parse-xml.js'
import {packagePath} from '../core/paths.js'
import {compileStylesheet, exportSef, stylesheetHash, XsltError} from '../transform/saxon.js'
import {layerModulesHash} from './layer-modules.js'

/** An entry stylesheet: the edition it makes and its source. */
export interface EntryStylesheet {
  name: 'html' | 'text'
  xsl: string
}

/** Every entry stylesheet teipipe may have (the text one lands separately). */
export const ENTRY_STYLESHEETS: readonly EntryStylesheet[] = [
  {name: 'html', xsl: 'xslt/html/html.xsl'},
  {name: 'text', xsl: 'xslt/text/text.xsl'}
]

/** Where the compiled SEF of an entry lives. */
export function sefPath(name: EntryStylesheet['name']): string {
  return packagePath('build', 'sef', `${name}.sef.json`)
}

const checked = new Set<string>()

/** Compile one entry if its SEF is missing or stale (checked once per process); returns the SEF path. */
export function ensureStylesheet(name: EntryStylesheet['name']): string {
  const sef = sefPath(name)
  if (checked.has(name)) return sef
  const entry = ENTRY_STYLESHEETS.find((e) => e.name === name)
  if (!entry) throw new Error(`unknown stylesheet ${name}`)
  // Modules import ../common, so its files count in the hash too.
  compileStylesheet(packagePath(entry.xsl), sef, {extraRoots: [packagePath('xslt', 'common')]})
  checked.add(name)
  return sef
}

/** Compile every entry stylesheet that exists; returns the names that were (re)compiled. */
export function compileAllStylesheets(): string[] {
  const compiled: string[] = []
  for (const entry of ENTRY_STYLESHEETS) {
    if (!existsSync(packagePath(entry.xsl))) continue
    const sef = sefPath(entry.name)
    if (compileStylesheet(packagePath(entry.xsl), sef, {extraRoots: [packagePath('xslt', 'common')]})) compiled.push(entry.name)
    checked.add(entry.name)
  }
  return compiled
}

/** A customisation layer that cannot be used (missing, not XSLT, or not compiling). */
export class CustomisationError extends Error {
  override name = 'CustomisationError'
  /** The user's file the problem is in (the layer, as named in the config), and where in it, when known. */
  constructor(message: string, readonly file?: string, readonly place?: Position) {
    super(message)
  }
}

const layers = new Map<string, string>()

/** Stands for the layer's file URL in a kept compile error (`<edition>-<hash>.error.txt`). */
const LAYER_URL = '\u0000layer\u0000'

/**
 * Where the layer `layerPath` compiled over the stock entry `name` is cached:
 * `build/sef/custom/<name>-<hash>.sef.json`, the hash of the stock stylesheets and of the layer's modules'
 * contents (`layer-modules.ts`), never of its folder. Reads the files; compiles nothing.
 */
export function customStylesheetPath(name: EntryStylesheet['name'], layerPath: string): string {
  const entry = ENTRY_STYLESHEETS.find((e) => e.name === name)
  if (!entry) throw new Error(`unknown stylesheet ${name}`)
  const stock = stylesheetHash(packagePath(entry.xsl), [packagePath('xslt', 'common')])
  const hash = createHash('sha256').update(`${stock}\n${layerModulesHash(resolve(layerPath))}`).digest('hex').slice(0, 16)
  return packagePath('build', 'sef', 'custom', `${name}-${hash}.sef.json`)
}

/** Forget which customisation layers were compiled (a long-lived process, `build --watch`, sees an edited layer again). */
export function forgetCustomStylesheets(): void {
  layers.clear()
}

/**
 * Compile the customisation layer `layerPath` over the stock entry `name` and return the SEF path.
 * The layer is an XSLT 3.0 module whose templates, functions and xsl:param values override the
 * stock ones (XSLT 3.0 §3.11.3 import precedence): teipipe writes a wrapper that imports the stock
 * entry and includes the layer, so the layer needs no import of its own. Cached by content: the stock
 * stylesheets' hash and the layer's modules (the layer and what it imports or includes, transitively:
 * `layer-modules.ts`), never its folder, so the same layer in another folder reuses the compiled SEF
 * (relocatable: it names no folder); a layer that does not compile is not compiled again until its
 * modules change (the compiler's error is kept beside). Throws {@link CustomisationError} with a sentence naming the file
 * when it cannot be used.
 */
export function ensureCustomStylesheet(name: EntryStylesheet['name'], layerPath: string): string {
  const layer = resolve(layerPath)
  const known = layers.get(`${name}\n${layer}`)
  if (known) return known
  if (!existsSync(layer)) throw new CustomisationError(`The XSLT customisation ${layerPath} does not exist.`)
  const text = readFileSync(layer, 'utf8')
  if (!/<(xsl:)?(stylesheet|transform)\b/.test(text)) throw new CustomisationError(`The XSLT customisation ${layerPath} is not an XSLT stylesheet (no xsl:stylesheet element).`)
  if (/<xsl:import\b[^>]*href="[^"]*(html|text)\/(html|text)\.xsl"/.test(text)) {
    throw new CustomisationError(`The XSLT customisation ${layerPath} imports teipipe's stock stylesheet itself; remove that xsl:import (teipipe imports the stock stylesheet under every layer).`)
  }
  ensureStylesheet(name)
  const entry = ENTRY_STYLESHEETS.find((e) => e.name === name)
  if (!entry) throw new Error(`unknown stylesheet ${name}`)
  const sef = customStylesheetPath(name, layer)
  const hash = basename(sef, '.sef.json').slice(name.length + 1)
  const mode = name === 'html' ? 'html' : 'text'
  const wrapper = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by teipipe: the stock ${name} edition with the layer ${layer} over it. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" default-mode="Q{https://teipipe.org/ns/mode}${mode}">
  <xsl:import href="${pathToFileURL(packagePath(entry.xsl)).href}"/>
  <xsl:include href="${pathToFileURL(layer).href}"/>
</xsl:stylesheet>
`
  if (!existsSync(sef)) {
    // A layer that is not well-formed XML: our parser's sentence and place in the layer itself (saxon-js names
    // the generated wrapper, an internal cache file, and counts lines from 0), without starting the compiler.
    const parsed = parseXml(text, layerPath).messages.find((m) => m.severity === 'error' && m.place !== undefined)
    if (parsed?.place) throw new CustomisationError(`The XSLT customisation ${layerPath} is not well-formed XML: ${parsed.reason.replace(/^The file is not well-formed XML: /, '')}`, layerPath, parsed.place)
    // A layer that did not compile is not compiled again while its modules stay the same (xslt3's words are
    // kept with the layer's URL as LAYER_URL, so that they name this copy of it).
    const refused = sef.replace(/\.sef\.json$/, '.error.txt')
    const layerUrl = pathToFileURL(layer).href
    let detail = existsSync(refused) ? readFileSync(refused, 'utf8').split(LAYER_URL).join(layerUrl) : undefined
    if (detail === undefined) {
      // The wrapper names this layer's path: one per process and thread, so that two builds compiling the same
      // layer from two folders at once never compile each other's (perhaps already deleted) layer.
      const xsl = packagePath('build', 'sef', 'custom', `${name}-${hash}.${process.pid}.${threadId}.xsl`)
      writeFileAtomic(xsl, wrapper)
      try {
        exportSef(xsl, sef)
      } catch (error) {
        if (!(error instanceof XsltError)) throw error
        detail = error.message.replace(/^could not compile [^:]*:\s*/, '')
        // Only the compiler's verdict on the stylesheet (an error code such as XPST0003) is kept, never a
        // failure of the run itself (a killed process, no memory), which the next build should try again.
        if (/\b[A-Z]{4}\d{4}\b/.test(detail)) writeFileAtomic(refused, detail.split(layerUrl).join(LAYER_URL))
      } finally {
        rmSync(xsl, {force: true})
      }
    }
    if (detail !== undefined) {
      const plain = detail.split('\n').slice(0, 4).join(' ').replace(/ in custom\/[\w.-]+\.xsl/g, '').split(layerUrl).join(layerPath)
      throw new CustomisationError(`The XSLT customisation ${layerPath} does not compile: ${plain}`, layerPath)
    }
  }
  layers.set(`${name}\n${layer}`, sef)
  return sef
}
