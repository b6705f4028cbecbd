/**
 * Which persons, places and organisations a document names: the entries of its registers (person,
 * place, org anywhere, usually standOff listPerson/listPlace/listOrg; TEI Guidelines 13.3) and the
 * names in its header and text (persName, placeName, orgName, name/rs with @type) that point at them
 * with @ref or carry no pointer at all.
 */
import type {RegisterRef} from './facts.js'
import {collapse, descendants, type XmlElement, type XmlNode} from './xml-tree.js'

/** The three corpus registers. */
export type RegisterKind = 'persons' | 'places' | 'orgs'

const ENTRY_KIND: Record<string, RegisterKind> = {person: 'persons', place: 'places', org: 'orgs'}
const ENTRY_NAMES: Record<RegisterKind, string[]> = {
  persons: ['persName', 'name'],
  places: ['placeName', 'geogName', 'settlement', 'region', 'country', 'name'],
  orgs: ['orgName', 'name']
}
const NAME_KIND: Record<string, RegisterKind> = {persName: 'persons', placeName: 'places', geogName: 'places', orgName: 'orgs'}
const TYPED_KIND: Record<string, RegisterKind> = {
  person: 'persons', persname: 'persons', pers: 'persons', people: 'persons',
  place: 'places', placename: 'places', settlement: 'places', country: 'places', city: 'places', geog: 'places',
  org: 'orgs', orgname: 'orgs', organisation: 'orgs', organization: 'orgs', institution: 'orgs'
}
const NAMING = ['persName', 'placeName', 'geogName', 'orgName', 'name', 'rs']
// Parts of a name that are words of their own (TEI Guidelines 13.2.1-13.2.3).
const NAME_PARTS = new Set(['forename', 'surname', 'roleName', 'addName', 'genName', 'nameLink', 'settlement', 'district', 'region', 'country', 'bloc', 'geogName', 'geogFeat', 'placeName', 'orgName', 'persName'])

interface Entry {
  kind: RegisterKind
  ref: RegisterRef
}

/**
 * The register references of a document, each list sorted by key and free of duplicates. Keys: an
 * authority URI when the entry or name carries one (`@sameAs`, `@ref`, an `idno` holding a URI), a
 * pointer that is not local (`persons.xml#p1`) as written, `key:` + a lone @key, else `name:` +
 * {@link normaliseName}. An unpointed name that matches exactly one pointed entry joins it.
 */
