/** Helpers for the text-edition tests: render a TEI string, count words. */
import {TeiFile} from '../../../src/core/file.js'
import {renderText, type TextProfile} from '../../../src/transform/text.js'

/** Wrap body content in a minimal TEI document. */
export function tei(body: string, header = '<title>T</title>'): string {
  return `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>${header}</titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body>${body}</body></text></TEI>`
}

/** Render XML text with a profile; returns the text and the file (for its messages). */
export function render(xml: string, profile: TextProfile = 'reading'): {text: string; file: TeiFile} {
  const file = new TeiFile('test.xml', xml)
  renderText(file, {profile})
  return {text: file.outputs.text ?? '', file}
}

/** Whitespace-separated words. */
export function words(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w !== '')
}
