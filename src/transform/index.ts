/** The editions: HTML and plain text. */
export {renderHtml, type RenderHtmlOptions} from './html.js'
export {renderText, type RenderTextOptions, type TextProfile} from './text.js'
