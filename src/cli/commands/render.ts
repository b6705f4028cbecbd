/** `teipipe render`: TEI files → HTML and/or plain-text editions. */
import {mkdirSync} from 'node:fs'
import {resolve} from 'node:path'
import {UsageError, type CommandSpec} from '../command.js'
import {exitCode} from '../../core/statistics.js'
import {publishFile, readTeiFile} from '../../build/publish.js'
import {renderText as renderTextEdition} from '../../transform/text.js'
import {reportHuman} from '../../report/human.js'

export const renderCommand: CommandSpec = {
  name: 'render',
  summary: 'Publish TEI files as HTML and plain-text editions.',
  args: '<tei...>',
  options: [
    {flags: '--to <editions>', description: 'editions to write, comma-separated: html, text', default: 'html,text'},
    {flags: '--profile <profile>', description: 'text edition profile', default: 'reading', choices: ['reading', 'diplomatic']},
    {flags: '-o, --out <dir>', description: 'output folder', default: 'dist'}
  ],
  help: 'Writes <name>.html and <name>.txt for every <name>.xml. Exit code 0 when all went well, 1 when a file had errors, 2 for usage errors.',
  action: async (args, options, io) => {
    const editions = String(options['to']).split(',').map((s) => s.trim()).filter(Boolean)
    const unknown = editions.filter((e) => e !== 'html' && e !== 'text')
    if (unknown.length > 0 || editions.length === 0) throw new UsageError(`--to takes html, text or both (got "${String(options['to'])}")`)
    if (args.length === 0) throw new UsageError('name at least one TEI file to render')
    const renderText = editions.includes('text') ? renderTextEdition : undefined
    const outDir = resolve(io.cwd, String(options['out']))
    mkdirSync(outDir, {recursive: true})
    const files = []
    const written: string[] = []
    for (const arg of args) {
      const path = resolve(io.cwd, arg)
      const file = readTeiFile(path, arg)
      const profile = options['profile'] === 'diplomatic' ? 'diplomatic' : 'reading'
      written.push(...publishFile(file, path, outDir, {html: editions.includes('html'), renderText, profile, copyTei: false}))
      files.push(file)
    }
    const report = reportHuman(files, {color: false})
    if (report && files.some((f) => f.messages.length > 0)) io.stderr(report.endsWith('\n') ? report : `${report}\n`)
    io.stdout(`Wrote ${written.length} file${written.length === 1 ? '' : 's'} to ${String(options['out'])}/.\n`)
    return exitCode(files)
  }
}
