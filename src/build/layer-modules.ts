/**
 * The modules of an XSLT customisation layer: the layer and every stylesheet module it imports or
 * includes, transitively (XSLT 3.0 §3.11.2 xsl:include, §3.11.3 xsl:import). Their contents are what a
 * compiled layer depends on, wherever the layer's folder is, so that the same layer in two folders (each
 * test's or CI job's temporary project) compiles once.
 */
import {readFileSync} from 'node:fs'
import {dirname, relative, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseXml} from '../parse/parse-xml.js'
import {elements} from '../parse/tree.js'
import {hashParts} from './hash.js'

const XSLT_NS = 'http://www.w3.org/1999/XSL/Transform'

/**
 * Hash (hex, 20 characters) of the layer at `layerPath` and of each module it imports or includes,
 * transitively, each as (its path relative to the layer's folder, its text; a module that cannot be read
 * counts as missing: the compile then fails). An href that is not a file URL (http:) counts as its text.
 * An xsl:import or xsl:include whose href is computed at compile time (a shadow attribute `_href`, XSLT
 * 3.0 §3.13.2) cannot be followed: the layer's absolute folder is then part of the hash, so such a layer
 * compiles once per folder. Never throws.
 */
export function layerModulesHash(layerPath: string): string {
  const layer = resolve(layerPath)
  const base = dirname(layer)
  const parts: string[] = []
  const seen = new Set<string>()
  const queue = [layer]
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next)) continue
    seen.add(next)
    let text: string
    try {
      text = readFileSync(next, 'utf8')
    } catch {
      parts.push(relative(base, next), '(missing)')
      continue
    }
    parts.push(relative(base, next), text)
    const tree = parseXml(text, next).tree
    if (tree === undefined) continue
    for (const element of elements(tree.root)) {
      if (element.uri !== XSLT_NS || (element.local !== 'import' && element.local !== 'include')) continue
      const href = element.attributes.find((a) => a.uri === '' && a.local === 'href')?.value
      if (href === undefined) {
        if (element.attributes.some((a) => a.uri === '' && a.local === '_href')) parts.push('(computed href)', base)
        continue
      }
      let url: URL
      try {
        url = new URL(href, pathToFileURL(next))
      } catch {
        parts.push('(href)', href)
        continue
      }
      if (url.protocol === 'file:') queue.push(fileURLToPath(url))
      else parts.push('(href)', href)
    }
  }
  return hashParts(parts)
}
