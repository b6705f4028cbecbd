/** Reading the archive's "Source" citation: repository, fond/opis/delo, leaves, and who obtained and translated it. */
import {findArchive} from './citations/archives.js'
import {fitsReferenceRules, readReference} from './citations/forms.js'

/** What a Source line tells about the original. */
export interface SourceInfo {
  citation: string
  repository?: string
  country?: string
  countryCode?: string
  settlement?: string
  lang?: string
  /** Typed parts of the archival reference (fond, opis, delo, papka, file, folder, volume, issue) or one verbatim `source`. */
  idnos: {type: string; value: string}[]
  locus?: {from: string; to: string; text: string}
  obtainedBy?: string | undefined
  translatedBy?: string | undefined
  /** Further translators of the same sentence ("Translated by A and B", "… by A, B and C"). */
  coTranslators: string[]
  /** The archival reference alone, without the credit sentences after it ("… a.j. 126" of "… a.j. 126. Translated by …"). */
  reference: string
}

const PERSON = "((?:\\p{Lu}[\\p{L}'’-]*\\.? )*\\p{Lu}[\\p{L}'’-]+)"

/** File words of any archive ("File No. JNSG, vol. 21-1"), read one by one beside the forms of src/encode/citations/forms.ts. */
const FILE_WORDS: [string, RegExp][] = [
  ['file', /\bFile(?: No\.)? ((?:[\p{L}\p{N}’'/.-]*\p{N}|\p{Lu}{2,})[\p{L}\p{N}’'/-]*)/u],
  ['folder', /\bFolder ([\w/-]*\d[\w/-]*)/],
  ['volume', /\bvol(?:ume)?\.? ([\w-]*\d[\w-]*)/i],
  ['issue', /\bIssue ([\w/-]*\d[\w/-]*)/]
]
/** Leaves: "listy 79-94", "List 80", "ll. 0078", "l. 78". */
const LEAVES = /\b(?:listy?|ll?\.) ?(\d+)(?:[-–](\d+))?/i
/** A bare page range closing the reference: "B 136/59748, 297-301" (the range of the archive's own numbering). */
const RANGE = /, (\d+)[-–](\d+)$/

/**
 * The archival reference: the citation up to its first sentence end or ";" (later sentences say who obtained
 * and translated it; later ";" parts cite further copies). A full stop after an abbreviation ("f.", "No.") or a
 * digit run inside a title does not end it.
 */
function referenceOf(text: string): string {
  // A credit sentence ("Translated by …", "Obtained …") always ends the reference, even after an abbreviation
  // that keeps its full stop ("ő.e. Translated by …").
  const first = (text.split(';')[0] ?? text).split(/\.\s+(?=(?:Obtained|Translated|Contributed|Donated)\b)/)[0] ?? text
  const end = /(?<!\b(?:[a-zA-Z]{1,2}|[Nn]o|[Vv]ol|ll|[Oo]p))\.(?=\s+\p{Lu}|\s*$)/u.exec(first)
  return (end ? first.slice(0, end.index) : first).trim()
}

/** Parse the Source value (undefined when the page has none). Source: archive-conventions.md §5. */
export function readSource(text: string | undefined): SourceInfo | undefined {
  if (!text) return undefined
  const info: SourceInfo = {citation: text, idnos: [], coTranslators: [], reference: ''}
  const found = findArchive(text)
  // The archive cited first; when another body of text comes before it ("from the Russian Presidential Archives
  // … a copy was found in RGASPI, f. 558"), the reference starts at the archive's name.
  const from = found && /^(?:The|This|A|An) /.test(text) ? found.index : 0
  const reference = referenceOf(text.slice(from))
  info.reference = reference
  if (found) {
    const a = found.archive
    info.repository = a.name
    info.country = a.country
    info.countryCode = a.countryCode
    info.settlement = a.settlement
    info.lang = a.lang
  }
  // A reference in a known form (Russian fond/opis/delo, Romanian fond/dosar) is read by that form.
  const read = readReference(reference)
  if (read) info.idnos.push(...read.idnos)
  // File words beside a form's parts ("fond 5, opis 1, delo 2, vol. 3"), unless the form has read the same value.
  for (const [type, re] of FILE_WORDS) {
    const value = re.exec(reference)?.[1]?.replace(/[.,]$/, '')
    if (value && !info.idnos.some((i) => i.value === value)) info.idnos.push({type, value})
  }
  // A reading the project's rules would reject is not used: a citation form we do not know is kept as text.
  if (!fitsReferenceRules(info.idnos, info.countryCode)) info.idnos = []
  const leaves = read ? undefined : LEAVES.exec(reference)
  const range = read?.leaves || leaves ? undefined : RANGE.exec(reference)
  if (read?.leaves) info.locus = read.leaves
  else if (leaves?.[1]) info.locus = {from: leaves[1], to: leaves[2] ?? leaves[1], text: leaves[0]}
  else if (range?.[1] && range[2]) info.locus = {from: range[1], to: range[2], text: `${range[1]}-${range[2]}`}
  // Nothing parsed: the reference is kept verbatim (without the archive's name when it opens the reference).
  if (info.idnos.length === 0) {
    let rest = reference
    if (found && found.index === from && rest.startsWith(text.slice(found.index, found.index + found.length))) rest = rest.slice(found.length).replace(/^[\s,]+/, '')
    if (range && rest.endsWith(range[0])) rest = rest.slice(0, -range[0].length)
    rest = rest.trim()
    if (rest) info.idnos.push({type: 'source', value: rest})
  }
  // Names may hold initials ("James G. Hershberg"): a run of capitalised words, each optionally ending in a full stop.
  info.obtainedBy = new RegExp(`Obtained (?:and (?:contributed|translated) )?(?:for [\\p{Lu}\\w]+ )?by ${PERSON}`, 'u').exec(text)?.[1]
  const translated = new RegExp(`[Tt]ranslated(?: from \\p{Lu}\\p{Ll}+)?(?: for [\\p{Lu}\\w]+)? by ${PERSON}((?:, ${PERSON})*(?:,? and ${PERSON}))?`, 'u').exec(text)
  info.translatedBy = translated?.[1]
  // "Translated by Jan Novák and Mary Smith": every translator is named (titleStmt/respStmt holds several persName).
  if (translated?.[2]) info.coTranslators = translated[2].split(/,? and |, /).map((n) => n.trim()).filter((n) => n !== '')
  return info
}