export function registerRefs(root: XmlElement): Record<RegisterKind, RegisterRef[]> {
  const out: Record<RegisterKind, Map<string, RegisterRef>> = {persons: new Map(), places: new Map(), orgs: new Map()}
  const add = (entry: Entry): void => {
    if (!out[entry.kind].has(entry.ref.key)) out[entry.kind].set(entry.ref.key, entry.ref)
  }
  const byId = new Map<string, Entry>()
  const byAuthority = new Map<string, Entry>()
  for (const element of descendants(root, Object.keys(ENTRY_KIND))) {
    const kind = ENTRY_KIND[element.name] as RegisterKind
    const name = entryName(element, kind)
    const authority = entryAuthority(element)
    if (name === '' && authority === undefined) continue
    const key = authority ?? nameKey(name)
    if (key === undefined) continue
    const cert = collapse(element.attrs.cert ?? '')
    const entry: Entry = {kind, ref: {key, name: name || authority || key, ...(cert ? {cert} : {})}}
    if (element.attrs.id) byId.set(element.attrs.id, entry)
    if (authority !== undefined) byAuthority.set(authority, entry)
    add(entry)
  }
  for (const {element, inText} of namings(root)) {
    const kind = namingKind(element)
    // @ref holds URIs separated by spaces; @key (att.canonical) is one project-specific identifier.
    const refs = (element.attrs.ref ?? '').split(/\s+/).filter(Boolean)
    const pointers = refs.length > 0 ? refs : element.attrs.key?.trim() ? [`key:${collapse(element.attrs.key)}`] : []
    const name = spacedText(element)
    if (pointers.length === 0) {
      // An unpointed name is the text's own claim; header names without a pointer are metadata.
      const key = inText && kind !== undefined ? nameKey(name) : undefined
      if (key !== undefined && kind !== undefined) add({kind, ref: {key, name}})
      continue
    }
    for (const pointer of pointers) {
      const local = pointer.startsWith('#') ? byId.get(pointer.slice(1)) : byAuthority.get(pointer)
      if (local !== undefined) add(local)
      else if (kind !== undefined && !pointer.startsWith('#') && name !== '') add({kind, ref: {key: pointer, name}})
      else if (kind !== undefined) {
        const key = nameKey(name)
        if (key !== undefined) add({kind, ref: {key, name}})
      }
    }
  }
  for (const map of Object.values(out)) foldUnpointed(map)
  const sorted = (map: Map<string, RegisterRef>): RegisterRef[] => [...map.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return {persons: sorted(out.persons), places: sorted(out.places), orgs: sorted(out.orgs)}
}

/**
 * Within one document, an unpointed name (`name:` key) that matches the name of exactly one pointed
 * entry of the same kind is that entry: the document names one person, not two.
 */
function foldUnpointed(map: Map<string, RegisterRef>): void {
  const pointed = new Map<string, RegisterRef[]>()
  for (const ref of map.values()) {
    if (ref.key.startsWith('name:')) continue
    const normal = normaliseName(ref.name)
    const same = pointed.get(normal)
    if (same === undefined) pointed.set(normal, [ref])
    else same.push(ref)
  }
  for (const [key, ref] of [...map]) {
    if (key.startsWith('name:') && pointed.get(normaliseName(ref.name))?.length === 1) map.delete(key)
  }
}

/**
 * A name as a register key: Unicode compatibility-decomposed, diacritics and punctuation removed,
 * lower case, single spaces (`Kim Il-sung` and `kim il sung` meet). Empty for a name with no letters.
 */
export function normaliseName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

function nameKey(name: string): string | undefined {
  const normal = normaliseName(name)
  return normal === '' ? undefined : `name:${normal}`
}

/** The naming elements outside register entries, and whether each stands in a text (not the header). */
function namings(root: XmlElement): {element: XmlElement; inText: boolean}[] {
  const out: {element: XmlElement; inText: boolean}[] = []
  const stack: {node: XmlElement; inText: boolean}[] = [{node: root, inText: root.name === 'text'}]
  while (stack.length > 0) {
    const {node, inText} = stack.pop() as {node: XmlElement; inText: boolean}
    if (node !== root && NAMING.includes(node.name)) {
      // Nested names (a placeName inside an orgName) are parts of one name; the outer one counts.
      out.push({element: node, inText})
      continue
    }
    if (node !== root && ENTRY_KIND[node.name] !== undefined) continue
    const kids = node.children.filter((c): c is XmlElement => typeof c !== 'string')
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i] as XmlElement
      stack.push({node: kid, inText: inText || kid.name === 'text' || kid.name === 'sourceDoc'})
    }
  }
  return out
}

function namingKind(element: XmlElement): RegisterKind | undefined {
  const direct = NAME_KIND[element.name]
  if (direct !== undefined) return direct
  return TYPED_KIND[(element.attrs.type ?? '').toLowerCase()]
}

/** The name of a register entry: its first name that is not an abbreviation. */
function entryName(entry: XmlElement, kind: RegisterKind): string {
  const names = entry.children.filter((c): c is XmlElement => typeof c !== 'string' && ENTRY_NAMES[kind].includes(c.name))
  const chosen = names.find((n) => n.attrs.type !== 'abbr' && n.attrs.type !== 'short') ?? names[0]
  return chosen === undefined ? '' : spacedText(chosen)
}

/** An entry's authority: an absolute URI in @sameAs or @ref, or an idno holding one. */
function entryAuthority(entry: XmlElement): string | undefined {
  for (const value of [entry.attrs.sameAs, entry.attrs.ref]) {
    const uri = (value ?? '').split(/\s+/).find(isAbsoluteUri)
    if (uri !== undefined) return uri
  }
  for (const idno of entry.children) {
    if (typeof idno === 'string' || idno.name !== 'idno') continue
    const text = collapse(idno.children.filter((c): c is string => typeof c === 'string').join(''))
    if (isAbsoluteUri(text)) return text
  }
  return undefined
}

function isAbsoluteUri(value: string): boolean {
  return /^(https?|urn):\S+$/i.test(value)
}

/** Text of a name with a space between its parts (forename, surname) and none before punctuation. */
function spacedText(element: XmlElement): string {
  const parts: string[] = []
  const stack: XmlNode[] = [element]
  while (stack.length > 0) {
    const node = stack.pop() as XmlNode
    if (typeof node === 'string') parts.push(node)
    else {
      if (node !== element && NAME_PARTS.has(node.name)) parts.push(' ')
      if (node.name === 'choice') {
        const alternatives = node.children.filter((c): c is XmlElement => typeof c !== 'string')
        const chosen = alternatives.find((a) => ['expan', 'reg', 'corr'].includes(a.name)) ?? alternatives[0]
        if (chosen !== undefined) stack.push(chosen)
        continue
      }
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as XmlNode)
    }
  }
  return collapse(parts.join('')).replace(/ ([,.;:)])/g, '$1').replace(/\( /g, '(')
}
