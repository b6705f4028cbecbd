/** The `render` section: how editions look (CSS), which templates (an XSLT layer) and parameters. */

/** Settings of `teipipe render` and of the build's publishing step. */
export interface RenderConfig {
  /** A CSS file added to every HTML page after teipipe's own styles. */
  css?: string
  /** XSLT customisation layers imported over the stock stylesheets. */
  xslt?: {html?: string; text?: string}
  /** Stylesheet parameters. */
  params?: {siteTitle?: string; baseUrl?: string; citation?: string}
  /** Text edition profile. */
  profile?: 'reading' | 'diplomatic'
}

/** JSON Schema of the section (the editions workstream extends it). */
export const renderSection = {
  type: 'object',
  description: 'Settings of `teipipe render` and of the build\'s publishing step.',
  additionalProperties: false,
  properties: {
    css: {type: 'string', minLength: 1},
    xslt: {
      type: 'object',
      additionalProperties: false,
      properties: {html: {type: 'string', minLength: 1}, text: {type: 'string', minLength: 1}}
    },
    params: {
      type: 'object',
      additionalProperties: false,
      properties: {siteTitle: {type: 'string'}, baseUrl: {type: 'string'}, citation: {type: 'string'}}
    },
    profile: {type: 'string', enum: ['reading', 'diplomatic']}
  }
} as const
