/** A translator's or editor's comment on the text ("[not further identified]", "[as in the original]") → note type="translator" subtype="comment". */
import {open} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

const COMMENT = /^(?:not (?:further )?identified|unidentified|identity unknown|(?:name|person|place) (?:unknown|not identified)|as in (?:the )?original|so in (?:the )?original|thus in (?:the )?original|meaning unclear|translation uncertain|(?:presumably|apparently|evidently|likely) .{1,60}|(?:this|the) (?:word|name|phrase) is .{1,60})\.?$/i

export const recogniser: BracketRecogniser = {
  name: 'editorial-comment',
  holdsBrackets: true,
  convention: 'a comment on the text ("[not further identified]", "[as in the original]") → note type="translator" subtype="comment"',
  accepts: (s) => COMMENT.test(s.inner.trim()),
  render: (b, _ctx, tools) => `${open('note', {type: 'translator', subtype: 'comment', place: 'inline', resp: '#tr'})}${tools.pieces(b.pieces)}</note>`
}
