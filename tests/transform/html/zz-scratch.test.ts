import {readFileSync} from 'node:fs'
import {it} from 'vitest'
import {ensureStylesheet} from '../../../src/build/stylesheets.js'
import {loadSef, transformXml} from '../../../src/transform/saxon.js'
const dir = '/work/shared/conformance/tei-real/files/'
it('probe', () => {
  const sef = loadSef(ensureStylesheet('html'))
  for (const n of (process.env['PROBE'] ?? '').split(',')) {
    const xml = readFileSync(dir + n, 'utf8')
    for (const mode of ['warn', 'render']) {
      const t = Date.now()
      const r = transformXml(sef, xml, {params: {'on-unhandled': mode}})
      console.log(n, mode, Date.now() - t, 'ms', r.principal.length)
    }
  }
})
