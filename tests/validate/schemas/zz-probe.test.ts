import {it} from 'vitest'
import {jingAll, mutate} from './helpers.js'
import {valueListCases} from './value-list-cases.js'
import {packagePath} from '../../../src/core/paths.js'
it('probe', () => {
  const cs = valueListCases.filter((c) => /^(abbr|ref|bibl|correspAction)\//.test(c.list))
  const errs = jingAll(packagePath('schemas/teipipe.rng'), cs.map((c) => mutate(...c.reject.edits)))
  errs.forEach((e, i) => console.log('J', cs[i]?.list, JSON.stringify(e.map((x) => [x.line, x.column, x.message.slice(0, 60)]))))
})
