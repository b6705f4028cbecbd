/** The progress display: plain lines when stderr is not a terminal, one per phase with work to do. */
import {describe, expect, it} from 'vitest'
import {createProgress} from '../../src/build/progress.js'

describe('createProgress', () => {
  it('writes one plain line per phase that has work, none for a phase served from the cache', () => {
    let written = ''
    const progress = createProgress({tty: false, write: (text) => (written += text)})
    progress.update({phase: 'check', done: 3, total: 10})
    progress.update({phase: 'check', done: 10, total: 10})
    progress.update({phase: 'render', done: 0, total: 0})
    progress.stop()
    expect(written).toBe('Encoding and validating 7 of 10 documents…\n')
  })
})
