/** The `build` section: where a project's sources, TEI and published site live, and how to build. */

/** Settings of `teipipe build`. */
export interface BuildConfig {
  /** Folder of source texts (default `sources`). */
  sources?: string
  /** Folder of TEI documents (default `tei`). */
  tei?: string
  /** Folder the site is published to (default `dist`). */
  out?: string
  /** Worker count (default: the number of cores). */
  jobs?: number
  /** Print nothing but problems. */
  quiet?: boolean
  /** Report format: human, json, junit, github or sarif. */
  format?: string
  /** More warnings than this make the build exit 1. */
  maxWarnings?: number
}

/** JSON Schema of the section (the build workstream extends it). */
export const buildSection = {
  type: 'object',
  description: 'Settings of `teipipe build`.',
  additionalProperties: false,
  properties: {
    sources: {type: 'string', minLength: 1},
    tei: {type: 'string', minLength: 1},
    out: {type: 'string', minLength: 1},
    jobs: {type: 'integer', minimum: 1, maximum: 64},
    quiet: {type: 'boolean'},
    format: {type: 'string', enum: ['human', 'json', 'junit', 'github', 'sarif']},
    maxWarnings: {type: 'integer', minimum: 0}
  }
} as const
