/** The editions. The text edition's module is written separately; it is loaded when present. */
export {renderHtml, type RenderHtmlOptions} from './html.js'
export {loadRenderText, type RenderText} from './load-text.js'
