// A reader that stops early (`teipipe … | head`) closes the pipe: the CLI drops the rest of its output
// quietly and keeps its exit code, instead of dying with an unhandled EPIPE and a stack trace.
import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {packagePath} from '../../src/core/paths.js'

const lib = (path: string): string => packagePath('lib', ...path.split('/'))

/** Run `script` (an ES module body) in node with its stdout piped into `head -c 1`. */
function throughHead(script: string): string {
  const run = spawnSync('sh', ['-c', `"${process.execPath}" --input-type=module -e "$SCRIPT" | head -c 1 >/dev/null`], {env: {...process.env, SCRIPT: script}, encoding: 'utf8'})
  return run.stderr
}

describe('a closed stdout', () => {
  it('ends the output without an error; later writes to stderr still arrive', () => {
    // 4 MB in 4,000 writes: far more than a pipe holds, so the writes after `head` exits hit EPIPE.
    const script = `import {processIo} from '${lib('cli/io.js')}'
const io = processIo()
const line = 'x'.repeat(1023) + '\\n'
for (let i = 0; i < 4000; i++) io.stdout(line)
io.stderr('done\\n')`
    const stderr = throughHead(script)
    expect(stderr).not.toMatch(/EPIPE|Unhandled|at .*\.js:\d+/)
    expect(stderr).toBe('done\n')
  })

  it('prints no error when a command\'s help is cut short', () => {
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${packagePath('bin', 'teipipe.js')}" validate --help | head -c 1 >/dev/null`], {encoding: 'utf8'})
    expect(run.stderr).toBe('')
  })
})
