// bench/render-equal.mjs names its saved outputs by paths relative to the repository and ../shared,
// so that a save made in one worktree can be checked in another.
import {describe, expect, it} from 'vitest'
// @ts-expect-error plain ES module of bench/ (no type declarations)
import {inputName, saveKey} from '../../bench/render-equal-keys.mjs'

const name = inputName as (path: string, places: {root: string; shared: string}) => string
const key = saveKey as (name: string) => string

describe('render-equal save keys', () => {
  it('are the same for the same file in two worktrees', () => {
    const a = {root: '/work/wt/edition-a/', shared: '/work/wt/edition-a/../shared'}
    const b = {root: '/work/main', shared: '/work/main/../shared'}
    expect(name('/work/wt/edition-a/tei/134242.xml', a)).toBe('tei/134242.xml')
    expect(name('/work/main/tei/134242.xml', b)).toBe('tei/134242.xml')
    expect(key(name('/work/wt/edition-a/tests/fixtures/transform/cases/app-readings/input.xml', a)))
      .toBe(key(name('/work/main/tests/fixtures/transform/cases/app-readings/input.xml', b)))
    // ../shared reached from each worktree (/work/wt/shared is a link to /work/shared): same name.
    expect(name('/work/wt/shared/cases/render/margin-note.xml', a)).toBe('shared/cases/render/margin-note.xml')
    expect(name('/work/shared/cases/render/margin-note.xml', b)).toBe('shared/cases/render/margin-note.xml')
  })

  it('keep the repository and ../shared apart, and refuse a file under neither', () => {
    const places = {root: '/r/teipipe', shared: '/r/shared'}
    expect(name('/r/shared/tei/x.xml', places)).toBe('shared/tei/x.xml')
    expect(name('/r/teipipe/tei/x.xml', places)).toBe('tei/x.xml')
    expect(name('/r/teipipe/tei/x.xml', places)).not.toContain('teipipe')
    expect(() => name('/elsewhere/x.xml', places)).toThrow(/neither in the repository/)
  })

  it('are safe file names', () => {
    expect(key('tei/134242.xml')).toBe('tei_134242.xml')
    expect(key('shared/conformance/tei-real/files/a b&c.xml')).toBe('shared_conformance_tei-real_files_a_b_c.xml')
  })
})
