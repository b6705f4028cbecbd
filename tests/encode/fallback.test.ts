/**
 * A recogniser that would drop words never costs the reader text: the block is re-encoded as a plain paragraph with
 * a warning (encode-block-kept-plain), and encode-words-lost does not reach the user. The supplied-words recogniser
 * is replaced here by one that loses its words, as a future recogniser's bug would.
 */
import {describe, expect, it, vi} from 'vitest'
import {TeiFile} from '../../src/core/file.js'
import {encodeFile} from '../../src/encode/index.js'

vi.mock('../../src/encode/recognisers/supplied/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/encode/recognisers/supplied/index.js')>()
  return {recogniser: {...real.recogniser, render: () => '<supplied reason="explanation" resp="#tr"/>'}}
})

const page = (lines: string[]): string => ['Skip to content', 'June 1, 1960', 'A Test Page', ...lines, 'A summary.', 'Document Information', 'Source', 'An archive.'].join('\n\n')

describe('a block whose recognisers would lose words', () => {
  it('is kept as a plain paragraph, with a warning at its line, and no word is lost', () => {
    const file = new TeiFile('lossy.txt', page(['The first paragraph is an ordinary one, long enough to be prose.', 'Filippov [Stalin] wrote to the Chinese comrades about the talks.']))
    encodeFile(file)
    expect(file.messages.filter((m) => m.severity === 'error')).toEqual([])
    expect(file.messages).toContainEqual(expect.objectContaining({ruleId: 'encode-block-kept-plain', severity: 'warning', place: {start: {line: 9, column: 1}}}))
    expect(file.tei).toContain('<p xml:id="p-0-2">Filippov Stalin wrote to the Chinese comrades about the talks.</p>')
    // The other block keeps its encoding.
    expect(file.tei).toContain('<p xml:id="p-0-1">The first paragraph is an ordinary one, long enough to be prose.</p>')
  })
})
