/** Rule ids the validate stage emits (Schematron rules bring their own ids from the .sch file). */
import {registerRules} from '../core/rules.js'

registerRules([
  {id: 'element-not-allowed', source: 'relaxng', defaultSeverity: 'error', description: 'An element appears where the schema does not allow it.'},
  {id: 'element-incomplete', source: 'relaxng', defaultSeverity: 'error', description: 'An element lacks content the schema requires.'},
  {id: 'text-not-allowed', source: 'relaxng', defaultSeverity: 'error', description: 'Text appears in an element that may contain only elements.'},
  {id: 'attribute-not-allowed', source: 'relaxng', defaultSeverity: 'error', description: 'An attribute is not allowed on its element.'},
  {id: 'attribute-value-invalid', source: 'relaxng', defaultSeverity: 'error', description: 'An attribute has a value the schema does not accept (not in its list, or not of its type).'},
  {id: 'attribute-invalid', source: 'relaxng', defaultSeverity: 'error', description: 'An element lacks a required attribute, or an attribute is not allowed or has a value the schema does not accept (when teipipe cannot tell which).'},
  {id: 'value-invalid', source: 'relaxng', defaultSeverity: 'error', description: 'The content of an element is not a value of the type the schema requires.'},
  {id: 'id-duplicate', source: 'relaxng', defaultSeverity: 'error', description: 'Two elements carry the same xml:id.'},
  {id: 'schema-invalid', source: 'relaxng', defaultSeverity: 'error', description: 'The document does not match the schema (any other schema error).'},
  {id: 'schema-error', source: 'relaxng', defaultSeverity: 'error', description: 'The schema is missing, unreadable or broken, so no file could be validated.'},
  {id: 'engine-out-of-memory', source: 'relaxng', defaultSeverity: 'error', description: 'The validator ran out of memory.'},
  {id: 'schematron-error', source: 'schematron', defaultSeverity: 'error', description: 'The Schematron file is missing, unreadable or cannot be compiled, or a rule failed to run.'}
])

registerRules([
  {id: 'element-unknown', source: 'relaxng', defaultSeverity: 'error', description: 'An element the schema does not define anywhere (a misspelt name, or an element from another namespace or project).'},
  {id: 'attribute-missing', source: 'relaxng', defaultSeverity: 'error', description: 'An element lacks an attribute the schema requires.'},
  {id: 'idref-missing', source: 'relaxng', defaultSeverity: 'error', description: 'An attribute of type IDREF points to an identifier no element in the document has.'}
])

registerRules([
  {id: 'schema-not-found', source: 'relaxng', defaultSeverity: 'error', description: "The schema a file names in its <?xml-model?> cannot be found on this machine (teipipe never fetches it unless allowed), so the file was not checked against it."},
  {id: 'schematron-embedded', source: 'schematron', defaultSeverity: 'warning', description: 'A file names Schematron rules in a file that is neither a .sch file nor a RELAX NG schema embedding them (e.g. an XML Schema), which teipipe does not run; extract them to a .sch file.'}
])

registerRules([
  {id: 'schematron-engine-limit', source: 'schematron', defaultSeverity: 'error', description: 'The XSLT engine running the Schematron rules ran out of stack on a document that is not deeply nested (a rule applying a function such as translate() to a very long text); the schema checks were still made.'},
  {id: 'nesting-too-deep', source: 'schematron', defaultSeverity: 'error', description: 'A document nests elements deeper than teipipe can follow: beyond 200 levels the Schematron rules cannot run (the schema checks were still made); beyond 2,000 levels the build cannot read it for the site, so it is not published (listed as failed, with this reason, on the index page).'}
])
