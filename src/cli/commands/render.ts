/** `teipipe render`: TEI files → HTML and/or plain-text editions, customised by the config's `render` section or options. */
import {join, resolve} from 'node:path'
import {UsageError, type CommandSpec} from '../command.js'
import {configOption, loadCommandConfig} from '../config.js'
import {checkOutputFolder, checkOutputNamesUnique, checkOutputsApartFromInputs, makeOutputFolder} from '../output-folder.js'
import {exitCode} from '../../core/statistics.js'
import {applyRuleSeverities, resolveConfigPath} from '../../config/index.js'
import {documentId, publishFile, readTeiFile} from '../../build/publish.js'
import {CustomisationError} from '../../build/stylesheets.js'
import {renderText as renderTextEdition} from '../../transform/text.js'
import {reportHuman} from '../../report/human.js'

export const renderCommand: CommandSpec = {
  name: 'render',
  summary: 'Publish TEI files as HTML and plain-text editions.',
  args: '<tei...>',
  options: [
    {flags: '--to <editions>', description: 'editions to write, comma-separated: html, text', default: 'html,text'},
    {flags: '--profile <profile>', description: 'text edition profile (default: the config\'s render.profile, else reading)', choices: ['reading', 'diplomatic']},
    {flags: '-o, --out <dir>', description: 'output folder', default: 'dist'},
    {flags: '--css <file>', description: 'CSS file added to every page after teipipe\'s styles (config: render.css)'},
    {flags: '--xslt <file>', description: 'XSLT customisation layer over the HTML stylesheet (config: render.xslt.html)'},
    {flags: '--xslt-text <file>', description: 'XSLT customisation layer over the text stylesheet (config: render.xslt.text)'},
    {flags: '--site-title <text>', description: 'site name shown above the title of every page (config: render.params.siteTitle)'},
    {flags: '--base-url <url>', description: 'the site\'s address, for the "How to cite" block (config: render.params.baseUrl)'},
    {flags: '--citation <text>', description: '"How to cite" text instead of the one built from the header (config: render.params.citation)'},
    configOption,
    {flags: '-q, --quiet', description: 'report errors only; no "Wrote …" line', default: false}
  ],
  help: [
    'Writes <name>.html and <name>.txt for every <name>.xml. Options override the config\'s "render" section;',
    'paths in the config are relative to the config file. A customisation layer is an XSLT 3.0 module whose',
    'templates (in mode m:html or m:text), functions and xsl:param values override the stock ones; teipipe',
    'imports the stock stylesheet beneath it and caches the compiled result (see xslt/custom/example.xsl).',
    'A file that does not exist is that file\'s error (file-not-found); the others are still published.',
    'Two inputs with the same name (a/x.xml, b/x.xml; ignoring case) would overwrite each other: nothing is written (exit 2).',
    'Exit code 0 when all went well, 1 when a file had errors, 2 for usage or configuration errors.'
  ].join('\n'),
  action: async (args, options, io) => {
    const editions = String(options['to']).split(',').map((s) => s.trim()).filter(Boolean)
    const unknown = editions.filter((e) => e !== 'html' && e !== 'text')
    if (unknown.length > 0 || editions.length === 0) throw new UsageError(`--to takes html, text or both (got "${String(options['to'])}")`)
    if (args.length === 0) throw new UsageError('name at least one TEI file to render')
    const loaded = loadCommandConfig(io, options)
    const section = loaded.config.render ?? {}
    const option = (name: string): string | undefined => (typeof options[name] === 'string' ? String(options[name]) : undefined)
    // Options are relative to the working folder, config values to the config file's folder.
    const path = (fromOption: string | undefined, fromConfig: string | undefined): string | undefined =>
      fromOption !== undefined ? resolve(io.cwd, fromOption) : fromConfig !== undefined ? resolveConfigPath(loaded, fromConfig) : undefined
    const css = path(option('css'), section.css)
    const htmlXslt = path(option('xslt'), section.xslt?.html)
    const textXslt = path(option('xsltText'), section.xslt?.text)
    const params: Record<string, string> = {}
    const setParam = (name: string, value: string | undefined): void => { if (value !== undefined) params[name] = value }
    setParam('site-title', option('siteTitle') ?? section.params?.siteTitle)
    setParam('base-url', option('baseUrl') ?? section.params?.baseUrl)
    setParam('citation', option('citation') ?? section.params?.citation)
    const profile = (option('profile') ?? section.profile) === 'diplomatic' ? 'diplomatic' : 'reading'
    const renderText = editions.includes('text') ? renderTextEdition : undefined
    const outDir = resolve(io.cwd, String(options['out']))
    checkOutputFolder(outDir, io.cwd, '-o/--out')
    const inputs = args.map((arg) => ({path: resolve(io.cwd, arg), shown: arg}))
    const extensions = [...(editions.includes('html') ? ['.html'] : []), ...(renderText ? ['.txt'] : [])]
    checkOutputsApartFromInputs(inputs.flatMap((i) => extensions.map((e) => join(outDir, `${documentId(i.path)}${e}`))), inputs, io.cwd, '-o/--out')
    checkOutputNamesUnique(inputs.map((i) => ({name: documentId(i.path), path: i.path, shown: i.shown})), (name) => extensions.map((e) => join(outDir, `${name}${e}`)), io.cwd)
    makeOutputFolder(outDir, io.cwd, '-o/--out')
    const files = []
    const written: string[] = []
    try {
      for (const arg of args) {
        const source = resolve(io.cwd, arg)
        const file = readTeiFile(source, arg)
        written.push(...publishFile(file, source, outDir, {
          html: editions.includes('html'), renderText, profile, copyTei: false, textXslt,
          htmlOptions: {params, ...(css ? {css} : {}), ...(htmlXslt ? {customXslt: htmlXslt} : {})}
        }))
        files.push(file)
      }
    } catch (error) {
      // A bad CSS file or XSLT layer is the same problem for every document: a configuration error.
      if (error instanceof CustomisationError) throw new UsageError(error.message)
      throw error
    }
    applyRuleSeverities(files, loaded)
    const quiet = Boolean(options['quiet'])
    const report = reportHuman(files, {color: false, quiet})
    if (report && files.some((f) => f.messages.some((m) => !quiet || m.severity === 'error'))) io.stderr(report.endsWith('\n') ? report : `${report}\n`)
    if (!quiet) io.stdout(`Wrote ${written.length} file${written.length === 1 ? '' : 's'} to ${String(options['out'])}/.\n`)
    return exitCode(files)
  }
}
