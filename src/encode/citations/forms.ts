/**
 * Forms of archival reference: the words an archival tradition uses for the parts of a reference, and how they are
 * read into typed `idno`s and leaves. One entry per form; adding a form touches only this table (and its accept/reject
 * rows in tests/encode/header/citations.json). A reference in no known form is kept verbatim by the caller
 * (`idno type="source"`), never half-read. Source: archive-conventions.md §5.
 */

/** One typed part of an archival reference (`msIdentifier/idno/@type`, in the tradition's own word). */
export interface Idno {
  type: string
  value: string
}

/** The leaves a reference cites (`msItem/locus`): first and last leaf and the words as printed. */
export interface Leaves {
  from: string
  to: string
  text: string
}

/** What a form reads from a reference. */
export interface ReadReference {
  /** The form's name ("russian", "romanian"). */
  form: string
  idnos: Idno[]
  leaves?: Leaves
}

/** A form of reference: `read` returns its parts, or undefined when the reference is not in this form. */
export interface ReferenceForm {
  name: string
  read: (reference: string) => ReadReference | undefined
}

/** The value after a part's word, up to the next comma (without a closing full stop). */
const valueOf = (m: RegExpExecArray | null): string | undefined => m?.[1]?.trim().replace(/[.,;]$/, '') || undefined

/** Leaves "N" or "N-M" after the form's leaf words. */
function leavesOf(reference: string, words: RegExp): Leaves | undefined {
  const m = new RegExp(`(?:^|[\\s,])((?:${words.source}) ?(\\d+[a-z]?)(?: ?[-–] ?(\\d+[a-z]?))?)`, 'iu').exec(reference)
  if (!m?.[1] || !m[2]) return undefined
  return {from: m[2], to: m[3] ?? m[2], text: m[1]}
}

/**
 * Russian (and Soviet) archives: fond, opis, delo and papka, or F./Op./D./P., with leaves "list/listy/l./ll.".
 * All three of fond, opis and delo, with a fond number: "f." alone is another tradition's word ("M-KS 288. f. 5/470.
 * ő.e." is Hungarian: fond 288, unit 5/470), and "f." after a dosar is a Romanian leaf.
 */
const RUSSIAN: ReferenceForm = {
  name: 'russian',
  read(reference) {
    const part = (re: RegExp): string | undefined => re.exec(reference)?.[1]?.replace(/[.,]$/, '')
    const fond = part(/\b(?:fond|f\.) ?([\w/-]+)/i)
    const opis = part(/\b(?:opis|op\.) ?([\w/-]+)/i)
    const delo = part(/\b(?:delo|d\.) ?([\w/-]+)/i)
    if (!fond || !opis || !delo || !/\b(?:fond|f\.) ?\d/i.test(reference)) return undefined
    const papka = part(/\b(?:papka|p\.) ?([\w/-]+)/i)
    const idnos = [{type: 'fond', value: fond}, {type: 'opis', value: opis}, {type: 'delo', value: delo}, ...(papka ? [{type: 'papka', value: papka}] : [])]
    const leaves = leavesOf(reference, /listy?|ll?\./)
    return {form: 'russian', idnos, ...(leaves ? {leaves} : {})}
  }
}

/**
 * Romanian archives (AMAE, ANIC and the county archives): "fond Budapesta, dosar 219/1956, f. 12-15", "Fond CC al
 * PCR – Secția Relații Externe, Dosar 33/1963, ff. 1-20", with an optional inventar (inv.) and volum (vol.). The fond
 * is a name or a number (up to the next comma); a dosar is required, and "f."/"ff." after it are leaves (fila).
 */
const ROMANIAN: ReferenceForm = {
  name: 'romanian',
  read(reference) {
    const fond = valueOf(/\bfond(?:ul)? ([^,;]+)/iu.exec(reference))
    const dosar = /\bdosar(?:ul)?(?: nr\.)? ([^\s,;]+)/iu.exec(reference)
    const dosarValue = valueOf(dosar)
    if (!fond || !dosar || !dosarValue) return undefined
    const inventar = valueOf(/\b(?:inventar(?:ul)?|inv\.) ?(?:nr\. ?)?([^\s,;]+)/iu.exec(reference))
    const volum = valueOf(/\b(?:volum(?:ul)?|vol\.) ?([^\s,;]+)/iu.exec(reference))
    const idnos = [{type: 'fond', value: fond}, ...(inventar ? [{type: 'inventar', value: inventar}] : []), {type: 'dosar', value: dosarValue}, ...(volum ? [{type: 'volum', value: volum}] : [])]
    // Leaves are read after the dosar only: "f." before it could be part of the fond's name.
    const leaves = leavesOf(reference.slice(dosar.index + dosar[0].length), /ff?\.|filele|fila/)
    return {form: 'romanian', idnos, ...(leaves ? {leaves} : {})}
  }
}

/** Known forms, tried in order; the first that reads a reference wins. */
export const REFERENCE_FORMS: ReferenceForm[] = [RUSSIAN, ROMANIAN]

/** The parts of a reference in the first form that reads it, or undefined (keep the reference verbatim). */
export function readReference(reference: string): ReadReference | undefined {
  for (const form of REFERENCE_FORMS) {
    const read = form.read(reference)
    if (read) return read
  }
  return undefined
}

/**
 * Whether typed parts satisfy the project's Schematron rule `russian-archival-reference` (schemas/teipipe.sch): in a
 * Russian repository (country RU), or with no country but an opis or delo, fond/opis/delo appear exactly once each,
 * or none of them. A reading that fails it is not used (the reference is kept verbatim), so a citation form we do not
 * know never makes the encoded document invalid.
 */
export function fitsReferenceRules(idnos: readonly Idno[], countryCode: string | undefined): boolean {
  const count = (t: string): number => idnos.filter((i) => i.type === t).length
  const russian = countryCode === 'RU' || (countryCode === undefined && count('opis') + count('delo') > 0)
  if (!russian || count('fond') + count('opis') + count('delo') === 0) return true
  return count('fond') === 1 && count('opis') === 1 && count('delo') === 1
}
