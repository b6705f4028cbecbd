/** Reading the archive's "Source" citation: repository, fond/opis/delo, leaves, and who obtained and translated it. */

/** What a Source line tells about the original. */
export interface SourceInfo {
  citation: string
  repository?: string
  country?: string
  countryCode?: string
  settlement?: string
  lang?: string
  idnos: {type: string; value: string}[]
  locus?: {from: string; to: string; text: string}
  obtainedBy?: string | undefined
  translatedBy?: string | undefined
}

/** Archives seen in the corpus: where they are and the language of their holdings. */
const ARCHIVES: Record<string, [country: string, code: string, settlement: string, lang: string]> = {
  RGANI: ['Russia', 'RU', 'Moscow', 'ru'],
  APRF: ['Russia', 'RU', 'Moscow', 'ru'],
  AVPRF: ['Russia', 'RU', 'Moscow', 'ru'],
  RGASPI: ['Russia', 'RU', 'Moscow', 'ru'],
  BArch: ['Germany', 'DE', 'Koblenz', 'de'],
  AMAE: ['Romania', 'RO', 'Bucharest', 'ro'],
  AMSZ: ['Poland', 'PL', 'Warsaw', 'pl']
}

const PERSON = "((?:\\p{Lu}[\\p{L}'’-]*\\.? )*\\p{Lu}[\\p{L}'’-]+)"

const PARTS: [string, RegExp][] = [
  ['fond', /\b(?:fond|f\.) ?([\w/-]+)/i],
  ['opis', /\b(?:opis|op\.) ?([\w/-]+)/i],
  ['delo', /\b(?:delo|d\.) ?([\w/-]+)/i]
]

/** Parse the Source value (undefined when the page has none). */
export function readSource(text: string | undefined): SourceInfo | undefined {
  if (!text) return undefined
  const info: SourceInfo = {citation: text, idnos: []}
  const first = /^([A-Z][A-Za-z]+)\b/.exec(text)?.[1]
  const known = first ? ARCHIVES[first] : undefined
  const named = Object.keys(ARCHIVES).find((k) => new RegExp(`\\b${k}\\b`).test(text))
  const repo = known ? first : named
  if (repo) {
    info.repository = repo
    const a = ARCHIVES[repo]
    if (a) [info.country, info.countryCode, info.settlement, info.lang] = a
  }
  // The fond/opis/delo of the first archive cited (the memo's RGANI citation), never of a later one.
  const head = text.split(/;/)[0] ?? text
  for (const [type, re] of PARTS) {
    const m = re.exec(head)
    if (m?.[1]) info.idnos.push({type, value: m[1].replace(/[.,]$/, '')})
  }
  // No fond/opis/delo: keep the archive's own reference (the citation up to its first full stop) as one idno.
  if (info.idnos.length === 0 && info.repository) info.idnos.push({type: 'shelfmark', value: (head.split(/\.(?:\s|$)/)[0] ?? head).trim()})
  const locus = /\b(listy?|ll?\.) ?(\d+)(?:[-–](\d+))?/.exec(head)
  if (locus?.[2]) info.locus = {from: locus[2], to: locus[3] ?? locus[2], text: locus[0]}
  // Names may hold initials ("James G. Hershberg"): a run of capitalised words, each optionally ending in a full stop.
  info.obtainedBy = new RegExp(`Obtained (?:and contributed )?by ${PERSON}`, 'u').exec(text)?.[1]
  info.translatedBy = new RegExp(`[Tt]ranslated(?: from \\p{Lu}\\p{Ll}+)?(?: for [\\p{Lu}\\w]+)? by ${PERSON}`, 'u').exec(text)?.[1]
  return info
}
