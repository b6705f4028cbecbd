/**
 * The recipient of a letter, cable or note, read from the encoded body for `correspAction type="received"`
 * (TEI P5 §2.4.6, correspDesc): the names tagged in the opener's addressee ("To: Cde. Xuân Thủy, Minister of Foreign
 * Affairs", "To the Central Committee of …" / "Comrade N. S. Khrushchev" / "Moscow"), else in an opening "To …"
 * salutation, else in the addressee written under a note's closer ("To the Embassy of the USSR" / "Belgrade").
 * Copies in a distribution list are not recipients (tei-encoding.md §1.16).
 */

const NAME = /<(persName|orgName|placeName)\b[^>]*\bref="#[^"]+"[^>]*>[\s\S]*?<\/\1>/g

const plainLength = (xml: string): number => xml.replace(/<[^>]*>/g, '').length

/** The first element `<name …>…</name>` in `xml` whose start tag matches `start`, with its content, or undefined. */
function firstElement(xml: string, start: RegExp, name: string): string | undefined {
  const m = start.exec(xml)
  if (!m) return undefined
  const end = xml.indexOf(`</${name}>`, m.index)
  return end < 0 ? undefined : xml.slice(m.index, end)
}

/**
 * The name elements (persName, orgName, placeName with a register `@ref`, as encoded) that name a document's
 * recipient, in their order in the text; empty when the body names none. Input: the encoded body XML.
 */
export function recipientNames(bodyXml: string): string[] {
  const opener = firstElement(bodyXml, /<opener>/, 'opener') ?? ''
  const closers = [...bodyXml.matchAll(/<closer>[\s\S]*?<\/closer>/g)].map((m) => m[0])
  const where = firstElement(opener, /<seg type="addressee"/, 'seg')
    ?? firstElement(opener, /<salute>(?=To\b)/, 'salute')
    ?? closers.map((c) => firstElement(c, /<seg type="addressee"/, 'seg')).find((x) => x !== undefined)
  // One element per register entry: "[Józef] Winiewicz" tags two parts of one person; the longer names them best.
  const byRef = new Map<string, string>()
  for (const m of where?.matchAll(NAME) ?? []) {
    const ref = /\bref="([^"]+)"/.exec(m[0])?.[1] ?? ''
    const seen = byRef.get(ref)
    if (seen === undefined || plainLength(m[0]) > plainLength(seen)) byRef.set(ref, m[0])
  }
  return [...byRef.values()]
}
