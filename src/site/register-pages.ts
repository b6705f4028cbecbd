/** Corpus-wide registers: each person, place or organisation with a link to every document naming it. */
import {compareByDate} from './dates.js'
import type {DocumentFacts, RegisterRef} from './facts.js'
import {documentHref, escapeHtml, page, type PageName} from './html.js'
import {normaliseName, type RegisterKind} from './registers.js'
import {collapse} from './xml-tree.js'

/** One entry of a corpus register. */
export interface RegisterEntry {
  key: string
  /** The form most documents use for the entry itself (names merged in from other entries count after; ties: the alphabetically first). */
  name: string
  /**
   * What the entry is filed under: for a person the surname (encoded, else the name's last word that
   * is not a suffix, see {@link filingName}), else the name. Entries are sorted and grouped by it.
   */
  filing: string
  /** Every other form the documents use, sorted. */
  variants: string[]
  /** The published documents naming it, in date order. */
  documents: DocumentFacts[]
  /** Name keys (`name:…`) of other documents merged into this pointed entry. */
  merged: string[]
  /**
   * How certain the identification is, when every document's register states it: the most certain
   * of their `@cert` values (one document sure of it is enough). Absent when any document states none.
   */
  cert?: string
}

// TEI's certainty values (att.global.responsibility/@cert, TEI 21.1), most certain first.
const CERTAINTY = ['high', 'medium', 'low', 'unknown']

const HEADINGS: Record<RegisterKind, {page: PageName; heading: string; noun: string}> = {
  persons: {page: 'persons', heading: 'Persons', noun: 'person'},
  places: {page: 'places', heading: 'Places', noun: 'place'},
  orgs: {page: 'orgs', heading: 'Organisations', noun: 'organisation'}
}

/**
 * Merge the documents' register references of one kind by key. A document's unpointed name
 * (`name:` key) joins a pointed entry (authority, pointer) of another document when that is the only
 * pointed entry of the corpus with the same normalised name. Output: entries sorted by name (case-
 * and diacritic-insensitive, then key), documents in date order. Failed documents have no page to
 * link to and are left out.
 */
export function corpusRegister(facts: readonly DocumentFacts[], kind: RegisterKind): RegisterEntry[] {
  const published = [...facts].sort(compareByDate).filter((f) => f.status === 'published')
  const redirect = nameRedirects(published, kind)
  const byKey = new Map<string, {names: Map<string, number>; documents: DocumentFacts[]; merged: Set<string>; certs: (string | undefined)[]; surnames: Set<string>}>()
  for (const f of published) {
    for (const ref of f[kind] as RegisterRef[]) {
      const key = redirect.get(ref.key) ?? ref.key
      let entry = byKey.get(key)
      if (entry === undefined) byKey.set(key, (entry = {names: new Map(), documents: [], merged: new Set(), certs: [], surnames: new Set()}))
      if (key !== ref.key) entry.merged.add(ref.key)
      entry.certs.push(ref.cert)
      if (ref.surname) entry.surnames.add(ref.surname)
      // A name merged in from another entry ("Kuchma") counts after the entry's own ("Leonid Kuchma").
      entry.names.set(ref.name, (entry.names.get(ref.name) ?? 0) + (key === ref.key ? 1_000_000 : 1))
      // Documents come one at a time: comparing with the last one keeps this linear.
      if (entry.documents[entry.documents.length - 1] !== f) entry.documents.push(f)
    }
  }
  const entries: RegisterEntry[] = []
  for (const [key, {names, documents, merged, certs, surnames}] of byKey) {
    const ranked = [...names].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    const name = ranked[0]?.[0] ?? key
    const cert = certs.includes(undefined) ? undefined : CERTAINTY.find((c) => certs.includes(c)) ?? [...certs].sort()[0]
    const surname = [...surnames].sort()[0]
    const filing = kind === 'persons' ? filingName(name, surname) : name
    entries.push({key, name, filing, variants: ranked.slice(1).map(([n]) => n).sort(), documents, merged: [...merged].sort(), ...(cert ? {cert} : {})})
  }
  return entries.sort((a, b) => {
    const fa = normaliseName(a.filing)
    const fb = normaliseName(b.filing)
    if (fa !== fb) return fa < fb ? -1 : 1
    const na = normaliseName(a.name)
    const nb = normaliseName(b.name)
    if (na !== nb) return na < nb ? -1 : 1
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
  })
}

