/**
 * §3 (speeches, conversations) a bracketed event of the room: "[Applause]", "[Laughter]", "[Stir in the hall]",
 * "[Prolonged applause]", "[Applause, shouts of "Fidel! Fidel!"]" → `incident` with the words in `desc` (TEI §8.3.3:
 * "any phenomenon or occurrence … affecting communication"). An event noun opens the bracket, after at most a few
 * qualifying words; what follows it only qualifies or extends the event (never a verb of a sentence about it).
 */
import {el, esc} from '../../serialize.js'
import type {BracketRecogniser} from '../types.js'

/** Qualifiers of an event: "prolonged", "stormy, prolonged", "loud and lengthy". */
const QUALIFIER = '(?:prolonged|long|lengthy|stormy|loud|thunderous|continued|continuing|sustained|general|enthusiastic|lively|warm|friendly|tumultuous|renewed|brief|short|some|scattered|standing|great|strong|heavy|rising|growing)'
/** The events of a hall, as the transcripts name them. */
const EVENT = '(?:applause|clapping|laughter|laughs?|ovations?|cheers|cheering|shouts?|shouting|exclamations?|stir|noise|commotion|animation|uproar|murmurs?|murmuring|whistles?|whistling|booing|boos|chanting|excitement|movement|voices|indignation|agitation|approval|silence|the audience (?:rises|stands|applauds)|all (?:rise|stand))'
/** After the event: nothing, or a place, source or further event ("in the hall", "of “Fidel!”", ", shouts …", ": “Long live …”", "turning into …"). */
const AFTER = '(?:$|[.!,;:]|\\s+(?:in|of|from|among|on|at|and|turning|growing|lasting|which)\\b|\\s*[(–—-])'
const INCIDENT = new RegExp(`^(?:${QUALIFIER}(?:,?\\s+(?:and\\s+)?${QUALIFIER})*\\s+)?${EVENT}${AFTER}`, 'iu')

export const recogniser: BracketRecogniser = {
  name: 'incident',
  convention: '"[Applause]", "[Laughter]", "[Stir in the hall]" in a speech or conversation → incident with desc (TEI §8.3.3)',
  accepts: (s) => {
    const inner = s.inner.trim()
    // A short description of the room (up to about 25 words), standing between words, never inside one.
    return INCIDENT.test(inner) && inner.split(/\s+/).length <= 25 && !/\p{L}/u.test(s.before) && !/\p{L}/u.test(s.after)
  },
  render: (b) => el('incident', {}, el('desc', {}, esc(b.inner.trim())))
}
