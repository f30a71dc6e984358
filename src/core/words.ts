// Part of speech for single words, from compromise's lexicon (24,000 words with tags:
// first names, countries, organisations, verb forms) plus suffix rules. A lookup costs
// a hash probe, so we get compromise's knowledge without running its tagger on whole
// documents (about 100 KB/s) — the rules only ever need the class of a word or two.
import nlp from 'compromise';
import type { Token } from './segment';

export type WordClass = 'det' | 'num' | 'adj' | 'noun' | 'proper' | 'verb' | 'prep' | 'conj' | 'pron' | 'adv' | 'punct';

type Lexicon = Record<string, string | string[]>;
let lexicon: Lexicon | null = null;
function lex(): Lexicon {
  if (!lexicon) lexicon = (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;
  return lexicon;
}

export function tagsOf(word: string): string[] {
  const t = lex()[word];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Copula', 'Modal', 'Verb', 'Gerund', 'PhrasalVerb', 'Imperative', 'Auxiliary']);
const NOUN_TAGS = new Set(['Singular', 'Plural', 'Noun', 'Uncountable', 'Actor', 'Organization', 'Place', 'Country', 'City', 'Region', 'Person', 'ProperNoun', 'MaleName', 'FemaleName', 'FirstName', 'LastName', 'Demonym', 'Unit', 'Currency', 'SportsTeam']);
const EXTRA_PREPS = new Set(['of', 'from', 'for', 'at', 'in', 'with', 'on', 'to', 'by', 'near', 'inside', 'within', 'under', 'about', 'across', 'among', 'between', 'into', 'outside', 'behind', 'over', 'against', 'during', 'through', 'toward', 'towards', 'without', 'after', 'before', 'since', 'per', 'via', 'like', 'amid', 'including']);
const DETS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'many', 'several', 'few', 'most', 'all', 'both', 'each', 'every', 'another', 'other', 'any', 'no', 'such', 'one', 'more', 'much']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'who', 'whom', 'which', 'that', 'someone', 'somebody', 'everyone', 'nobody', 'one']);
const CONJ = new Set(['and', 'or', 'but', 'nor', 'so', 'yet', 'because', 'although', 'though', 'while', 'whereas', 'if', 'unless', 'when', 'whether', 'as', 'than']);

/** The class of a token in context; `capitalised mid-sentence` means a name. */
export function classOf(tok: Token, sentenceInitial = false): WordClass {
  if (tok.kind === 'p') return 'punct';
  if (tok.kind === 'n') return 'num';
  const w = tok.lower.replace(/'s$/, '');
  if (DETS.has(w)) return 'det';
  if (PRONOUNS.has(w) && w !== 'that' && w !== 'one') return 'pron';
  if (CONJ.has(w)) return 'conj';
  const capital = /^\p{Lu}/u.test(tok.text);
  const tags = tagsOf(w);
  if (tags.includes('Preposition') || EXTRA_PREPS.has(w)) return 'prep';
  if (capital && !sentenceInitial) return tags.includes('Demonym') ? 'adj' : 'proper';
  // Sentence-initial verbs are rare in news; a capitalised one is a name ("State Department").
  if (capital && tags.length && tags.every((t) => VERB_TAGS.has(t))) return 'proper';
  if (tags.includes('Cardinal') || tags.includes('TextValue')) return 'num';
  if (tags.includes('Determiner')) return 'det';
  if (tags.some((t) => NOUN_TAGS.has(t))) return capital ? 'proper' : 'noun';
  if (tags.some((t) => VERB_TAGS.has(t)) || tags.includes('Participle')) return 'verb';
  if (tags.includes('Adjective') || tags.includes('Comparative') || tags.includes('Superlative')) return 'adj';
  if (tags.includes('Adverb')) return 'adv';
  if (capital) return 'proper';
  if (/ly$/.test(w)) return 'adv';
  if (/(ed|ing)$/.test(w)) return 'verb';
  return 'noun';
}

export function isFirstName(word: string): boolean {
  const t = tagsOf(word.toLowerCase());
  return t.includes('MaleName') || t.includes('FemaleName') || t.includes('FirstName');
}

export function genderOfFirstName(word: string): 'm' | 'f' | null {
  const t = tagsOf(word.toLowerCase());
  if (t.includes('MaleName') && !t.includes('FemaleName')) return 'm';
  if (t.includes('FemaleName') && !t.includes('MaleName')) return 'f';
  return null;
}

export function isPlaceOrCountry(word: string): boolean {
  const t = tagsOf(word.toLowerCase());
  return t.includes('Country') || t.includes('City') || t.includes('Region') || t.includes('Place');
}

export function isKnownOrganization(phrase: string): boolean {
  return tagsOf(phrase.toLowerCase()).includes('Organization');
}
