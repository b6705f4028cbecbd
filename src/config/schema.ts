/** The whole config file's JSON Schema, assembled from one section file per command. */
import {buildSection, type BuildConfig} from './sections/build.js'
import {renderSection, type RenderConfig} from './sections/render.js'
import {rootProperties, type RootConfig} from './sections/root.js'
import {validateSection, type ValidateConfig} from './sections/validate.js'

/** A project's configuration, as read from its config file (every key optional). */
export interface TeipipeConfig extends RootConfig {
  validate?: ValidateConfig
  build?: BuildConfig
  render?: RenderConfig
}

/** JSON Schema (draft-07) of a config file; unknown keys are errors, so a typo never passes silently. */
export const configSchema = {
  $id: 'https://teipipe.dev/schemas/config.json',
  title: 'teipipe project configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    ...rootProperties,
    validate: validateSection,
    build: buildSection,
    render: renderSection
  }
} as const
