/** Rule ids the parse stage emits. */
import {registerRules} from '../core/rules.js'

registerRules([
  {id: 'not-well-formed', source: 'xml', defaultSeverity: 'error', description: 'The file is not well-formed XML (or is empty), so nothing else can be checked.'},
  {id: 'not-tei', source: 'xml', defaultSeverity: 'error', description: 'The root element is not TEI or teiCorpus in the TEI namespace.'},
  {id: 'entity-limit-exceeded', source: 'xml', defaultSeverity: 'error', description: 'Internal DOCTYPE entities expand beyond safe limits (billion laughs) or refer to themselves.'},
  {id: 'external-entity-ignored', source: 'xml', defaultSeverity: 'warning', description: 'An external entity was not loaded: teipipe never reads files a document points to.'},
  {id: 'external-dtd-ignored', source: 'xml', defaultSeverity: 'warning', description: 'An external DTD was not loaded: teipipe never reads files a document points to.'}
])
