/** The rule ids a Schematron file gives its checks, read without compiling it (for the config's `rules`). */
import {readFileSync} from 'node:fs'

/**
 * The `@id`s of every `assert` and `report` in the Schematron files at `paths` (unreadable files are skipped),
 * sorted and unique. These are the ids teipipe's messages carry for Schematron findings (ISO/IEC 19757-3 §5.4.1,
 * §5.4.12), so a config may switch them off like any other rule id.
 */
export function schematronRuleIds(paths: readonly (string | undefined)[]): string[] {
  const ids = new Set<string>()
  for (const path of paths) {
    if (path === undefined) continue
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch {
      continue
    }
    for (const m of text.matchAll(/<(?:[\w.-]+:)?(?:assert|report)\b[^>]*?\sid\s*=\s*(["'])(.*?)\1/g)) if (m[2]) ids.add(m[2])
  }
  return [...ids].sort()
}
