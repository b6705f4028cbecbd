/**
 * The subcommands, in the order `--help` lists them: name and summary here, everything else in the
 * command's own module, imported only when that command runs (or its help is asked for). Start-up then
 * costs what the running command needs: `validate` does not load the encoder's NLP or the XSLT engine.
 * The summaries must equal the modules' own (tests/cli/run.test.ts checks).
 */
import type {CommandSpec} from '../command.js'

/** One subcommand as `--help` lists it, with a loader for its full spec (options, help text, action). */
export interface CommandEntry {
  name: string
  summary: string
  load: () => Promise<CommandSpec>
}

export const commands: readonly CommandEntry[] = [
  {name: 'encode', summary: 'Encode scraped archive texts (Wilson Center pages) as TEI P5.', load: async () => (await import('./encode.js')).encodeCommand},
  {name: 'validate', summary: 'Check TEI files against a schema (RELAX NG or XSD) and Schematron rules, without Java.', load: async () => (await import('./validate.js')).validateCommand},
  {name: 'render', summary: 'Publish TEI files as HTML and plain-text editions.', load: async () => (await import('./render.js')).renderCommand},
  {
    name: 'build',
    summary: 'Encode new or changed sources, validate, and publish every document and the site pages to dist/ (only what changed).',
    load: async () => (await import('./build.js')).buildCommand
  },
  {name: 'init', summary: "Copy teipipe's schemas into a project (for editors such as oXygen and VS Code) and print the <?xml-model?> lines to use.", load: async () => (await import('./init.js')).initCommand}
]
