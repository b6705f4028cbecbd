/** Rule ids `teipipe build` emits about a project and its documents (registered for `rules` in the config). */
import {registerRules} from '../core/rules.js'

registerRules([
  {id: 'build-id-clash', source: 'cli', defaultSeverity: 'error', description: 'Two files of the project would publish under the same document name; nothing is built until one is renamed.'},
  {id: 'build-reserved-id', source: 'cli', defaultSeverity: 'error', description: 'A document is named like a page of the site itself (index, …) and would overwrite it; nothing is built until it is renamed.'},
  {id: 'build-output-overlap', source: 'cli', defaultSeverity: 'error', description: 'The output folder is, contains or is inside the sources, TEI or cache folder, so publishing would overwrite the project\'s own files; nothing is built until another output folder is chosen.'},
  {id: 'build-nothing-to-build', source: 'cli', defaultSeverity: 'error', description: 'The project folder has neither a sources folder nor a TEI folder; nothing is built or created.'},
  {id: 'build-source-changed', source: 'cli', defaultSeverity: 'warning', description: 'The source of a TEI file someone edited has changed since; the edited TEI is kept and published (re-encode on purpose with --reencode).'},
  {id: 'build-tei-kept', source: 'cli', defaultSeverity: 'info', description: 'A TEI file differs from what the encoder makes of its source and has no record of being written by it; it is treated as edited and never overwritten.'},
  {id: 'build-source-removed', source: 'cli', defaultSeverity: 'warning', description: 'The source of a TEI file was deleted: a TEI the encoder wrote and nobody edited is retired (moved to tei/.backup/, no longer published); an edited TEI is kept and published as a document of its own.'},
  {id: 'build-encoder-newer', source: 'cli', defaultSeverity: 'info', description: 'The TEI was written by an earlier version of the encoder; it is kept (re-encode on purpose with --reencode).'},
  {id: 'build-tei-renamed', source: 'cli', defaultSeverity: 'warning', description: 'A TEI file the encoder wrote for a source was renamed: the source is not encoded again under its old name (no document published twice); rename the source to match, or the TEI back.'},
  {id: 'build-reencoded', source: 'cli', defaultSeverity: 'info', description: 'The TEI was re-encoded on request (--reencode); the previous file was kept as a backup.'},
  {id: 'build-write-failed', source: 'cli', defaultSeverity: 'error', description: 'An output file of a document could not be written; that document is not published, the others are.'},
  {id: 'build-document-failed', source: 'cli', defaultSeverity: 'error', description: 'A document could not be published (its TEI could not be read, encoded or rendered); it is listed as failed on the index page.'},
  {id: 'build-customisation', source: 'cli', defaultSeverity: 'error', description: 'The CSS file or an XSLT customisation layer named in the config (render) is missing or does not compile; nothing is published until it is fixed.'},
  {id: 'build-edits-invalid', source: 'cli', defaultSeverity: 'error', description: 'A source\'s edits sidecar (<source>.edits.json) is not valid JSON or not in the expected shape; that document is not encoded or published (its old TEI neither) until the file is fixed.'},
  {id: 'build-locked', source: 'cli', defaultSeverity: 'error', description: 'Another build of the same project is running (its lock is in .teipipe-cache/build.lock); nothing is built until it has finished.'},
  {id: 'build-shards-missing', source: 'cli', defaultSeverity: 'error', description: '`build --merge` found the results of only some of the shards.'}
])
