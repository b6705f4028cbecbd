/**
 * Words around names (grammar, not names): forms of address and offices that precede a person's name, and head
 * nouns of organisation names beyond compromise's list. Each list is a closed class of the archive's English.
 */

/** Offices and forms of address printed before a person's name ("Comrade", "Cde.", "Ambassador", "PM"). */
export const PERSON_TITLES = new Set([
  'comrade', 'comrades', 'cde.', 'comr.', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'messrs.', 'dr.', 'sir', 'lord', 'shri', 'sardar', 'pandit', 'madame', 'monsieur',
  'ambassador', 'amb.', 'president', 'vice-president', 'premier', 'minister', 'chancellor', 'chairman', 'secretary', 'general', 'gen.', 'marshal',
  'admiral', 'colonel', 'col.', 'captain', 'capt.', 'major', 'lieutenant', 'lt.', 'consul', 'counsellor', 'counselor', 'attaché', 'attache',
  'envoy', 'mp', 'emperor', 'king', 'queen', 'prince', 'princess', 'pope', 'pm', 'professor', 'prof.', 'governor', 'senator', 'deputy', 'comrades',
  // Forms of address of other origins and spellings of other archives ("Herr Adenauer", "Secretary-General Hammarskjöld").
  'herr', 'frau', 'señor', 'senor', 'señora', 'mme.', 'mme', 'mlle.', 'dr', 'generalissimo', 'secretary-general', 'vice-premier', 'vice-chairman',
  'ambassador-at-large', 'tov.', 'rev.', 'excellency', 'h.e.', 'undersecretary', 'under-secretary', 'vp', 'director', 'comandante',
  // Military ranks beyond those above ("Brigadier J. P. Dalvi", "Major-General Kaul", "Commissar Ivanov").
  'brigadier', 'brig.', 'major-general', 'lieutenant-general', 'brigadier-general', 'commodore', 'commissar', 'sergeant', 'sgt.',
  // The Burmese honorific ("U Thant", "U Nu").
  'u'
])

/** Words after a title that are part of the office, not a name ("Ambassador Extraordinary and Plenipotentiary"). */
export const TITLE_FOLLOWERS = new Set(['extraordinary', 'plenipotentiary', 'elect', 'designate', 'emeritus', 'general', 'interim', 'himself', 'herself', 'counsellor', 'counselor'])

/** Units of a ministry or an army that a number names ("Tenth Department", "Second Committee", "Seventh Fleet"). */
export const NUMBERED_UNITS = new Set(['department', 'directorate', 'division', 'section', 'bureau', 'office', 'committee', 'commission', 'army', 'fleet', 'corps', 'administration', 'sector'])

/** Words that may stand between an office and a name without being the name ("Vice Premier", "Foreign Minister"). */
export const TITLE_PARTS = new Set(['vice', 'deputy', 'first', 'prime', 'foreign', 'defence', 'defense', 'national', 'chief', 'state', 'general', 'acting', 'field', 'his', 'her', 'federal', 'under', 'assistant', 'executive', 'party'])

/** Head nouns of organisation names that compromise's list lacks (the diplomatic and party apparatus). */
export const ORG_HEADS = new Set([
  'embassy', 'consulate', 'legation', 'mission', 'delegation', 'ministry', 'party', 'politburo', 'presidium', 'secretariat', 'assembly', 'nations',
  'cabinet', 'parliament', 'duma', 'yuan', 'diet', 'chancellery', 'directorate', 'department', 'office', 'institute', 'university', 'school',
  'foundation', 'library', 'archive', 'archives', 'program', 'programme', 'commission', 'committee', 'council', 'court', 'bureau', 'agency',
  'government', 'army', 'navy', 'force', 'fleet', 'league', 'front', 'faction', 'group', 'church', 'bank', 'fund', 'corporation', 'association', 'union'
])

/**
 * Heads that name an alliance only after the place that names it ("Warsaw Pact", "Baghdad Pact", "Atlantic Alliance");
 * after anything else they name a treaty or an idea ("Molotov-Ribbentrop Pact", "Non-Aggression Pact").
 */
export const ALLIANCE_HEADS = new Set(['pact', 'alliance'])

/**
 * Head nouns of enterprises ("Hwanghae Iron Works", "Kirov Plant", "Hungnam Fertilizer Factory", "Darkhan Industrial
 * Complex") and legal forms closing a company's name ("Boeing Inc."). They name a body only after a proper word
 * (a place or a name): "the Power Plant", "the Selected Works" stay common nouns.
 */
export const ENTERPRISE_HEADS = new Set(['works', 'factory', 'mill', 'mills', 'plant', 'combine', 'kombinat', 'complex', 'shipyard', 'shipyards', 'mine', 'mines', 'enterprise', 'company', 'inc.', 'inc', 'ltd.', 'ltd', 'corp.', 'corp', 'gmbh', 'plc'])

/** Prefixes that make the name after them an enterprise's (GDR "VEB Carl Zeiss Jena", "VVB", "Kombinat Robotron"). */
export const ENTERPRISE_PREFIXES = new Set(['VEB', 'VVB', 'Kombinat'])

/** Heads compromise lists that name events or generic things in this archive, never an organisation here. */
export const NOT_ORG_HEADS = new Set(['conference', 'congress', 'summit', 'session', 'meeting', 'plenum', 'care', 'data', 'design', 'development', 'education', 'energy', 'capital', 'community', 'collective', 'communications', 'movement', 'estate', 'girls', 'boys', 'crew'])

/** Organisation heads after which "in <Place>" belongs to the name ("Romanian Embassy in Pyongyang"). */
export const LOCATED_ORGS = new Set(['embassy', 'consulate', 'legation', 'mission', 'delegation', 'office'])

/** Lower-case words that may join the words of one name ("Ministry of Foreign Affairs", "Party of Labour"). */
export const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'da', 'do', 'dos', 'van', 'von', 'der', 'al', 'bin', 'on'])

/** Place heads compromise lists that are common nouns of this archive's prose ("the Present State", "the camp"). */
export const NOT_PLACE_HEADS = new Set(['complex', 'state', 'states', 'province', 'district', 'county', 'region', 'territory', 'estates', 'camp', 'crossing', 'junction', 'square', 'heights', 'downs'])

/** Adjectives of states that compromise does not tag as demonyms but that name a state's bodies ("Soviet Embassy"). */
export const DEMONYM_LIKE = new Set(['soviet', 'czechoslovak', 'yugoslav', 'east', 'west'])
