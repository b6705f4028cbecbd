import {readFileSync, readdirSync} from 'node:fs'
import {it} from 'vitest'
import {TeiFile} from '../../../src/core/file.js'
import {encodeFile} from '../../../src/encode/index.js'
import {validateFiles} from '../../../src/validate/index.js'
it('probe', async () => {
  const dir = '../shared/corpus/wilson'
  const files: TeiFile[] = []
  for (const n of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    const f = new TeiFile(`${dir}/${n}`, readFileSync(`${dir}/${n}`, 'utf8'))
    try { encodeFile(f) } catch (e) { console.log('X', n, String(e).slice(0, 100)); continue }
    if (f.tei) files.push(f)
  }
  for (const f of files) f.messages.length = 0
  await validateFiles(files)
  for (const f of files) {
    const counts = new Map<string, number>()
    for (const m of f.messages) counts.set(`${m.severity[0]}:${m.ruleId}`, (counts.get(`${m.severity[0]}:${m.ruleId}`) ?? 0) + 1)
    console.log('F', f.path.split('/').pop(), JSON.stringify(Object.fromEntries(counts)))
    for (const m of f.messages.filter((m) => m.severity === 'error').slice(0, 4)) console.log('E', f.path.split('/').pop(), m.place?.start.line, m.ruleId, m.reason.slice(0, 160))
  }
})
it('dump', () => {
  const f = new TeiFile('../shared/corpus/wilson/300645.txt', readFileSync('../shared/corpus/wilson/300645.txt', 'utf8'))
  encodeFile(f)
  console.log('L ' + (f.tei ?? '').split('\n').slice(80, 88).join('\nL '))
  const types = new Map<string, number>()
  for (const n of readdirSync('../shared/corpus/wilson').filter((n) => n.endsWith('.txt'))) {
    const g = new TeiFile(n, readFileSync(`../shared/corpus/wilson/${n}`, 'utf8')); encodeFile(g)
    for (const m of (g.tei ?? '').matchAll(/<(\w+) [^>]*?\b(type|reason|function|rend|place)="([^"]+)"/g)) types.set(`${m[1]}/@${m[2]}=${m[3]}`, (types.get(`${m[1]}/@${m[2]}=${m[3]}`) ?? 0) + 1)
  }
  console.log('V ' + [...types].sort().map(([k, v]) => `${k}:${v}`).join(' '))
})
