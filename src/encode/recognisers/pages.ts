/** Page-layout conventions (§1), in order. */
import type {PageRecogniser} from './types.js'

export const PAGES: readonly PageRecogniser[] = []
