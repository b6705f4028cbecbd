/** The entry stylesheets and their compiled SEF files (`build/sef/<name>.sef.json`, cached by content hash). */
import {existsSync} from 'node:fs'
import {packagePath} from '../core/paths.js'
import {compileStylesheet} from '../transform/saxon.js'

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
