/** Late binding to the text edition (`text.ts`, owned by the text-edition work), so that the HTML
 * edition and the commands work before it lands and use it as soon as it does. */
import type {TeiFile} from '../core/file.js'

/** The contract of `renderText` (issue 4 / brief). */
export type RenderText = (file: TeiFile, options?: {profile?: 'reading' | 'diplomatic'}) => void

/** `renderText` from ./text.js, or undefined when that module does not exist yet. */
export async function loadRenderText(): Promise<RenderText | undefined> {
  try {
    // @ts-ignore -- text.ts may not exist yet in this checkout; the import then fails and we return undefined.
    const module = (await import('./text.js')) as {renderText?: RenderText}
    return typeof module.renderText === 'function' ? module.renderText : undefined
  } catch (error) {
    if (isMissingModule(error)) return undefined
    throw error
  }
}

function isMissingModule(error: unknown): boolean {
  const code = (error as {code?: string}).code
  const message = error instanceof Error ? error.message : String(error)
  return code === 'ERR_MODULE_NOT_FOUND' || /Cannot find module|Failed to load url|Does the file exist/i.test(message)
}
