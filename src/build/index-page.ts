/** `dist/index.html`: every published document with its date, title and type, read back from the
 * metadata the HTML edition carries in its <head>. */

/** What the index shows of one document. */
export interface IndexEntry {
  id: string
  title: string
  date: string
  dateLabel: string
  type: string
  hasText: boolean
}

/** The index entry for a rendered page. */
export function indexEntry(id: string, html: string, hasText: boolean): IndexEntry {
  return {
    id,
    title: decode(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? id),
    date: meta(html, 'dcterms.date'),
    dateLabel: meta(html, 'teipipe.date-label'),
    type: meta(html, 'dcterms.type'),
    hasText
  }
}

/** The index page: documents by date, then id (deterministic). */
export function indexPage(entries: readonly IndexEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1))
  const rows = sorted.map((e) => `      <tr>
        <td><time${e.date ? ` datetime="${escape(e.date)}"` : ''}>${escape(e.dateLabel || e.date)}</time></td>
        <td><a href="${escape(encodeURIComponent(e.id))}.html">${escape(e.title)}</a></td>
        <td>${escape(e.type)}</td>
        <td><a href="${escape(encodeURIComponent(e.id))}.xml" aria-label="TEI source of ${escape(e.id)}">TEI</a>${e.hasText ? ` · <a href="${escape(encodeURIComponent(e.id))}.txt" aria-label="Plain text of ${escape(e.id)}">text</a>` : ''}</td>
      </tr>`)
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Documents — teipipe editions</title>
<style>
body { max-width: 60rem; margin: 0 auto; padding: 1.5rem; font: 1rem/1.5 Georgia, "Times New Roman", serif; color: #1d1d1f; background: #fffdf8; }
a { color: #7a2e12; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid #c9c3b6; }
th { font-variant: small-caps; font-weight: normal; color: #555; }
td:first-child { white-space: nowrap; }
</style>
</head>
<body>
<header><h1>Documents</h1><p>${sorted.length} document${sorted.length === 1 ? '' : 's'}, each as an HTML edition, a plain-text edition and its TEI encoding.</p></header>
<main>
  <table>
    <thead><tr><th scope="col">Date</th><th scope="col">Title</th><th scope="col">Type</th><th scope="col">Other forms</th></tr></thead>
    <tbody>
${rows.join('\n')}
    </tbody>
  </table>
</main>
</body>
</html>
`
}

function meta(html: string, name: string): string {
  const match = new RegExp(`<meta name="${name.replace('.', '\\.')}" content="([^"]*)"`).exec(html)
  return decode(match?.[1] ?? '')
}

function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