// Words after a surname that are no part of it ("Jr.", "III"): the surname is the word before them.
const SUFFIX = /^(jr|jnr|sr|snr|esq|phd|md|ii|iii|iv|vi|vii|viii|ix)\.?$/i

/**
 * The word a person is filed under in the register. Input: the name as the register shows it and
 * its encoded surname (`persName/surname`, TEI 13.2.1), if any. Output: the encoded surname; else,
 * for a name written "Surname, Forenames", the part before the comma; else the name's last word that
 * is not a suffix (SUFFIX; bracketed additions such as "(Foreign Minister)" set aside): "K. V.
 * Rusakov" → "Rusakov", "Martin Luther King Jr." → "King". A one-word name is its own filing word.
 * Names written surname first without a comma ("Mao Zedong") need an encoded surname to file right.
 */
export function filingName(name: string, surname?: string): string {
  if (surname !== undefined && surname !== '') return surname
  const bare = collapse(name.replace(/\([^()]*\)/g, ' '))
  const comma = bare.indexOf(',')
  if (comma > 0) return bare.slice(0, comma)
  const words = bare.split(' ').filter(Boolean)
  let last = words.length - 1
  while (last > 0 && SUFFIX.test(words[last] as string)) last--
  return words[last] ?? name
}

/** `name:` keys → the one pointed key of the corpus whose names normalise the same way. */
function nameRedirects(published: readonly DocumentFacts[], kind: RegisterKind): Map<string, string> {
  const pointed = new Map<string, Set<string>>()
  const unpointed = new Set<string>()
  for (const f of published) {
    for (const ref of f[kind] as RegisterRef[]) {
      if (ref.key.startsWith('name:')) {
        unpointed.add(ref.key)
        continue
      }
      const normal = `name:${normaliseName(ref.name)}`
      let keys = pointed.get(normal)
      if (keys === undefined) pointed.set(normal, (keys = new Set()))
      keys.add(ref.key)
    }
  }
  const redirect = new Map<string, string>()
  for (const key of unpointed) {
    const keys = pointed.get(key)
    if (keys?.size === 1) redirect.set(key, [...keys][0] as string)
  }
  // A document's register says which names are forms of one of its entries (`<persName
  // ref="#pers-leonid-kuchma">Kuchma</persName>`): another document's entry keyed by that name alone
  // ("name:kuchma") is the same person, when exactly one entry of the corpus claims the form.
  const claims = new Map<string, Set<string>>()
  for (const f of published) {
    for (const ref of f[kind] as RegisterRef[]) {
      for (const form of ref.forms ?? []) {
        const normal = `name:${normaliseName(form)}`
        if (normal === ref.key) continue
        const keys = claims.get(normal) ?? new Set<string>()
        claims.set(normal, keys.add(redirect.get(ref.key) ?? ref.key))
      }
    }
  }
  for (const [form, keys] of claims) {
    const target = [...keys][0] as string
    if (keys.size === 1 && !redirect.has(form) && !claims.has(target)) redirect.set(form, target)
  }
  return redirect
}

