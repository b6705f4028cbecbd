/** Helpers for the HTML-edition tests: render TEI text in memory, cut out parts of the page. */
import {existsSync, readFileSync} from 'node:fs'
import {TeiFile} from '../../../src/core/file.js'
import {packagePath} from '../../../src/core/paths.js'
import {shared} from '../../support/shared.js'
import {renderHtml, type RenderHtmlOptions} from '../../../src/transform/html.js'

/** Render TEI text; returns the page and the file (for its messages). */
export function render(xml: string, options: RenderHtmlOptions = {}): {html: string; file: TeiFile} {
  const file = new TeiFile('test.xml', xml)
  renderHtml(file, options)
  return {html: file.outputs.html ?? '', file}
}

/** The `<main>` element of a page (what golden files hold). */
export function mainOf(html: string): string {
  const start = html.indexOf('<main')
  const end = html.indexOf('</main>')
  return start < 0 || end < 0 ? '' : html.slice(start, end + '</main>'.length)
}

/** The memo's TEI when the encoder has written it, else the encoding skeleton from ../shared. */
export function memoPath(): string | undefined {
  const tei = packagePath('tei', '134242.xml')
  if (existsSync(tei)) return tei
  const skeleton = shared('docs', 'tei-encoding-skeleton.xml')
  return skeleton && existsSync(skeleton) ? skeleton : undefined
}

/** A minimal TEI document around a body fragment. */
export function tei(body: string, header = '<fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc>', root = 'TEI'): string {
  return `<${root} xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>${header}</teiHeader><text><body>${body}</body></text></${root}>`
}

export const read = (path: string): string => readFileSync(path, 'utf8')
