/** Registers of persons, organisations, places and works: built from the sidecar and the page, written to standOff. */
import type {EditsFile, RegisterEntry} from './edits.js'
import {el, esc, type XmlWriter} from './serialize.js'

/** The four registers and the element each one's names become in the text. */
export const KINDS = {
  persons: {list: 'listPerson', item: 'person', name: 'persName'},
  orgs: {list: 'listOrg', item: 'org', name: 'orgName'},
  places: {list: 'listPlace', item: 'place', name: 'placeName'},
  bibls: {list: 'listBibl', item: 'bibl', name: 'title'}
} as const

/** A register kind. */
export type Kind = keyof typeof KINDS

/** A name form to look for in the text, with what it points at. */
export interface NameForm {
  form: string
  kind: Kind
  id: string
  abbr: boolean
}

/** All register entries of a document. */
export class Registers {
  entries: Record<Kind, RegisterEntry[]> = {persons: [], orgs: [], places: [], bibls: []}
  private cache: NameForm[] | undefined

  /** Add an entry unless its id exists already (the sidecar wins over inferred entries). */
  add(kind: Kind, entry: RegisterEntry): string {
    if (!this.has(entry.id)) this.entries[kind].push(entry)
    this.cache = undefined
    return entry.id
  }

  /** Forget the cached forms after an entry's forms changed. */
  touch(): void {
    this.cache = undefined
  }

  /** Whether any entry is the encoder's own identification (`@resp="#teipipe"`). */
  hasInferred(): boolean {
    return Object.values(this.entries).some((list) => list.some((e) => e.resp === '#teipipe'))
  }

  /**
   * Drop the encoder's own entries that nothing points at (their forms were all taken by longer names), so the
   * register lists only what the edition tags. `xml` is the encoded text and header.
   */
  prune(xml: string): void {
    const used = new Set([...xml.matchAll(/\b(?:ref|corresp|who)="#([^"]+)"/g)].map((m) => m[1]))
    for (const kind of Object.keys(KINDS) as Kind[]) this.entries[kind] = this.entries[kind].filter((e) => e.resp !== '#teipipe' || used.has(e.id))
    this.cache = undefined
  }

  /** Whether an id is registered. */
  has(id: string): boolean {
    return Object.values(this.entries).some((list) => list.some((e) => e.id === id))
  }

  /** Every form to tag in the text, longest first so "KWP CC" wins over "KWP". */
  forms(): NameForm[] {
    this.cache ??= this.collect()
    return this.cache
  }

  private collect(): NameForm[] {
    const out: NameForm[] = []
    for (const kind of Object.keys(KINDS) as Kind[]) {
      for (const e of this.entries[kind]) {
        for (const form of e.forms ?? []) out.push({form, kind, id: e.id, abbr: false})
        for (const form of e.abbr ?? []) out.push({form, kind, id: e.id, abbr: true})
      }
    }
    return out.sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : 1))
  }

  /** Write the non-empty registers into `standOff`. */
  write(w: XmlWriter): void {
    for (const kind of Object.keys(KINDS) as Kind[]) {
      const list = this.entries[kind]
      if (list.length === 0) continue
      const k = KINDS[kind]
      w.open(k.list)
      for (const e of list) {
        const nameEl = kind === 'bibls' ? 'title' : k.name
        const name = el(nameEl, kind === 'bibls' ? {level: 'j', 'xml:lang': e.lang} : {'xml:lang': e.lang}, esc(e.name))
        const abbr = (e.abbr ?? []).filter((a) => a !== e.name).map((a) => el(nameEl, kind === 'bibls' ? {type: 'abbr'} : {type: 'abbr'}, esc(a))).join('')
        const note = e.note ? el(kind === 'persons' ? 'occupation' : 'note', {resp: e.cert ? '#ed' : undefined, cert: e.cert}, esc(e.note)) : ''
        // The encoder's identifications say so on the entry (att.global.responsibility: @resp, @cert).
        w.leaf(k.item, {'xml:id': e.id, resp: e.resp, cert: e.resp ? e.cert : undefined}, name + abbr + note)
      }
      w.close(k.list)
    }
  }
}

/** Registers seeded from the sidecar. */
export function registersFrom(edits: EditsFile | undefined): Registers {
  const r = new Registers()
  for (const kind of Object.keys(KINDS) as Kind[]) for (const e of edits?.registers?.[kind] ?? []) r.add(kind, e)
  return r
}

/** A stable register id from a name ("Gary Goldberg" → pers-gary-goldberg). */
export function slugId(prefix: string, name: string): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
  return `${prefix}-${slug || 'x'}`
}
