// Decides what kind of source a source phrase names (guide §1, "Source types"),
// from its head word and its modifiers, in the order of notes §4: pronoun,
// document, spokesperson of an organisation, named person, organisation, unnamed.
import type { SourceType } from './types';
import {
  DOCUMENT_HEADS, GROUP_NOUNS, HONORIFICS, KNOWN_ORG_PHRASES, POLL_SHARE, POST_MODIFIER, KNOWN_ORGS, ORG_HEADS, ROLE_PLURAL,
  ROLE_SINGULAR, UNIQUE_TITLES,
} from './lexicon';
import { isFirstName, isKnownOrganization, isPlaceOrCountry, tagsOf } from './words';

export type PronounSource = 'he' | 'she' | 'it' | 'they' | 'we' | 'i' | 'who';

export interface Typed {
  type: SourceType;
  /** The phrase cannot be a source (no person, group, organisation or document). */
  notASource?: boolean;
  pronoun: PronounSource | null;
}

const OUTLET_WORDS = /^(newspaper|paper|magazine|website|site|outlet|network|channel|broadcaster|tabloid|daily|weekly|agency|firm|company|group|organization|organisation|nonprofit|union|bank|station|blog|publication|think-tank|coalition|charity)$/;
const SPOKES = /^(spokesman|spokeswoman|spokesperson|spokespeople|representative|representatives|press secretary|secretary)$/;

