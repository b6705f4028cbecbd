/**
 * Block and line conventions (archive-conventions.md §3), in the order the body writer consults them: the top of the
 * document (opener lines, then headings), then each block (page markers, footnotes, distribution, closers, quoted
 * messages, headings, lists, speaker turns, paragraphs).
 */
import type {BlockRecogniser} from './types.js'
import {recogniser as classification} from './classification/index.js'
import {recogniser as handling} from './handling/index.js'
import {recogniser as routing} from './routing/index.js'
import {recogniser as subject} from './subject/index.js'
import {recogniser as salutation} from './salutation/index.js'
import {recogniser as dateline} from './dateline/index.js'
import {recogniser as participants} from './participants/index.js'
import {recogniser as pageMarker} from './page-marker/index.js'
import {recogniser as footnote} from './footnote/index.js'
import {recogniser as distribution} from './distribution/index.js'
import {recogniser as valediction} from './valediction/index.js'
import {recogniser as signatureBlock} from './signature-block/index.js'
import {recogniser as embeddedMessage} from './embedded-message/index.js'
import {recogniser as enclosure} from './enclosure/index.js'
import {recogniser as heading} from './heading/index.js'
import {recogniser as table} from './table/index.js'
import {recogniser as listItem} from './list-item/index.js'
import {recogniser as speakerTurn} from './speaker-turn/index.js'
import {recogniser as numberedParagraph} from './numbered-paragraph/index.js'

export const BLOCKS: readonly BlockRecogniser[] = [
  classification, handling, routing, subject, salutation, dateline, participants, pageMarker, footnote, distribution,
  valediction, signatureBlock, embeddedMessage, enclosure, heading, table, listItem, speakerTurn, numberedParagraph
]
