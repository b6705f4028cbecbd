/** teipipe's public API. Re-exports only. */
export {TeiFile, FileFailure, type OutputKind} from './core/file.js'
export {createMessage, formatMessage, formatPlace, compareMessages, type Message, type MessageOptions, type MessageSource, type Point, type Position, type Severity} from './core/message.js'
export {LineIndex} from './core/position.js'
export {registerRules, getRule, listRules, type RuleMeta} from './core/rules.js'
export {runStages, type Stage, type Context} from './core/pipeline.js'
export {countMessages, exitCode, type Statistics} from './core/statistics.js'
export {run} from './cli/run.js'
export {VERSION} from './version.js'
