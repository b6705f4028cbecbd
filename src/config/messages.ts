/** Rule ids the config module emits. */
import {registerRules} from '../core/rules.js'

registerRules([
  {id: 'config-invalid', source: 'cli', defaultSeverity: 'error', description: 'The project config file cannot be read, or a key or value in it is not one teipipe accepts.'},
  {id: 'config-unknown-rule', source: 'cli', defaultSeverity: 'warning', description: 'The config file sets a rule id that teipipe does not know, so the setting has no effect.'}
])
