/**
 * The corpus site as the build sees it (CONTRACTS.md "Corpus site <-> build"): per-document facts
 * (cached by the build), the site's pages from all facts, and each document's navigation parameters.
 * The site workstream's src/site/ implements them; this is the build's one door to it.
 */
export {documentFacts, failedFacts, type DocumentFacts, type RegisterRef} from '../site/facts.js'
export {TreeDepthError} from '../site/xml-tree.js'
export {documentNav, sitePages, type NavParams} from '../site/site.js'
export {compareByDate} from '../site/dates.js'
