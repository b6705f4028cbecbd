/** teipipe's version, recorded in outputs that name their producer. */
export const VERSION = '0.1.0'
