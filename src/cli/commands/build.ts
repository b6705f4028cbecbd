/** `teipipe build [dir]`: publish a project folder (sources/ → tei/ → dist/). */
import {existsSync} from 'node:fs'
import {relative, resolve} from 'node:path'
import {UsageError, type CommandSpec} from '../command.js'
import {exitCode} from '../../core/statistics.js'
import {buildProject} from '../../build/build.js'
import {reportHuman} from '../../report/human.js'

export const buildCommand: CommandSpec = {
  name: 'build',
  summary: 'Encode missing or stale sources, validate, and publish every document to dist/.',
  args: '[dir]',
  options: [],
  help: 'Reads <dir>/sources/**/*.txt and <dir>/tei/*.xml; writes <dir>/tei/<id>.xml (when stale) and <dir>/dist/<id>.html, <id>.txt, <id>.xml and index.html.',
  action: async (args, _options, io) => {
    const dir = resolve(io.cwd, args[0] ?? '.')
    if (!existsSync(dir)) throw new UsageError(`no such folder: ${args[0] ?? '.'}`)
    const result = await buildProject(dir)
    const report = reportHuman(result.files, {color: false, quiet: false})
    if (report && result.files.some((f) => f.messages.length > 0)) io.stderr(report.endsWith('\n') ? report : `${report}\n`)
    const published = result.written.filter((p) => p.endsWith('.html') && !p.endsWith('index.html')).length
    io.stdout(`Encoded ${result.encoded.length}, published ${published} document${published === 1 ? '' : 's'} to ${relative(io.cwd, resolve(dir, 'dist')) || 'dist'}/.\n`)
    return exitCode(result.files)
  }
}
