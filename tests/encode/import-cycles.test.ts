/** src/encode has no import cycles (house style): a walk over its value imports (`import type` is erased, so ignored). */
import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'
import {packagePath} from '../../src/core/paths.js'

/** Every .ts file under a folder. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((d) => (d.isDirectory() ? tsFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []))
}

/** Relative value imports of a module, as absolute .ts paths. */
function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8')
  const out: string[] = []
  for (const m of src.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'"]*?\s+from\s+)?['"](\.[^'"]+)['"]/gm)) {
    out.push(resolve(dirname(file), (m[1] ?? '').replace(/\.js$/, '.ts')))
  }
  return out
}

/** The first cycle found (as a list of files), or undefined. */
export function findCycle(files: string[]): string[] | undefined {
  const graph = new Map(files.map((f) => [f, imports(f).filter((t) => files.includes(t))]))
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (f: string): string[] | undefined => {
    if (state.get(f) === 'done') return undefined
    if (state.get(f) === 'open') return [...stack.slice(stack.indexOf(f)), f]
    state.set(f, 'open')
    stack.push(f)
    for (const t of graph.get(f) ?? []) {
      const cycle = visit(t)
      if (cycle) return cycle
    }
    stack.pop()
    state.set(f, 'done')
    return undefined
  }
  for (const f of files) {
    const cycle = visit(f)
    if (cycle) return cycle
  }
  return undefined
}

describe('src/encode import graph', () => {
  it('finds a cycle when there is one (the walk works)', () => {
    const dir = packagePath(join('tests', 'fixtures', 'encode', 'import-cycle'))
    expect(findCycle(tsFiles(dir))?.map((f) => relative(dir, f))).toEqual(['a.ts', 'b.ts', 'a.ts'])
  })

  it('has no import cycles', () => {
    const root = packagePath(join('src', 'encode'))
    const files = tsFiles(root)
    expect(files.length).toBeGreaterThan(60)
    expect(findCycle(files)?.map((f) => relative(root, f))).toBeUndefined()
  })
})
