/** Page-layout conventions (archive-conventions.md §1); page.ts `splitPage` implements them, these name and test them. */
import type {PageRecogniser} from './types.js'
import {recogniser as layoutLabelled} from './layout-labelled/index.js'
import {recogniser as layoutUnlabelled} from './layout-unlabelled/index.js'
import {recogniser as layoutLines} from './layout-lines/index.js'
import {recogniser as pdfLinkCapture} from './pdf-link-capture/index.js'
import {recogniser as truncatedCapture} from './truncated-capture/index.js'
import {recogniser as widgetLines} from './widget-lines/index.js'
import {recogniser as relatedTitle} from './related-title/index.js'
import {recogniser as creditLine} from './credit-line/index.js'

export const PAGES: readonly PageRecogniser[] = [layoutLabelled, layoutUnlabelled, layoutLines, pdfLinkCapture, truncatedCapture, widgetLines, relatedTitle, creditLine]
