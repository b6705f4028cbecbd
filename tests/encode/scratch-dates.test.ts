import {test} from 'vitest'
import {readFileSync, writeFileSync, mkdirSync, readdirSync} from 'node:fs'
import {TeiFile} from '../../src/core/file.js'
import {encodeFile, loadEdits} from '../../src/encode/index.js'
test('x', () => {
  mkdirSync('/tmp/enc', {recursive: true})
  const dir = '/work/shared/corpus/wilson/'
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const path = f === '134242.txt' ? 'sources/wilson/134242.txt' : dir + f
    const file = new TeiFile(path, readFileSync(path, 'utf8'))
    const edits = loadEdits(path)
    encodeFile(file, edits ? {edits} : {})
    for (const m of file.messages) console.log(f, m.ruleId, m.place?.start.line, m.reason)
    if (file.tei) writeFileSync('/tmp/enc/' + f.replace(/\.txt$/, '.xml'), file.tei)
  }
})
