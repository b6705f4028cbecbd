/**
 * §3 signature blocks at the end of the text: "[signature] (Yu. Fadeyev)", "(A. Gromyko)", "G R O M Y K O",
 * "13/5-50. Roshchin", "Signed: X", "Signed: [Illegible signature]", "/signed/ Kim Il Sung", "Ambassador Dumitru Popa", "JOSÉ MARIA DINIZ RUIZ DE GAMBOA", "Pavlíček 388." →
 * closer with one signed per signer (persName registered; role words in roleName; a date as dateline).
 */
import type {BlockRecogniser} from '../types.js'

/** "[signature]", "[Signature]", "[signed]", "[Sgd.]", with the name after it in parentheses or not. */
export const SIGNATURE_GAP = /^\[([Ss]ignature|SIGNATURE|[Ss]igned|SIGNED|Sgd\.?)\](?:\s*\(([^()]+)\))?$/
/** A role line above a signature in normal case ("Ambassador of the USSR in the DPRK", "First Secretary of the Embassy"). */
export const ROLE_LINE = /^(?:(?:First|Second|Third|Deputy|Vice|Acting|Chief|Senior|Military|Trade|Press|Foreign|Joint|Under|Permanent|General|Executive)\s)?(?:Ambassador|Minister|Consul|Counsellor|Counselor|Attaché|Attache|Secretary|Chairman|Director|President|Premier|Head|Chargé d[’']Affaires|Chief)\b[^.!?:;]{0,80}$/u
export const PAREN_NAME = /^\(([\p{Lu}][\p{L}.'’ -]{1,40})\)$/u
/** "Ambassador Dumitru Popa", "Ambassador A. Gromyko": an office and the signer's name (initials allowed). */
export const ROLE_NAME = /^(Ambassador|Minister|Consul|Chargé d[’']Affaires|Secretary|Chairman|Director|President|Premier) ((?:\p{Lu}[\p{L}'’.-]* ?){1,3}\p{Lu}[\p{L}'’-]+)$/u
export const NAME_NUMBER = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}) (\d{1,5})(\.?)$/u
/** Capitals, letter-spaced capitals, a numeric date and a name, or "Signed: X". */
export const TYPED_SIGNATURE = /^(\d{1,2}[./]\d{1,2}[./-]\d{2,4}\.?\s+)?(Signed:?\s+|Sgd\.?\s+|\/s\/\s*)?((?:\p{Lu}\s){2,}\p{Lu}|\p{Lu}[\p{Lu}'’.-]+(?:\s\p{Lu}[\p{Lu}'’.-]+){1,6}|\p{Lu}{2}[\p{Lu}'’-]{3,}|(?:\p{Lu}\.\s?)*\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?)$/u
/** "Sd/- T. Rao", "Sd. T. Rao", "/signed/ Kim Il Sung", "/s/ Dean Rusk": the typist's mark that the original was signed, and the name. */
export const SD_NAME = /^(Sd\/-|Sd\.|Sgd\.|\/s(?:igned|gd)?\/)\s*((?:\p{Lu}\.\s?){0,3}\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})$/u
/** "Signed: [Illegible signature]", "/s/ [illegible]", "Sgd. [signature]": the mark that the original was signed, and a bracket for the signature the translator could not read or give (the bracket's TEI in signed). */
export const SIGNED_MARK = /^(Signed:?|Sgd\.?|Sd\/-|\/s(?:igned|gd)?\/)\s*(\[[^[\]]*\b(?:[Ss]ignature|[Ii]llegible|[Uu]nreadable)\b[^[\]]*\](?:\s*\[[^[\]]*(?:\[[^[\]]*\][^[\]]*)*\])*)$/
/** "For the Central Committee of …", "On behalf of the Government": the body a signer signs for. */
export const SIGNS_FOR = /^(?:For|On behalf of) (?:the )?\p{Lu}[^.!?:;]{2,100}$/u
/** Words printed alone at the end that are not a signer. */
export const NOT_A_NAME = /^(End|Translation|Unofficial|Signed|Sd|Copy|Draft|Original|Continued|Attachment|Enclosure|Seal|Stamp|Illegible|Signature|Top Secret|Secret|Confidential|Urgent|Special|Telegram|Memorandum|Annex|Appendix|Note|Notes|Distribution|Received|Sent|Copies|Attention|Approved|Agreed|Confirm|Noted|Yes|No|OK|Okay|File|Files|Archive|Registry|Reference|Copy to)\b/i

export const recogniser: BlockRecogniser = {
  name: 'signature-block',
  convention: 'signature lines ("[signature] (Name)", "(A. Gromyko)", "G R O M Y K O", "13/5-50. Roshchin", "Signed: X") → closer/signed',
  accepts: (text) => SIGNATURE_GAP.test(text) || SIGNED_MARK.test(text) || SD_NAME.test(text) || SIGNS_FOR.test(text) || (PAREN_NAME.test(text) && !NOT_A_NAME.test(text.slice(1))) || ROLE_NAME.test(text) || (TYPED_SIGNATURE.test(text) && !NOT_A_NAME.test(TYPED_SIGNATURE.exec(text)?.[3] ?? ''))
}
