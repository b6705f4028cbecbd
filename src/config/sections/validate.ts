/** The `validate` section: which files, which schemas, and how schema locations resolve offline. */

/** Settings of `teipipe validate` (and of the build's validation step). */
export interface ValidateConfig {
  /** Globs of TEI files to validate when the command line names none (relative to the config's folder). */
  files?: string[]
  /** RELAX NG (.rng) or XSD (.xsd) schema for every file, overriding each file's `<?xml-model?>`. */
  schema?: string
  /** Schematron (.sch) for every file, overriding each file's `<?xml-model?>`. */
  schematron?: string
  /** Schematron phase to run (default: the schema's `defaultPhase`, else all patterns). */
  phase?: string
  /** OASIS XML catalog file(s) resolving schema URLs to local files. */
  catalog?: string | string[]
  /** Schema URL → local file, checked before any catalog. */
  schemaMap?: Record<string, string>
  /** Allow fetching a schema named by an http(s) URL that nothing maps locally (default false: never the network). */
  allowNetwork?: boolean
  /** Run the Schematron embedded in a RELAX NG schema (TEI ODD constraints, as in tei_all.rng) after the grammar (default true). */
  embeddedSchematron?: boolean
}

/** JSON Schema of the section (the validation workstream extends it). */
export const validateSection = {
  type: 'object',
  description: 'Settings of `teipipe validate` and of the build\'s validation step.',
  additionalProperties: false,
  properties: {
    files: {type: 'array', items: {type: 'string', minLength: 1}},
    schema: {type: 'string', minLength: 1},
    schematron: {type: 'string', minLength: 1},
    phase: {type: 'string', minLength: 1},
    catalog: {anyOf: [{type: 'string', minLength: 1}, {type: 'array', items: {type: 'string', minLength: 1}}]},
    schemaMap: {type: 'object', additionalProperties: {type: 'string', minLength: 1}},
    allowNetwork: {type: 'boolean'},
    embeddedSchematron: {type: 'boolean'}
  }
} as const
