/**
 * Archives whose citations occur in the Wilson Center "Source" field: how the citation names the archive, where
 * the archive is, and the language of its holdings. One row per archive; adding an archive touches only this table
 * (and its accept/reject rows in tests/encode/header/citations.json). Source: archive-conventions.md §5.
 */

/** One archive: the pattern that finds it in a citation and the facts the header states about it. */
export interface Archive {
  /** Short name written in `repository` (the citation's own form). */
  name: string
  /** Where the citation names the archive (anchored at a word boundary). */
  pattern: RegExp
  country: string
  /** ISO 3166-1 alpha-2. */
  countryCode: string
  settlement: string
  /** BCP 47 language of the holdings. */
  lang: string
}

const row = (name: string, pattern: RegExp, country: string, countryCode: string, settlement: string, lang: string): Archive => ({name, pattern, country, countryCode, settlement, lang})

/** Known archives, more specific patterns first. */
export const ARCHIVES: Archive[] = [
  row('RGANI', /\bRGANI\b/, 'Russia', 'RU', 'Moscow', 'ru'),
  row('APRF', /\bAPRF\b/, 'Russia', 'RU', 'Moscow', 'ru'),
  row('AVPRF', /\bAVPRF\b/, 'Russia', 'RU', 'Moscow', 'ru'),
  row('RGASPI', /\bRGASPI\b/, 'Russia', 'RU', 'Moscow', 'ru'),
  row('TsAMO', /\bTsAMO\b/, 'Russia', 'RU', 'Podolsk', 'ru'),
  row('GARF', /\bGARF\b/, 'Russia', 'RU', 'Moscow', 'ru'),
  row('BArch', /\bBArch\b|\bBundesarchiv\b/, 'Germany', 'DE', 'Koblenz', 'de'),
  row('PA AA', /\bPA AA\b|\bPolitisches Archiv des Auswärtigen Amts\b/, 'Germany', 'DE', 'Berlin', 'de'),
  row('AMAE', /\bAMAE\b|\bArhiva Ministerului Afacerilor Externe\b/, 'Romania', 'RO', 'Bucharest', 'ro'),
  row('ANIC', /\bANIC\b|\bArhivele Naționale Istorice Centrale\b/, 'Romania', 'RO', 'Bucharest', 'ro'),
  row('AMSZ', /\bAMSZ\b|\bPolish Foreign Ministry Archive\b/, 'Poland', 'PL', 'Warsaw', 'pl'),
  row('AAN', /\bAAN\b/, 'Poland', 'PL', 'Warsaw', 'pl'),
  row('MNL OL', /\bMNL[ -]OL\b|\bHungarian National Archives\b/, 'Hungary', 'HU', 'Budapest', 'hu'),
  row('PRC FMA', /\bPRC FMA\b|\bChinese Foreign Ministry Archive\b/, 'China', 'CN', 'Beijing', 'zh'),
  row('AMZV', /\bAMZV\b|\bArchive of the Ministry of Foreign Affairs, Czech Republic\b/, 'Czech Republic', 'CZ', 'Prague', 'cs'),
  row('National Archives of Ireland', /\bNational Archives of Ireland\b/, 'Ireland', 'IE', 'Dublin', 'en'),
  row('Diplomatic Archives of the Ministry of Foreign Affairs of Japan', /\bDiplomatic Archives of the Ministry of Foreign Affairs of Japan\b/, 'Japan', 'JP', 'Tokyo', 'ja'),
  row('Ministry of External Relations Archives', /\bMinistry of External Relations Archives\b/, 'Brazil', 'BR', 'Brasília', 'pt'),
  row('Nehru Memorial Museum and Library', /\bNehru Memorial Museum and Library\b/, 'India', 'IN', 'New Delhi', 'en'),
  row('AJ', /\bArchives of Yugoslavia\b|\bArhiv Jugoslavije\b/, 'Serbia', 'RS', 'Belgrade', 'sr')
]

/** The first archive a citation names (by position in the text), or undefined. */
export function findArchive(citation: string): {archive: Archive; index: number; length: number} | undefined {
  let best: {archive: Archive; index: number; length: number} | undefined
  for (const archive of ARCHIVES) {
    const m = archive.pattern.exec(citation)
    if (m && (!best || m.index < best.index)) best = {archive, index: m.index, length: m[0].length}
  }
  return best
}
