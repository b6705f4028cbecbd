/**
 * Output names: every file a run reads is published under its file name without extension, so two inputs
 * with the same name (in different folders) would overwrite each other's outputs. Shared by `build`
 * (document ids) and by `encode` and `render` (the files of one run).
 */

/**
 * The key two names clash on: NFC-normalised (`école` typed as é or as e + U+0301 is one name: the file
 * systems of macOS normalise, others do not, and the site's URLs must not differ by invisible code points)
 * and case-folded (upper then lower case, so that ß and SS, or a final sigma, compare equal), as on
 * case-insensitive file systems. Unicode Standard Annex #15 (normalisation), §5.18 of the Standard (case folding).
 */
export function idKey(id: string): string {
  return id.normalize('NFC').toUpperCase().toLowerCase().normalize('NFC')
}

/**
 * Groups of inputs that would be written under the same name. Input: the inputs as `{name, shown}` (the
 * output name, its absolute path, and the path as the user wrote it or relative to the project), in any
 * order; the same `path` twice is one input (named twice, written once). Output: for each clashing name (in order of first appearance), the first
 * input's name and the sorted paths of all inputs claiming it; empty when all names are unique.
 */
export function nameClashes(inputs: readonly {name: string; path: string; shown: string}[]): {name: string; files: string[]}[] {
  const groups = new Map<string, {name: string; paths: Set<string>; files: Set<string>}>()
  for (const input of inputs) {
    const key = idKey(input.name)
    const group = groups.get(key) ?? {name: input.name, paths: new Set<string>(), files: new Set<string>()}
    if (group.paths.has(input.path)) continue
    group.paths.add(input.path)
    group.files.add(input.shown)
    groups.set(key, group)
  }
  return [...groups.values()].filter((g) => g.files.size > 1).map((g) => ({name: g.name, files: [...g.files].sort()}))
}
