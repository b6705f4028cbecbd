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
// Header elements that credit the makers of the edition or source (TEI 2.2.1, 2.2.2), not persons the
// document names: translators, encoders, funders.
const CREDITS = new Set(['respStmt', 'editor', 'funder', 'sponsor', 'principal', 'publisher', 'distributor', 'authority', 'change'])
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
 * {@link normaliseName}. An unpointed name that matches exactly one pointed entry joins it. A person's
 * register entry that only credits point at (a translator in a respStmt: {@link CREDITS}) is no one the
 * documents name and is left out; one named in a title or abstract stays, and an entry nothing points
 * at is the register's own content and stays.
 * Places and organisations the header points at (place of origin, publisher) stay: they are the
 * document's own.
 */
export function registerRefs(root: XmlElement): Record<RegisterKind, RegisterRef[]> {
  const out: Record<RegisterKind, Map<string, RegisterRef>> = {persons: new Map(), places: new Map(), orgs: new Map()}
  const add = (entry: Entry): void => {
    if (!out[entry.kind].has(entry.ref.key)) out[entry.kind].set(entry.ref.key, entry.ref)
  }
  const byId = new Map<string, Entry>()
  const byAuthority = new Map<string, Entry>()
  const entries: Entry[] = []
  // Per register entry: pointed at from a text, and the forms of the names pointing at it.
  const namedIn = new Set<Entry>()
  const credited = new Set<Entry>()
  const forms = new Map<Entry, Set<string>>()
  for (const element of descendants(root, Object.keys(ENTRY_KIND))) {
    const kind = ENTRY_KIND[element.name] as RegisterKind
    const chosen = entryNameElement(element, kind)
    const name = chosen === undefined ? '' : spacedText(chosen)
    const authority = entryAuthority(element)
    if (name === '' && authority === undefined) continue
    const key = authority ?? nameKey(name)
    if (key === undefined) continue
    const cert = collapse(element.attrs.cert ?? '')
    const surname = kind === 'persons' ? surnameOf(chosen) : undefined
    const entry: Entry = {kind, ref: {key, name: name || authority || key, ...(cert ? {cert} : {}), ...(surname ? {surname} : {})}}
    if (element.attrs.id) byId.set(element.attrs.id, entry)
    if (authority !== undefined) byAuthority.set(authority, entry)
    entries.push(entry)
  }
  const named: Entry[] = []
  for (const {element, inText, inCredit} of namings(root)) {
    const kind = namingKind(element)
    // @ref holds URIs separated by spaces; @key (att.canonical) is one project-specific identifier.
    const refs = (element.attrs.ref ?? '').split(/\s+/).filter(Boolean)
    const pointers = refs.length > 0 ? refs : element.attrs.key?.trim() ? [`key:${collapse(element.attrs.key)}`] : []
    const name = spacedText(element)
    if (pointers.length === 0) {
      // An unpointed name is the text's own claim; header names without a pointer are metadata.
      const key = inText && kind !== undefined ? nameKey(name) : undefined
      const surname = kind === 'persons' ? surnameOf(element) : undefined
      if (key !== undefined && kind !== undefined) add({kind, ref: {key, name, ...(surname ? {surname} : {})}})
      continue
    }
    const surname = kind === 'persons' ? surnameOf(element) : undefined
    const extra = surname ? {surname} : {}
    for (const pointer of pointers) {
      const local = pointer.startsWith('#') ? byId.get(pointer.slice(1)) : byAuthority.get(pointer)
      if (local !== undefined) {
        ;(inCredit ? credited : namedIn).add(local)
        // (persons only: a short form of a place or organisation, "Korea", may be another one)
        if (inText && local.kind === 'persons' && name !== '' && normaliseName(name) !== normaliseName(local.ref.name)) {
          const set = forms.get(local) ?? new Set<string>()
          forms.set(local, set.add(name))
        }
      } else if (kind !== undefined && !pointer.startsWith('#') && name !== '') named.push({kind, ref: {key: pointer, name, ...extra}})
      else if (kind !== undefined) {
        const key = nameKey(name)
        if (key !== undefined) named.push({kind, ref: {key, name, ...extra}})
      }
    }
  }
  for (const entry of entries) {
    if (entry.kind === 'persons' && credited.has(entry) && !namedIn.has(entry)) continue
    const set = forms.get(entry)
    add(set === undefined ? entry : {kind: entry.kind, ref: {...entry.ref, forms: [...set].sort()}})
  }
  for (const entry of named) add(entry)
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
function namings(root: XmlElement): {element: XmlElement; inText: boolean; inCredit: boolean}[] {
  const out: {element: XmlElement; inText: boolean; inCredit: boolean}[] = []
  const stack: {node: XmlElement; inText: boolean; inCredit: boolean}[] = [{node: root, inText: root.name === 'text', inCredit: false}]
  while (stack.length > 0) {
    const {node, inText, inCredit} = stack.pop() as {node: XmlElement; inText: boolean; inCredit: boolean}
    if (node !== root && NAMING.includes(node.name)) {
      // Nested names (a placeName inside an orgName) are parts of one name; the outer one counts.
      out.push({element: node, inText, inCredit})
      continue
    }
    if (node !== root && ENTRY_KIND[node.name] !== undefined) continue
    const kids = node.children.filter((c): c is XmlElement => typeof c !== 'string')
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i] as XmlElement
      const text = inText || kid.name === 'text' || kid.name === 'sourceDoc'
      stack.push({node: kid, inText: text, inCredit: !text && (inCredit || CREDITS.has(kid.name))})
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
function entryNameElement(entry: XmlElement, kind: RegisterKind): XmlElement | undefined {
  const names = entry.children.filter((c): c is XmlElement => typeof c !== 'string' && ENTRY_NAMES[kind].includes(c.name))
  return names.find((n) => n.attrs.type !== 'abbr' && n.attrs.type !== 'short') ?? names[0]
}

/** The encoded surname of a person's name (its first `surname`, TEI 13.2.1), or undefined. */
function surnameOf(name: XmlElement | undefined): string | undefined {
  const surname = descendants(name, ['surname'])[0]
  const text = surname === undefined ? '' : spacedText(surname)
  return text === '' ? undefined : text
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
