/** The subcommands, in the order `--help` lists them. */
import type {CommandSpec} from '../command.js'
import {encodeCommand} from './encode.js'
import {validateCommand} from './validate.js'
import {renderCommand} from './render.js'
import {buildCommand} from './build.js'

export const commands: readonly CommandSpec[] = [encodeCommand, validateCommand, renderCommand, buildCommand]
