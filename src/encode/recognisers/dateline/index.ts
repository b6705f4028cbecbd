/**
 * §3 datelines: "Budapest, 1980 October 31", "Pyongyang, 13 May 1950", "New Delhi, 1st April, 1949.", and the Roman
 * month with slashes of other telegram forms, even in a file-number shape ("ON/28/IX/62", body/fields.ts) → dateline
 * with placeName and date.
 */
import type {BlockRecogniser} from '../types.js'

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`
const DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s${MONTH},?\s\d{4}|${MONTH}\s\d{1,2},?\s\d{4}|\d{4}\s${MONTH}\s\d{1,2}|\d{1,2}[./]\d{1,2}[./-]\d{2,4}|\d{1,2}\.[IVX]{1,4}\.\d{4}|(?:[A-Z]{1,4}\/)?\d{1,2}[/-][IVX]{1,4}[/-]\d{2,4})`
export const DATELINE = new RegExp(String.raw`^(?:(\p{Lu}[\p{L}.'’ -]{1,30}),\s)?(${DATE})\.?$`, 'u')

export const recogniser: BlockRecogniser = {
  name: 'dateline',
  convention: '"Budapest, 1980 October 31", "Pyongyang, 13 May 1950", "13/5-50" → dateline with placeName and date',
  accepts: (text) => DATELINE.test(text)
}