/** The register page of one kind (`corpus/persons.html`, …): an alphabet bar, then the entries. */
export function registerPage(facts: readonly DocumentFacts[], kind: RegisterKind, siteTitle: string): string {
  const {page: pageName, heading, noun} = HEADINGS[kind]
  const entries = corpusRegister(facts, kind)
  const letters = new Map<string, RegisterEntry[]>()
  for (const entry of entries) {
    const letter = initial(entry.filing)
    const list = letters.get(letter)
    if (list === undefined) letters.set(letter, [entry])
    else list.push(entry)
  }
  const ids = entryIds(entries)
  const bar = letters.size > 1
    ? `<nav class="letters" aria-label="Initial letters"><ul>${[...letters.keys()].map((l) => `<li><a href="#letter-${escapeHtml(letterId(l))}">${escapeHtml(l)}</a></li>`).join('')}</ul></nav>`
    : ''
  const sections = [...letters].map(([letter, list]) => `<section aria-labelledby="letter-${escapeHtml(letterId(letter))}">
<h2 id="letter-${escapeHtml(letterId(letter))}">${escapeHtml(letter)}</h2>
<ul class="register">
${list.map((e) => entryItem(e, ids.get(e) ?? '')).join('\n')}
</ul>
</section>`).join('\n')
  const summary = entries.length === 0
    ? `<p class="summary">No document names a ${noun} in its registers or with a tagged name.</p>`
    : `<p class="summary">${entries.length} ${noun}${entries.length === 1 ? '' : 's'} named in the published documents, from their registers and tagged names.</p>`
  const main = `${summary}
<div class="filter" data-filter-for="register" hidden>
<label for="filter">Filter ${escapeHtml(heading.toLowerCase())}</label>
<input id="filter" type="search" autocomplete="off" aria-describedby="filter-count">
<p id="filter-count" class="filter-count" aria-live="polite"></p>
</div>
${bar}
<div id="register">
${sections}
</div>`
  return page({page: pageName, siteTitle, heading, main, scripts: ['corpus/table.js']})
}

function entryItem(entry: RegisterEntry, id: string): string {
  const variants = entry.variants.length > 0 ? `<span class="variants">also ${entry.variants.map(escapeHtml).join('; ')}</span>` : ''
  const authority = /^https?:\/\//i.test(entry.key) ? `<a class="authority" href="${escapeHtml(entry.key)}" aria-label="Authority record of ${escapeHtml(entry.name)}">authority record</a>` : ''
  const cert = entry.cert ? `<span class="cert">identification: ${escapeHtml(entry.cert)} certainty</span>` : ''
  const count = `<span class="count">${entry.documents.length} document${entry.documents.length === 1 ? '' : 's'}</span>`
  const docs = entry.documents.map((d) => `<li><a href="${escapeHtml(documentHref(d.id, 1))}">${escapeHtml(d.title)}</a>${d.dateText ? ` <span class="date">${escapeHtml(d.dateText)}</span>` : ''}</li>`).join('')
  const also = entry.merged.length > 0 ? ` data-also="${escapeHtml(entry.merged.join(' | '))}"` : ''
  return `<li id="${escapeHtml(id)}" data-key="${escapeHtml(entry.key)}"${also}><p class="entry"><span class="name">${escapeHtml(entry.name)}</span>${variants}${cert}${count}${authority}</p><ul class="documents">${docs}</ul></li>`
}

/** The heading letter of a name: its first letter without diacritics, upper case; `#` for others. */
function initial(name: string): string {
  const letter = [...normaliseName(name)][0] ?? ''
  return /\p{L}/u.test(letter) ? letter.toUpperCase() : '#'
}

// The letter itself (HTML ids may hold any non-space character; a percent-encoded id would not match
// its own fragment link, which browsers decode).
function letterId(letter: string): string {
  return letter === '#' ? 'other' : letter
}

/** Stable fragment ids: the normalised name in hyphens, numbered when two entries share it. */
function entryIds(entries: readonly RegisterEntry[]): Map<RegisterEntry, string> {
  const ids = new Map<RegisterEntry, string>()
  const used = new Set<string>()
  for (const entry of entries) {
    const base = `e-${normaliseName(entry.name).replace(/ /g, '-') || 'entry'}`
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    ids.set(entry, id)
  }
  return ids
}
