/** The output folder a command writes to (build, render, encode -o): checked before any work starts. */
import {accessSync, constants, existsSync, statSync} from 'node:fs'
import {dirname, relative} from 'node:path'
import {UsageError} from './command.js'
import {makeFolders} from '../core/fs.js'
import {samePath} from '../core/folders.js'
import {fileErrorReason} from '../core/file-errors.js'
import {nameClashes} from '../core/names.js'

/**
 * The output folder must be a folder that can be created and written, checked before any work starts
 * (a wrong -o is the user's mistake: a plain sentence and exit 2, never an internal error or a long run
 * whose every document then fails). `choose` names the option that sets it, for the message. Throws UsageError.
 */
export function checkOutputFolder(out: string, cwd: string, choose: string): void {
  const shown = relative(cwd, out) || '.'
  // Nothing is created here (a build that stops early writes nothing): the nearest existing folder decides.
  let existing = out
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing)
  if (!statSync(existing).isDirectory()) {
    const what = existing === out ? 'is a file, not a folder' : `cannot be made: ${relative(cwd, existing) || '.'} is a file`
    throw new UsageError(`the output folder ${shown} ${what}: choose another with ${choose}.`)
  }
  try {
    accessSync(existing, constants.W_OK)
  } catch {
    throw new UsageError(`the output folder ${shown} cannot be written (permission denied on ${relative(cwd, existing) || '.'}): choose another with ${choose}.`)
  }
}

/** Make the output folder (checked by {@link checkOutputFolder} first); a folder that cannot be made (under /proc, say) is a UsageError. */
export function makeOutputFolder(out: string, cwd: string, choose: string): void {
  try {
    makeFolders(out)
  } catch (error) {
    throw new UsageError(`the output folder ${relative(cwd, out) || '.'} cannot be made (${fileErrorReason(error)}): choose another with ${choose}.`)
  }
}

/**
 * No output may be written over an input of the same run (`render a.txt -o .` would replace `a.txt` with its
 * text edition; `encode x.xml -o .` the source with its TEI): `planned` are the paths the run would write and
 * `inputs` the files it reads (absolute paths, and as the user named them). Checked before anything is written; throws UsageError naming both.
 */
export function checkOutputsApartFromInputs(outputs: readonly string[], inputs: readonly {path: string; shown: string}[], cwd: string, choose: string): void {
  for (const output of outputs) {
    const input = inputs.find((i) => samePath(i.path, output))
    if (input !== undefined) throw new UsageError(`the output ${relative(cwd, output) || output} would be written over the input file ${input.shown}: nothing was written; choose another output folder with ${choose}.`)
  }
}

/**
 * No two inputs of one run may be written under the same name (`render a/x.xml b/x.xml` would write x.html
 * twice, the second over the first; `encode a/x.txt b/x.txt` likewise x.xml): checked before anything is
 * written, as `build` checks document names (`core/names.ts`: ignoring case and Unicode normalisation).
 * `inputs`: each input's output name, absolute path and path as the user named it; `outputs(name)`: the files that name
 * would be written as (for the message). Throws UsageError naming the clashing inputs.
 */
export function checkOutputNamesUnique(inputs: readonly {name: string; path: string; shown: string}[], outputs: (name: string) => string[], cwd: string): void {
  const clashes = nameClashes(inputs)
  if (clashes.length === 0) return
  const sentences = clashes.map((c) => `${c.files.join(', ')} would all be written as ${outputs(c.name).map((o) => relative(cwd, o) || o).join(' and ')}, each over the one before`)
  throw new UsageError(`${sentences.join('; ')}. Nothing was written: rename all but one of each (output names must be unique, ignoring case), or run them with different output folders (-o).`)
}
