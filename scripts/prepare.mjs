// Build step run by `npm ci` (prepare) and `npm run build`: compile TypeScript to lib/, then the
// stylesheets to SEF (cached by content hash, so an unchanged stylesheet is not recompiled).
import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)
const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc')
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {stdio: 'inherit'})
if (existsSync('lib/build/stylesheets.js')) {
  const {compileAllStylesheets} = await import('../lib/build/stylesheets.js')
  compileAllStylesheets()
}
