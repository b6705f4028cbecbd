/** Rule ids the HTML edition can emit (the stylesheets' error QNames in xslt/common/errors.xsl). */
import {registerRules} from '../core/rules.js'

registerRules([
  {id: 'unhandled-element', source: 'xslt', defaultSeverity: 'info', description: 'An element has no specific rendering; its content is shown as plain text with a class naming it.'},
  {id: 'unsafe-pointer', source: 'xslt', defaultSeverity: 'warning', description: 'A pointer uses a scheme that is never turned into a link (only #fragment, http(s) and relative links are).'},
  {id: 'pointer-several-targets', source: 'xslt', defaultSeverity: 'info', description: 'A pointer has several targets (whitespace-separated); the HTML edition links the first only.'},
  {id: 'dangling-pointer', source: 'xslt', defaultSeverity: 'warning', description: 'A #fragment pointer names no element of the document.'},
  {id: 'render-not-tei', source: 'xslt', defaultSeverity: 'warning', description: 'The root element is not TEI or teiCorpus; the document is rendered as generic content.'},
  {id: 'render-deep-markup', source: 'xslt', defaultSeverity: 'warning', description: 'Elements are nested deeper than the editions can render (200 levels); their text is kept, their markup dropped.'},
  {id: 'render-failed', source: 'xslt', defaultSeverity: 'error', description: 'The edition could not be produced from this document (for example because it is not well-formed XML).'},
])
