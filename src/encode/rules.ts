/** Rule ids the encoder emits (source 'encode'). */
import {registerRules} from '../core/rules.js'

const url = 'src/encode/README.md'

registerRules([
  {id: 'encode-empty-input', source: 'encode', defaultSeverity: 'error', description: 'The source text is empty.', url},
  {id: 'encode-binary-input', source: 'encode', defaultSeverity: 'error', description: 'The source contains NUL bytes: it is a binary file, not text.', url},
  {id: 'encode-not-utf8', source: 'encode', defaultSeverity: 'error', description: 'The source is not valid UTF-8 text.', url},
  {id: 'encode-unbalanced-bracket', source: 'encode', defaultSeverity: 'warning', description: 'A square bracket is opened and never closed, or closed without being opened; the bracket is kept in the text as written and the words around it read as text.', url},
  {id: 'encode-frame-incomplete', source: 'encode', defaultSeverity: 'warning', description: 'The archive page lacks part of its frame (date line, title, summary, "Document Information"); the text was encoded and the missing parts left out of the header.', url},
  {id: 'encode-truncated', source: 'encode', defaultSeverity: 'warning', description: 'The capture stops before the document ends; what is there was encoded and gap reason="truncated-capture" marks the end.', url},
  {id: 'encode-control-character', source: 'encode', defaultSeverity: 'warning', description: 'The text holds a character XML forbids (a control character); it was left out and marked with gap reason="control-character".', url},
  {id: 'encode-block-kept-plain', source: 'encode', defaultSeverity: 'warning', description: 'A block did not fit the known conventions without losing words; it was kept as a plain paragraph.', url},
  {id: 'encode-plain-text', source: 'encode', defaultSeverity: 'warning', description: 'The source has no archive page layout; a minimal TEI document was made from it.', url},
  {id: 'encode-output-invalid', source: 'encode', defaultSeverity: 'error', description: 'The TEI the encoder made does not pass teipipe\'s own schema or rules (an encoder fault): it is written for review, not published until it passes (encode and build alike).', url},
  {id: 'encode-words-lost', source: 'encode', defaultSeverity: 'error', description: 'Words of the source are missing from the TEI (the encoder would have lost text).', url},
  {id: 'encode-unrecognised-feature', source: 'encode', defaultSeverity: 'warning', description: 'A line or bracket the encoder does not recognise was kept as a plain paragraph or note; check it.', url},
  {id: 'encode-extent-guessed', source: 'encode', defaultSeverity: 'warning', description: 'The passage a translator\'s note points at could not be delimited; the whole paragraph is targeted with low certainty.', url},
  {id: 'encode-date-ambiguous', source: 'encode', defaultSeverity: 'warning', description: 'A numeric date such as 11.01.1962 can be read day-first or month-first and the document does not decide; it was left without a normalised value.', url},
  {id: 'encode-edit-ambiguous', source: 'encode', defaultSeverity: 'error', description: 'A correction in the .edits.json sidecar finds text that occurs more than once and does not say which occurrence ("occurrence": N); it is applied to none.', url},
  {id: 'encode-edit-stale', source: 'encode', defaultSeverity: 'error', description: 'An editorial decision in the .edits.json sidecar no longer matches the source text.', url},
  {id: 'encode-edits-invalid', source: 'encode', defaultSeverity: 'error', description: 'The .edits.json sidecar cannot be read or does not follow the documented format.', url}
])
