/** Finding a project's config file the way ecosystem tools do (lilconfig's upward search). */
import {lilconfigSync} from 'lilconfig'

/** Names searched in each folder, nearest folder first, in this order. */
export const configFileNames = [
  'package.json',
  'teipipe.config.json',
  '.teipiperc',
  '.teipiperc.json',
  '.teipiperc.yaml',
  '.teipiperc.yml',
  'teipipe.config.yaml',
  'teipipe.config.yml'
] as const

/**
 * The path of the config file that applies in `cwd`: the first of {@link configFileNames} in `cwd` or
 * the nearest folder above it (a package.json counts only when it has a `teipipe` key); `undefined`
 * when there is none. Searching stops at the user's home folder. Throws nothing: an unreadable or
 * broken file is found here and reported by the loader.
 */
export function findConfigFile(cwd: string): string | undefined {
  // Loaders return a marker only: parsing (with positions) is the loader's job, not lilconfig's.
  const marker = (): object => ({})
  const explorer = lilconfigSync('teipipe', {
    searchPlaces: [...configFileNames],
    loaders: {'.json': markerUnlessPackage, '.yaml': marker, '.yml': marker, noExt: marker}
  })
  try {
    return explorer.search(cwd)?.filepath
  } catch {
    return undefined
  }
}

/** For package.json, lilconfig picks the `teipipe` key from what the loader returns. */
function markerUnlessPackage(filepath: string, content: string): object | undefined {
  if (!filepath.endsWith('package.json')) return {}
  try {
    const data = JSON.parse(content) as Record<string, unknown>
    return 'teipipe' in data ? {teipipe: {}} : {}
  } catch {
    return {}
  }
}
