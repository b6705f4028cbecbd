/**
 * DOCTYPE handling without ever touching the file system or the network: internal entities are
 * expanded (within limits, so "billion laughs" is refused), external entities and DTDs are dropped
 * with a warning, and the DOCTYPE is blanked so that saxon-js (which rejects declared entities) runs.
 */

/** A problem found while preparing a document; `offset` is in the original text. */
export interface PrepareNote {
  ruleId: 'external-dtd-ignored' | 'external-entity-ignored' | 'entity-limit-exceeded' | 'not-well-formed'
  reason: string
  offset: number
}

/** The text engines see, and how to map its offsets back to the original. */
export interface PreparedXml {
  text: string
  toOriginal: (offset: number) => number
  notes: PrepareNote[]
  /** Set when the document must not be processed further (e.g. billion laughs). */
  refused: boolean
}

/** Limits on entity expansion: total characters substituted, and nesting depth. */
export const ENTITY_LIMITS = {maxExpandedChars: 10_000_000, maxDepth: 24}

interface Entity {
  value?: string
  system?: string
}

interface Splice {
  preparedStart: number
  preparedEnd: number
  originalStart: number
  originalEnd: number
}

const PREDEFINED = new Set(['lt', 'gt', 'amp', 'apos', 'quot'])

/** Expand internal entities and blank the DOCTYPE; the identity when there is no DOCTYPE. */
export function expandInternalEntities(text: string): PreparedXml {
  const doctype = findDoctype(text)
  if (!doctype) return {text, toOriginal: (o) => o, notes: [], refused: false}
  const notes: PrepareNote[] = []
  const declarations = doctype.subset === undefined ? '' : doctype.subset
  if (doctype.externalId) {
    notes.push({ruleId: 'external-dtd-ignored', offset: doctype.start, reason: `The DOCTYPE names an external DTD (${doctype.externalId}); teipipe never loads external files, so it was ignored.`})
  }
  const entities = readEntities(declarations)
  // Blank the DOCTYPE with spaces, keeping line breaks so that every later line keeps its number.
  const blanked = text.slice(doctype.start, doctype.end).replace(/[^\r\n]/g, ' ')
  const body = text.slice(doctype.end)
  const splices: Splice[] = []
  const state = {expanded: 0, refused: false}
  let out = text.slice(0, doctype.start) + blanked
  const reported = new Set<string>()
  // Entity references are recognised in content and attribute values, not in comments, PIs or CDATA.
  let i = 0
  let inTag = false
  let quote = ''
  while (i < body.length) {
    const c = body[i]
    if (!inTag && c === '<') {
      const skip = body.startsWith('<!--', i) ? '-->' : body.startsWith('<![CDATA[', i) ? ']]>' : body.startsWith('<?', i) ? '?>' : ''
      if (skip) {
        const close = body.indexOf(skip, i)
        const stop = close < 0 ? body.length : close + skip.length
        out += body.slice(i, stop)
        i = stop
        continue
      }
      inTag = true
    } else if (inTag && quote === '' && c === '>') inTag = false
    else if (inTag && (c === '"' || c === "'")) quote = quote === '' ? c : quote === c ? '' : quote
    if (c === '&') {
      const match = /^&([A-Za-z_:][\w.:-]*);/.exec(body.slice(i, i + 200))
      const name = match?.[1]
      const entity = name === undefined || PREDEFINED.has(name) ? undefined : entities.get(name)
      if (match && name !== undefined && entity) {
        const originalStart = doctype.end + i
        let value = ''
        if (entity.system !== undefined) {
          if (!reported.has(name)) notes.push({ruleId: 'external-entity-ignored', offset: originalStart, reason: `The entity &${name}; refers to an external file (${entity.system}); teipipe never loads external files, so it was left out.`})
          reported.add(name)
        } else {
          value = expand(name, entities, state, 0, [])
          if (state.refused) {
            notes.push({ruleId: 'entity-limit-exceeded', offset: originalStart, reason: `The entity &${name}; expands beyond teipipe's limits (${ENTITY_LIMITS.maxExpandedChars.toLocaleString('en')} characters, ${ENTITY_LIMITS.maxDepth} levels) or refers to itself; the document was refused (this protects against "billion laughs" attacks).`})
            return {text, toOriginal: (o) => o, notes, refused: true}
          }
          if (inTag) value = value.replace(/"/g, '&quot;').replace(/'/g, '&apos;')
        }
        splices.push({preparedStart: out.length, preparedEnd: out.length + value.length, originalStart, originalEnd: originalStart + match[0].length})
        out += value
        i += match[0].length
        continue
      }
    }
    out += c
    i++
  }
  return {text: out, toOriginal: mapper(splices), notes, refused: false}
}

/** Replacement text of an internal entity, with nested references expanded. */
function expand(name: string, entities: Map<string, Entity>, state: {expanded: number; refused: boolean}, depth: number, chain: string[]): string {
  const entity = entities.get(name)
  if (!entity || entity.value === undefined) return ''
  if (depth > ENTITY_LIMITS.maxDepth || chain.includes(name)) {
    state.refused = true
    return ''
  }
  const result = entity.value.replace(/&([A-Za-z_:][\w.:-]*);/g, (all, inner: string) => {
    if (state.refused || PREDEFINED.has(inner) || !entities.has(inner)) return all
    return expand(inner, entities, state, depth + 1, [...chain, name])
  })
  state.expanded += result.length
  if (state.expanded > ENTITY_LIMITS.maxExpandedChars) state.refused = true
  return state.refused ? '' : result
}

/** Map prepared offsets to original ones through the splices (sorted by position). */
function mapper(splices: Splice[]): (offset: number) => number {
  if (splices.length === 0) return (o) => o
  return (offset) => {
    let lo = 0
    let hi = splices.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if ((splices[mid]?.preparedStart ?? 0) <= offset) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    if (found < 0) return offset
    const s = splices[found] as Splice
    if (offset < s.preparedEnd) return s.originalStart
    return s.originalEnd + (offset - s.preparedEnd)
  }
}

/** Locate `<!DOCTYPE …>` in the prolog: its span, external id and internal subset. */
function findDoctype(text: string): {start: number; end: number; externalId?: string; subset?: string} | undefined {
  const start = text.indexOf('<!DOCTYPE')
  if (start < 0) return undefined
  const firstElement = text.search(/<[A-Za-z_]/)
  if (firstElement >= 0 && firstElement < start) return undefined
  let i = start + 9
  let quote = ''
  let subsetStart = -1
  let subsetEnd = -1
  while (i < text.length) {
    const c = text[i]
    if (quote) {
      if (c === quote) quote = ''
    } else if (subsetStart >= 0 && subsetEnd < 0) {
      if (text.startsWith('<!--', i)) {
        const close = text.indexOf('-->', i)
        i = close < 0 ? text.length : close + 3
        continue
      }
      if (c === '"' || c === "'") quote = c
      else if (c === ']') subsetEnd = i
    } else if (c === '"' || c === "'") quote = c
    else if (c === '[') subsetStart = i + 1
    else if (c === '>') break
    i++
  }
  const end = Math.min(i + 1, text.length)
  const head = text.slice(start + 9, subsetStart >= 0 ? subsetStart - 1 : end - 1)
  const external = /\b(SYSTEM|PUBLIC)\s+(?:("[^"]*"|'[^']*')\s*)?("[^"]*"|'[^']*')?/.exec(head)
  const result: {start: number; end: number; externalId?: string; subset?: string} = {start, end}
  if (external) result.externalId = external.slice(2).filter(Boolean).join(' ')
  if (subsetStart >= 0) result.subset = text.slice(subsetStart, subsetEnd < 0 ? end : subsetEnd)
  return result
}

/** General entity declarations of an internal subset; character references in values are expanded now, as XML 1.0 §4.5 says. */
function readEntities(subset: string): Map<string, Entity> {
  const entities = new Map<string, Entity>()
  const declaration = /<!ENTITY\s+(%\s+)?([^\s%]+)\s+(?:("[^"]*"|'[^']*')|(?:SYSTEM|PUBLIC\s+("[^"]*"|'[^']*'))\s+("[^"]*"|'[^']*'))[^>]*>/g
  for (const match of subset.matchAll(declaration)) {
    const name = match[2] ?? ''
    if (match[1] || entities.has(name)) continue // parameter entities are not used in content; the first declaration binds
    if (match[3] !== undefined) entities.set(name, {value: decodeCharacterReferences(match[3].slice(1, -1))})
    else entities.set(name, {system: (match[5] ?? '').slice(1, -1)})
  }
  return entities
}

function decodeCharacterReferences(value: string): string {
  return value.replace(/&#(x[0-9A-Fa-f]+|[0-9]+);/g, (all, code: string) => {
    const n = code.startsWith('x') ? Number.parseInt(code.slice(1), 16) : Number(code)
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : all
  })
}
