/**
 * The recogniser catalogue: every folder under src/encode/recognisers/ is one archive convention with its
 * fixtures.json (accept/reject examples and the TEI they must give). One loop runs them all, so adding a convention
 * means adding one folder. See src/encode/README.md.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {TeiFile} from '../../src/core/file.js'
import {packagePath} from '../../src/core/paths.js'
import {parseBrackets} from '../../src/encode/brackets.js'
import {encodeFile} from '../../src/encode/index.js'
import {BLOCKS, BRACKETS, PAGES, bracketKind} from '../../src/encode/recognisers/registry.js'
import {siteOf, type BracketSite} from '../../src/encode/recognisers/types.js'

type Example = string | string[] | {text: string; next?: string}
interface Fixtures {
  accept: Example[]
  reject: Example[]
  tei?: {input: string | string[]; contains?: string[]; absent?: string[]; messages?: string[]}[]
}

const root = packagePath(join('src', 'encode', 'recognisers'))
const folders = readdirSync(root, {withFileTypes: true}).filter((d) => d.isDirectory()).map((d) => d.name).sort()
const fixtures = (name: string): Fixtures => JSON.parse(readFileSync(join(root, name, 'fixtures.json'), 'utf8')) as Fixtures

/** The site of the first top-level bracket in a line of text. */
function site(text: string): BracketSite {
  const pieces = parseBrackets(text)
  const k = pieces.findIndex((p) => p.kind === 'bracket')
  const b = pieces[k]
  if (b?.kind !== 'bracket') throw new Error(`no bracket in fixture "${text}"`)
  const before = pieces[k - 1]
  const after = pieces[k + 1]
  return siteOf(b, before?.kind === 'text' ? before.text.slice(-1) : '', after?.kind === 'text' ? after.text.slice(0, 1) : '')
}

/** A minimal archive page around body blocks (one block per entry). */
function page(lines: string[]): string {
  return ['Skip to content', 'June 1, 1960', 'A Test Page', ...lines, 'A summary of the document.', 'Document Information', 'Source', 'Invented archive, fond 1.'].join('\n\n')
}

const text = (e: Example): string => (typeof e === 'string' ? e : Array.isArray(e) ? e.join('\n\n') : e.text)
const next = (e: Example): string | undefined => (typeof e === 'object' && !Array.isArray(e) ? e.next : undefined)

describe('the recogniser catalogue (src/encode/recognisers)', () => {
  it('registers every folder exactly once, and every registered recogniser has a folder', () => {
    const names = [...BRACKETS, ...BLOCKS, ...PAGES].map((r) => r.name)
    expect([...names].sort()).toEqual(folders)
    expect(new Set(names).size).toBe(names.length)
  })

  for (const name of folders) {
    describe(name, () => {
      const kind = BRACKETS.some((r) => r.name === name) ? 'bracket' : BLOCKS.some((r) => r.name === name) ? 'block' : 'page'
      const catchAll = BRACKETS[BRACKETS.length - 1]?.name === name

      it('has accept and reject examples (only the last bracket recogniser, the catch-all, may have no reject)', () => {
        const f = fixtures(name)
        expect(f.accept.length).toBeGreaterThan(0)
        if (!catchAll) expect(f.reject.length).toBeGreaterThan(0)
      })

      it('accepts its accept examples and rejects its reject examples', () => {
        const f = fixtures(name)
        if (kind === 'bracket') {
          const r = BRACKETS.find((x) => x.name === name)
          // An accepted bracket is also the one the registry picks: the order is part of the convention.
          for (const e of f.accept) expect(bracketKind(site(text(e))).name, `"${text(e)}"`).toBe(name)
          for (const e of f.reject) expect(r?.accepts(site(text(e))), `"${text(e)}"`).toBe(false)
        } else if (kind === 'block') {
          const r = BLOCKS.find((x) => x.name === name)
          for (const e of f.accept) expect(r?.accepts(text(e), next(e)), `"${text(e)}"`).toBe(true)
          for (const e of f.reject) expect(r?.accepts(text(e), next(e)), `"${text(e)}"`).toBe(false)
        } else {
          const r = PAGES.find((x) => x.name === name)
          for (const e of f.accept) expect(r?.accepts(text(e)), text(e).slice(0, 60)).toBe(true)
          for (const e of f.reject) expect(r?.accepts(text(e)), text(e).slice(0, 60)).toBe(false)
        }
      })

      it('gives the TEI its fixtures expect, without errors', () => {
        const f = fixtures(name)
        expect(f.tei?.length ?? 0).toBeGreaterThan(0)
        for (const t of f.tei ?? []) {
          const source = kind === 'page' ? (Array.isArray(t.input) ? t.input.join('\n\n') : t.input) : page(Array.isArray(t.input) ? t.input : [t.input])
          const file = new TeiFile(`${name}.txt`, source)
          encodeFile(file)
          expect(file.messages.filter((m) => m.severity === 'error'), name).toEqual([])
          for (const c of t.contains ?? []) expect(file.tei, name).toContain(c)
          for (const c of t.absent ?? []) expect(file.tei, name).not.toContain(c)
          if (t.messages) expect([...new Set(file.messages.map((m) => m.ruleId))].sort(), name).toEqual([...t.messages].sort())
        }
      })
    })
  }
})