export function typeSource(phrase: string): Typed {
  const src = phrase.replace(/\s+/g, ' ').trim();
  // "he's said": the contraction is the pronoun
  const lower = src.toLowerCase().replace(/’/g, "'").replace(/^(he|she|it|they|who)'s$/, '$1');
  if (/^(no one|nobody|none|no-one|nothing)$/.test(lower)) return { type: 'unnamed-person', pronoun: null, notASource: true };
  if (/^(he|she|it|they|we|i|who)$/.test(lower)) {
    const p = lower as PronounSource;
    const type: SourceType = p === 'it' ? 'organization' : p === 'they' ? 'unnamed-group' : p === 'we' ? 'organization' : 'person';
    return { type, pronoun: p };
  }
  // "I. Charles McCullough III", "Martin Luther King Jr.": a generational suffix is not the head
  const pre = src.split(POST_MODIFIER)[0].replace(/,?\s+(?:Jr\.?|Sr\.?|II|III|IV)$/, '');
  const words = pre.split(' ').filter(Boolean);
  const last = words[words.length - 1] ?? '';
  const head = last.toLowerCase().replace(/['’]s?$/, '').replace(/[^\p{L}\p{N}.&-]/gu, '');
  const first = (words[0] ?? '').toLowerCase();
  const capitalised = (w: string) => /^\p{Lu}/u.test(w);
  const allCaps = words.length > 0 && words.filter((w) => !/^(the|of|and|for|&|de|al|bin|van|von|da|la|le|du)$/i.test(w)).every(capitalised);
  const result = (type: SourceType): Typed => ({ type, pronoun: null });

  // Poll shares: "three in five", "Six in 10", "two out of three" voters
  // and percentages and respondents: a poll's respondents speak through the poll (guide §1)
  if (/^(?:\S+\s+){0,2}(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[-\s]+(?:in|out\s+of)[-\s]+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(src)) return result('document');
  if (POLL_SHARE.test(src) || /\brespondents\b/i.test(pre)) return result('document');
  // "Nearly half said", "a majority said", "those surveyed said": shares of those polled
  if (/^(?:(?:nearly|almost|about|roughly|just|only|more than|less than|fewer than|over|under)\s+)?(?:half|a third|a quarter|two-thirds|a majority|a plurality)$/i.test(src) ||
    /^those\s+(?:surveyed|polled|questioned)\b/i.test(src)) return result('document');
  if (/^those\s+\p{Ll}+ed$/iu.test(src)) return result('unnamed-group'); // "those interviewed"
  if (/^(?:those|others|many|some)$/i.test(pre)) return result('unnamed-group'); // "Those who oppose the plan", capitalised or not
  // "Fact-checkers", "Caucus-goers": a hyphenated common plural, capitalised only as the sentence's first word
  if (words.length === 1 && /^\p{Lu}\p{Ll}+-\p{Ll}+[^s]s$/u.test(words[0])) return result('unnamed-group');
  // "Another said", "One said": a quantifier standing for one person, capitalised or not
  if (/^(?:yet\s+)?(?:another|one|each|either|neither)$/i.test(src)) return result('unnamed-person');
  // Coordinated names: "He and House Judiciary Committee Chairman Bob Goodlatte"
  if (/^(he|she) and /i.test(lower)) return result('person');
  // a capitalised name ending in a document word is an outlet: "The Harbor Ledger", "the Daily Record"
  // "the paper reported": a newspaper; "a paper by two economists found": a document
  if (/^the\s+(?:\S+\s+)?paper$/i.test(pre) && !/\b(white|working|research|position|discussion)\s+paper$/i.test(pre)) return result('organization');
  // "the party's top figures" are people, not numbers
  if (/^figures?$/.test(head) && /\b(top|key|leading|public|political|senior|prominent|major|party|establishment)\s+figures?$/i.test(pre)) return result(head === 'figure' ? 'unnamed-person' : 'unnamed-group');
  if (DOCUMENT_HEADS.has(head) && !(capitalised(last) && allCaps && (ORG_HEADS.has(head) || words.length >= 2))) return result('document');
  // Ends with a personal name: "State Department spokesman John Kirby", "Missouri
  // Secretary of State Jason Kander" — the name makes it a person whatever the title.
  const all = src.split(' ');
  if (all.length >= 2 && /^\p{Lu}/u.test(all[all.length - 1]) && isFirstName(all[all.length - 2].replace(/[^\p{L}]/gu, '')) && /^\p{Lu}/u.test(all[all.length - 2])) return result('person');
  // "Portuguese newspaper Correio de Manha", "the advocacy group Democracy for America":
  // a name right after a word for an organisation names that organisation
  const kindWord = words.findIndex((w, k) => k < words.length - 1 && OUTLET_WORDS.test(w) && words.slice(k + 1).every((x) => capitalised(x) || /^(de|del|da|do|dos|das|la|le|el|of|for|the|and|al|du)$/.test(x)));
  if (kindWord >= 0) return result('organization');
  // The guide types an organisation's unnamed spokesperson as the organisation.
  if (SPOKES.test(head) || /\b(spokesman|spokeswoman|spokesperson)\b/i.test(pre)) return result('organization');
  if (isOrganization(lower, words, head, allCaps)) return result('organization');
  // "the Independent", "the Pentagon": people do not take "the" before their name.
  // ("the Science and Technology Directorate": function words inside the name are fine)
  if (/^the$/i.test(words[0] ?? '') && words.length > 1 && allCaps && capitalised(last) && !words.some((w) => HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')))) return result('organization');
  // Lawyers or representatives of an organisation speak for it.
  if (/^(lawyers|attorneys|representatives|counsel)$/.test(head) && /\s(?:for|with|representing)\s+(?:the\s+)?\p{Lu}|\s(?:for|representing)\s+the\s+(?:department|agency|company|government|campaign|administration|city|state)/iu.test(src)) return result('organization');
  if (isNamedPerson(words, head, allCaps)) return result('person');
  // Unique titles: "the prime minister", "Israel's foreign intelligence chief".
  if (UNIQUE_TITLES.has(head) && !ROLE_PLURAL.has(head) && (first === 'the' || /['’]s$/.test(words.slice(0, -1).join(' ')) || capitalised(words[0] ?? '') && words.length > 1 && !/^(a|an)$/.test(first))) {
    return result('person');
  }
  if (/^(daughter|son|wife|husband|mother|father|brother|sister|widow|widower|spouse|niece|nephew|grandson|granddaughter|grandmother|grandfather|aunt|uncle|cousin|fiancée|fiancee|fiancé|fiance|partner|boyfriend|girlfriend)$/.test(head) && (/^(the|my|his|her|their|our|your)$/.test(first) || words.slice(0, -1).some((w) => /['’]s$/.test(w)))) return result('person');
  if (ORG_HEADS.has(head.replace(/ies$/, 'y').replace(/(ss|sh|ch|x)es$/, '$1').replace(/([^s])s$/, '$1')) && !capitalised(last)) return result('organization');
  if (ROLE_PLURAL.has(head) || GROUP_NOUNS.has(head) && !capitalised(last) || /^(dozens|hundreds|thousands|some|many|several|most|others|both|all)$/.test(head)) return result('unnamed-group');
  if (/s$/.test(head) && !/ss$/.test(head) && !ROLE_SINGULAR.has(head) && (!capitalised(last) || commonPlural(words, head))) {
    // An unknown plural: most that speak are groups of people ("plaintiffs",
    // "heavyweights", "majorities"); a poem's "the gulls have said" slips through.
    return result('unnamed-group');
  }
  // A title without "the" or a possessive is one of many who hold it: "a police chief",
  // "a former ambassador" is an unnamed person, not the office.
  if (ROLE_SINGULAR.has(head) || UNIQUE_TITLES.has(head) && !capitalised(last)) return result('unnamed-person');
  // Agent nouns name people: "the designer", "a bystander", "the pollster".
  if (/(?:er|or|ist|ian|ant|ent|eur|ee)$/.test(head) && !/(?:paper|center|centre|chamber|order|register|carrier|computer|monitor|tower|corridor|sector|parliament|government|department|movement|agreement|statement|document|report|chapter|letter|quarter|poster|newsletter|river|water)$/.test(head) && !capitalised(last)) return result('unnamed-person');
  if (capitalised(last)) return result(words.length === 1 && isPlaceOrCountry(head) || madeOfCommonWords(words) ? 'organization' : 'person');
  return result('organization');
}

function isOrganization(lower: string, words: string[], head: string, allCaps: boolean): boolean {
  if (KNOWN_ORGS.has(head) && (words.length === 1 || allCaps || /^the$/i.test(words[0]))) return true;
  // on the phrase before its post-modifiers: "officials at the Justice Department" are people
  const preLower = words.join(' ').toLowerCase();
  if (KNOWN_ORG_PHRASES.some((p) => preLower.endsWith(p) || preLower === `the ${p}`)) return true;
  if (ORG_HEADS.has(head)) return true;
  const name = words.filter((w) => !/^the$/i.test(w)).join(' ');
  if (allCaps && isKnownOrganization(name)) return true;
  if (allCaps && words.length <= 2 && words.every((w) => /^the$/i.test(w) || isPlaceOrCountry(w.toLowerCase()))) return true;
  if (allCaps && /^[A-Z][A-Z.&-]{1,}$/.test(words[words.length - 1] ?? '') && !HONORIFICS.has(head)) return true; // acronyms: "FBI", "G-III"
  return false;
}

function isNamedPerson(words: string[], head: string, allCaps: boolean): boolean {
  const capitalised = (w: string) => /^\p{Lu}/u.test(w);
  const last = words[words.length - 1] ?? '';
  if (!capitalised(last) || ROLE_PLURAL.has(head)) return false;
  if (commonPlural(words, head)) return false;
  const honorificBefore = words.slice(0, -1).some((w) => HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')));
  const firstName = words.slice(0, -1).some((w) => capitalised(w) && isFirstName(w));
  if (honorificBefore || firstName) return true;
  if (allCaps && words.filter((w) => !/^the$/i.test(w)).length <= 4 && !/^the$/i.test(words[0]) && !madeOfCommonWords(words)) {
    // a capitalised run that is not a place, a known organisation or an org head
    return !words.some((w) => tagsOf(w.toLowerCase()).includes('Organization')) && !(words.length === 1 && isPlaceOrCountry(head));
  }
  return false;
}

/** "Engineers familiar with…" opening a sentence: one capitalised word that is an
 *  ordinary plural (or -s verb form) in the lexicon, not a name. */
function commonPlural(words: string[], head: string): boolean {
  if (words.length !== 1 || !/[^s]s$/.test(head)) return false;
  // "Fact-checkers", "Caucus-goers": a hyphenated compound is as common as its last part
  const tags = tagsOf(head.includes('-') ? head.slice(head.lastIndexOf('-') + 1) : head);
  return tags.some((t) => t === 'Plural' || t === 'PresentTense') && !tags.some((t) => NAME_TAGS.includes(t));
}

const NAME_TAGS = ['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person', 'Place', 'Country', 'City', 'Region', 'Honorific'];
const COMMON_TAGS = ['Noun', 'Singular', 'Plural', 'Uncountable', 'Adjective', 'Verb', 'Infinitive', 'PresentTense', 'Comparative', 'Superlative'];

/** "Bloomberg New Energy Finance", "Harbor Analytics": a capitalised run made mostly of
 *  ordinary English words names a company or an outlet; people's names are not made of
 *  them ("Faiza Patel", "Bill Millis"). The guide: a person only on evidence of one. */
function madeOfCommonWords(words: string[]): boolean {
  const named = words.filter((w) => !/^the$/i.test(w));
  if (named.length < 2) return false;
  let common = 0;
  for (const w of named) {
    const tags = tagsOf(w.toLowerCase().replace(/['’]s$/, '').replace(/[^\p{L}-]/gu, ''));
    if (tags.some((t) => COMMON_TAGS.includes(t)) && !tags.some((t) => NAME_TAGS.includes(t))) common++;
  }
  return common * 2 > named.length;
}
