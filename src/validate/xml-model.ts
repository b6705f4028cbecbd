/**
 * The `<?xml-model?>` lines that tie a TEI file to teipipe's schemas (W3C "Associating Schemas with XML
 * documents 1.0", §3): one for the RELAX NG grammar, one for the ISO Schematron rules. `teipipe init`
 * prints them; `teipipe encode` writes the same lines: relative to the folder it writes to, to the project's
 * `schemas/` when there is one, else `../schemas/…` (a `schemas/` folder beside `tei/`), as the encoder does.
 */
import {existsSync, statSync} from 'node:fs'
import {join, relative, sep} from 'node:path'

export const RELAXNG_NS = 'http://relaxng.org/ns/structure/1.0'
export const SCHEMATRON_NS = 'http://purl.oclc.org/dsdl/schematron'

/** The file names of teipipe's schemas, as `init` copies them and the PIs name them. */
export const SCHEMA_FILES = {grammar: 'teipipe.rng', rules: 'teipipe.sch'} as const

/**
 * The two `<?xml-model?>` lines for a TEI file in `teiDir` whose schemas are in `schemaDir` (both absolute
 * paths, or both relative to the same folder): hrefs are relative URI references (`/`, spaces as `%20`), so that they resolve on any
 * machine that has the same layout. Returns `[grammar, rules]`.
 */
export function xmlModelLines(teiDir: string, schemaDir: string): [string, string] {
  const base = relative(teiDir, schemaDir).split(sep).join('/')
  const href = (name: string) => escapeAttribute(encodeURI(base === '' ? name : `${base}/${name}`))
  return [
    `<?xml-model href="${href(SCHEMA_FILES.grammar)}" type="application/xml" schematypens="${RELAXNG_NS}"?>`,
    `<?xml-model href="${href(SCHEMA_FILES.rules)}" type="application/xml" schematypens="${SCHEMATRON_NS}"?>`
  ]
}

/**
 * The `<?xml-model?>` lines for TEI written into `teiDir` (absolute) of the project in `projectDir`
 * (absolute): hrefs relative to `teiDir`, to the project's `schemas/` folder when it exists (as `teipipe
 * init` makes it). Undefined when there is no such folder: the encoder's own `../schemas/…` lines stay,
 * which teipipe's validation reads as its own schemas wherever the file is (see associate.ts).
 * Used by `teipipe encode` and by the build's encoding, so that both write the same TEI.
 */
export function projectXmlModelLines(teiDir: string, projectDir: string): [string, string] | undefined {
  const schemas = join(projectDir, 'schemas')
  return existsSync(schemas) && statSync(schemas).isDirectory() ? xmlModelLines(teiDir, schemas) : undefined
}

/** The lines the encoder writes (`../schemas/teipipe.rng` and `.sch`: a `schemas/` folder beside `tei/`). */
export const ENCODER_XML_MODEL_LINES: readonly [string, string] = xmlModelLines('tei', 'schemas')

/**
 * `tei` (as the encoder wrote it) with its two `<?xml-model?>` lines replaced by `lines` (from `xmlModelLines`);
 * a text without the encoder's lines is returned unchanged.
 */
export function withXmlModelLines(tei: string, lines: readonly [string, string]): string {
  const [grammar, rules] = ENCODER_XML_MODEL_LINES
  const end = tei.indexOf('<TEI')
  const prolog = end < 0 ? tei : tei.slice(0, end)
  if (!prolog.includes(grammar) || !prolog.includes(rules)) return tei
  return prolog.replace(grammar, lines[0]).replace(rules, lines[1]) + tei.slice(prolog.length)
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}
