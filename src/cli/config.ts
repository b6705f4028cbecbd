/** The CLI's side of the config file: `--config`, and turning config problems into exit code 2. */
import {relative, resolve} from 'node:path'
import {formatMessage} from '../core/message.js'
import {loadConfig, resolveConfigPath, type LoadedConfig} from '../config/index.js'
import {packagePath} from '../core/paths.js'
import {schematronRuleIds} from '../validate/schematron/rule-ids.js'
import type {Resolution} from '../validate/associate.js'
import {ConfigError, type OptionSpec} from './command.js'
import type {Io} from './io.js'

/** The `--config` option every command that reads the config offers. */
export const configOption: OptionSpec = {flags: '-c, --config <file>', description: 'use this config file instead of searching for teipipe.config.json, .teipiperc(.json|.yaml) or "teipipe" in package.json'}

/**
 * Load the config for a command run in `io.cwd` (the file named by `options.config`, else the one found
 * by searching upwards from `from`, by default the working folder). Throws a {@link ConfigError} (a usage error: exit code 2) listing every problem, each as
 * `file:line:column: error reason [config-invalid]`, with paths relative to the working folder.
 */
export function loadCommandConfig(io: Io, options: Record<string, unknown>, from: string = io.cwd): LoadedConfig {
  const configPath = typeof options['config'] === 'string' ? resolve(io.cwd, options['config']) : undefined
  const loaded = loadConfig({cwd: from, ...(configPath === undefined ? {} : {configPath})})
  const errors = loaded.messages.filter((m) => m.severity === 'error')
  if (errors.length > 0) {
    const shown = errors.map((m) => ({...m, ...(m.file === undefined ? {} : {file: relative(io.cwd, m.file) || m.file})}))
    throw new ConfigError(`the config file has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`}:\n${shown.map(formatMessage).join('\n')}`, shown)
  }
  return loaded
}

/**
 * How schema addresses in `<?xml-model?>` resolve, from the config's `validate` section: `schemaMap`
 * (address → local file) and `catalog` (OASIS XML catalogs), paths relative to the config file, and
 * `allowNetwork`. Shared by `validate` and `build`.
 */
export function schemaResolution(loaded: LoadedConfig): Resolution {
  const section = loaded.config.validate ?? {}
  const catalogs = section.catalog === undefined ? [] : (Array.isArray(section.catalog) ? section.catalog : [section.catalog]).map((c) => resolveConfigPath(loaded, c))
  const schemaMap = Object.fromEntries(Object.entries(section.schemaMap ?? {}).map(([url, p]) => [url, resolveConfigPath(loaded, p)]))
  return {schemaMap, catalogs, ...(section.allowNetwork ? {allowNetwork: true} : {})}
}

/**
 * The Schematron check ids the config's `rules` may name besides the registered ones: teipipe.sch's and
 * those of `schematron` (the file the run uses instead, absolute), else of the config's `validate.schematron`.
 */
export function schematronIdsInUse(loaded: LoadedConfig, schematron?: string): string[] {
  const configured = loaded.config.validate?.schematron
  return schematronRuleIds([packagePath('schemas', 'teipipe.sch'), schematron ?? (typeof configured === 'string' ? resolveConfigPath(loaded, configured) : undefined)])
}
