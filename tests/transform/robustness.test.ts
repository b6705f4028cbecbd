// Documents that are large in one dimension: deep nesting, a very long text node, a very long
// attribute value. Each renders in both editions (or says clearly what it could not show).
import {describe, expect, it} from 'vitest'
import {TeiFile} from '../../src/core/file.js'
import {flattenDeepMarkup} from '../../src/transform/depth.js'
import {renderHtml} from '../../src/transform/html.js'
import {renderText} from '../../src/transform/text.js'
import {tei} from './html/helpers.js'

function both(xml: string): TeiFile {
  const file = new TeiFile('doc.xml', xml)
  renderHtml(file)
  renderText(file)
  return file
}

describe('flattenDeepMarkup', () => {
  it('returns the text itself when nothing is too deep', () => {
    const xml = '<a><!-- <b> --><![CDATA[<c>]]><?pi <d>?><e x="1>2"/></a>'
    expect(flattenDeepMarkup(xml, 2)).toEqual({text: xml, unwrapped: 0})
  })
  it('unwraps only the elements below the limit, keeping their text, and says where the first is', () => {
    const r = flattenDeepMarkup('<a>\n <b t=">"><c>x<d/>y</c></b></a>', 2)
    expect(r.text).toBe('<a>\n <b t=">">xy</b></a>')
    expect(r.unwrapped).toBe(2)
    expect(r.first).toEqual({line: 2, column: 11})
  })
})

describe('documents large in one dimension', () => {
  it('renders a paragraph of 130,000 characters, every word kept', () => {
    const words = Array.from({length: 20000}, (_, i) => `w${i}`)
    const file = both(tei(`<p>${words.join(' ')}</p>`))
    expect(file.messages.filter((m) => m.severity === 'error')).toEqual([])
    expect(file.outputs.html).toContain('w19999')
    const text = file.outputs.text ?? ''
    expect(text.split(/\s+/).filter((w) => /^w\d+$/.test(w))).toHaveLength(20000)
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(78)
  })

  it('renders an element with a 200,000-character @rend without copying it into the page', () => {
    const file = both(tei(`<p><hi rend="${'A'.repeat(200000)}">shown</hi> and <hi rend="italic bold">styled</hi></p>`))
    expect(file.messages.filter((m) => m.severity === 'error')).toEqual([])
    expect(file.outputs.html).toContain('>shown</span>')
    expect(file.outputs.html).toContain('<span class="hi italic bold">styled</span>')
    expect((file.outputs.html ?? '').length).toBeLessThan(60000)
    expect(file.outputs.text).toContain('shown and styled')
  })

  it('reports a message once, with line and column, when both editions are made', () => {
    const file = both(tei('\n<p>a <foo>b</foo> <ptr target="javascript:alert(1)"/></p>'))
    const unhandled = file.messages.filter((m) => m.ruleId === 'unhandled-element')
    expect(unhandled).toHaveLength(1)
    expect(unhandled[0]?.place?.start).toMatchObject({line: 2, column: 6})
    expect(file.messages.filter((m) => m.ruleId === 'unsafe-pointer')).toHaveLength(1)
  })
})
