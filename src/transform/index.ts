/** The editions: HTML and plain text. */
export {editionStylesheet, renderHtml, HTML_PARAMS, type RenderHtmlOptions} from './html.js'
export {CustomisationError} from '../build/stylesheets.js'
export {renderText, type RenderTextOptions, type TextProfile} from './text.js'
