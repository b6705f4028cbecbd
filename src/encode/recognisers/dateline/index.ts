/**
 * §3 datelines: "Budapest, 1980 October 31", "Pyongyang, 13 May 1950", "New Delhi, 1st April, 1949.", and the Roman
 * month with slashes of other telegram forms, even in a file-number shape ("ON/28/IX/62", body/fields.ts) → dateline
 * with placeName and date.
 */
import {normaliseDate} from '../../dates.js'
import type {BlockRecogniser} from '../types.js'

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`
const DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s${MONTH},?\s\d{4}|${MONTH}\s\d{1,2},?\s\d{4}|\d{4}\s${MONTH}\s\d{1,2}|\d{1,2}[./]\d{1,2}[./-]\d{2,4}|\d{1,2}\.[IVX]{1,4}\.\d{4}|(?:[A-Z]{1,4}\/)?\d{1,2}[/-][IVX]{1,4}[/-]\d{2,4})`
export const DATELINE = new RegExp(String.raw`^(?:(\p{Lu}[\p{L}.'’ -]{1,30}),\s)?(${DATE})\.?$`, 'u')

/** A place dateline's parts: place, a German "den", the date, a closing full stop. */
export const PLACE_DATE = /^([\p{Lu}][\p{L}.'’ -]{1,30}), ((?:den )?)(.+?)(\.?)$/u
const WEEKDAYS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/

/** Whether a string is a date to the day by any date form (its last full stop its own, "23.", or the line's). */
export function isFullDate(d: string): boolean {
  return (normaliseDate(d)?.when?.length ?? 0) === 10 || (normaliseDate(d.replace(/[.,]$/, ''))?.when?.length ?? 0) === 10
}

/** A numeric day, month and year whose order the line alone does not settle ("12.11.1960", "3/4/56"). */
export const NUMERIC_DATE = /^\d{1,2}([./])\d{1,2}\1\d{2,4}$/

/**
 * Whether a line is a place dateline by the date forms ("Pyongyang, 1956. október 23.", "Berlin, den 10.11.1982").
 * A numeric date after a place ("Tirana, 12.11.1960") is a dateline even when day and month could be swapped: the
 * line's form says what it is; dates.ts decides (or reports) the order.
 */
export function isPlaceDateline(t: string): boolean {
  const m = PLACE_DATE.exec(t)
  return m !== null && !WEEKDAYS.test(m[1] ?? '') && (isFullDate(`${m[3] ?? ''}${m[4] ?? ''}`) || NUMERIC_DATE.test(m[3] ?? ''))
}

export const recogniser: BlockRecogniser = {
  name: 'dateline',
  convention: '"Budapest, 1980 October 31", "Pyongyang, 13 May 1950", "13/5-50" → dateline with placeName and date',
  accepts: (text) => DATELINE.test(text) || isPlaceDateline(text)
}
