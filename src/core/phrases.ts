// Noun phrases inside one sentence's tokens: the phrase that ends right before a cue
// (walking left), the phrase that starts after one (walking right), their heads, and
// what may sit between a subject and its cue. Shared by the attribution rules.
import type { Span } from './types';
import type { Token } from './segment';
import { inside, tokenStartingAt } from './segment';
import { classOf } from './words';
import { CUE_ADVERBS, DOCUMENT_HEADS, DOCUMENT_VERBS, NP_STOPWORDS, ORG_HEADS, POST_MODIFIER, ROLE_PLURAL, ROLE_SINGULAR, SPEECH_VERBS, UNIQUE_TITLES } from './lexicon';

export const PARTICIPLE_MODIFIERS = new Set(['briefed', 'involved', 'familiar', 'close', 'knowledgeable', 'based', 'aware', 'privy', 'responsible', 'tasked', 'assigned', 'working', 'speaking', 'representing', 'allied', 'loyal', 'affiliated', 'opposed', 'close']);

export const PREPOSITIONAL_VERBS_AFTER = new Set(['in', 'on', 'at', 'during', 'last', 'this', 'earlier', 'later', 'late', 'yesterday', 'today', 'tonight', 'who', 'when', 'after', 'before', 'while', 'as', 'via', 'through', 'from']);

export const MAX_NP = 14;

/** Words that cannot head a source: times, media, bare determiners. */
/** Sentence adverbs that sit between a subject and its verb. */
/** Quantifiers that head a source on their own ("many said", "half said"). */
const QUANTIFIER_HEADS = /^(few|many|most|several|some|others|both|all|half)$/;

export const CONNECTIVES = /^(however|though|meanwhile|moreover|instead|nonetheless|nevertheless|therefore|furthermore|indeed|also|too|still|thus|hence|likewise|otherwise|perhaps|apparently|reportedly|allegedly)$/;

export const NOT_HEADS = /^(today|tonight|yesterday|tomorrow|now|then|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|weekend|month|year|email|e-mail|phone|telephone|interview|statement's|the|a|an|this|that|these|those|its|his|her|their)$/i;

export const TIME_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|morning|afternoon|evening|night|week|weekend|month|year|late|early|last|this|next|on|earlier|later|a|ago)$/;

export const PAST = /(ed|^said|^told|^wrote|^found|^showed|^shown)$/;

/** Noun phrase ending at token `j`, walking left; [first, last] token indices. */
export function leftNP(toks: Token[], j: number, quotes: Span[]): [number, number] | null {
  const last = j;
  const t0 = toks[j];
  if (!t0 || t0.kind === 'p' || inside(t0.start, quotes)) return null;
  // Right before a cue, a verb-looking word is the subject's head noun ("the report said").
  // "those surveyed said", "those interviewed said": the participle is the head
  if (/^\p{Ll}+ed$/u.test(t0.text) && toks[j - 1]?.lower === 'those') return [j - 1, j];
  const c0raw = classOf(t0, j === 0);
  if (SPEECH_VERBS.has(t0.lower) && PAST.test(t0.lower)) return null; // "said said": a cue is not a source
  // "her thinking", "the planning": a gerund after a possessive or determiner is a noun
  const gerundNoun = /ing$/.test(t0.lower) && j > 0 && (classOf(toks[j - 1], j - 1 === 0) === 'det' || /['’]s$/.test(toks[j - 1].text));
  const c0 = c0raw === 'verb' && (!/(ed|ing)$/.test(t0.lower) || gerundNoun) && !CUE_ADVERBS.has(t0.lower) ? 'noun' : c0raw;
  // "a source close to him said": an object pronoun ends a post-modifier
  const objectOfPreposition = /^(him|her|them|us|me)$/.test(t0.lower) && j > 1 && classOf(toks[j - 1]) === 'prep';
  if (c0 === 'pron' && !objectOfPreposition) return /^(he|she|it|they|we|i|who)(['’]s)?$/.test(t0.lower) ? [j, j] : null;
  if (c0 === 'verb' || c0 === 'conj' || c0 === 'prep' || NP_STOPWORDS.has(t0.lower) && c0 !== 'det' && !(c0 === 'proper' && j > 0 && /^\p{Lu}/u.test(t0.text))) return null;
  let k = j;
  while (k > 0 && last - k < MAX_NP) {
    const p = toks[k - 1];
    if (p.kind === 'p') {
      if (p.text === '-' || p.text === '&' || p.text === '.' && /^\p{Lu}$/u.test(toks[k - 2]?.text ?? '')) { k--; continue; }
      break;
    }
    if (inside(p.start, quotes)) break;
    // "three in 10 saying", "six out of 10": a share of those polled is one phrase
    if (p.lower === 'in' && k >= 2 && classOf(toks[k]) === 'num' && classOf(toks[k - 2], k - 2 === 0) === 'num') { k -= 2; continue; }
    let c = nounInContext(toks, k - 1, classOf(p, k - 1 === 0));
    if (c === 'verb' && compoundModifier(toks, k - 1)) c = 'noun';
    if (c === 'pron' || c === 'verb' && !PARTICIPLE_MODIFIERS.has(p.lower) && !reducedRelative(toks, k - 1) || c === 'adv' && !/^(also|only|even)$/.test(p.lower) && !/ly$/.test(p.lower)) break;
    if (c === 'conj' && p.lower !== 'and' && p.lower !== 'or') break;
    // "an adviser to Trump", not "to say" nor "declined to comment and aides"
    const toNoun = p.lower === 'to' && classOf(toks[k]) !== 'verb' && !(k >= 2 && classOf(toks[k - 2], k - 2 === 0) === 'verb');
    if (NP_STOPWORDS.has(p.lower) && !toNoun && p.lower !== 'and' && p.lower !== 'or' && (c !== 'det' || /^(that|this|these|those)$/.test(p.lower))) {
      // "declined to comment and Senate aides said": what follows "to" is the
      // infinitive's object; only the conjunct after "and" is the subject
      if (p.lower === 'to') for (let m = last - 1; m > k; m--) if (toks[m].lower === 'and') { k = m + 1; break; }
      break;
    }
    k--;
  }
  // Trim leading words that cannot start a noun phrase.
  while (k < last) {
    const c = classOf(toks[k], k === 0);
    // ("At least four senators": the hedge is not part of the source)
    if (c === 'prep' || c === 'conj' || c === 'adv' || c === 'verb' || toks[k].kind === 'p' || /^(least|most)$/.test(toks[k].lower) && classOf(toks[k + 1]) === 'num') k++;
    else break;
  }
  return k <= last ? [k, last] : null;
}

/** "the server taken from her house", "documents obtained by the paper": a past
 *  participle between a noun and a preposition modifies the noun, the phrase goes on. */
function reducedRelative(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t || !/^(?:\p{Ll}+ed|taken|given|seen|held|found|shown|written|sent|kept|built|caught|stolen|seized|drawn)$/u.test(t.text)) return false;
  const next = toks[k + 1];
  const before = toks[k - 1];
  return !!next && /^(from|by|in|at|during|with|on|into|under)$/.test(next.lower) && !!before && before.kind === 'w' && classOf(before) === 'noun' && k > 1 && toks[k - 2].kind === 'w';
}

/** Noun phrase starting at token `i`, walking right: stops at clause boundaries.
 *  `long` keeps post-modifiers and coordination (after "according to"). */
export function rightNP(toks: Token[], i: number, quotes: Span[], long: boolean): [number, number] | null {
  const first = toks[i];
  if (!first || first.kind === 'p' && !/^[$]/.test(first.text) || inside(first.start, quotes)) return null;
  let k = i;
  let last = -1;
  while (k < toks.length && k - i < (long ? 24 : MAX_NP)) {
    const t = toks[k];
    if (t.kind === 'p') {
      // "CNN/ORC", "AT&T", "U.S.": punctuation inside a name
      if (t.text === '-' || t.text === '&' || t.text === '/' && t.start === toks[k - 1]?.end || t.text === '.' && /^\p{Lu}$/u.test(toks[k - 1]?.text ?? '')) { k++; continue; }
      break;
    }
    if (inside(t.start, quotes)) break;
    let c = k > i ? nounInContext(toks, k, classOf(t, false)) : classOf(t, false); // "a recent report from"
    if (c === 'verb' && k > i && classOf(toks[k - 1], false) === 'det') c = 'adj'; // "the mediating countries"
    // "two nurses", "by nurses who…": a plural the lexicon files as a verb, where a noun must be
    if (c === 'verb' && /[^s']s$/.test(t.lower) && (k === i || toks[k - 1].kind === 'n' || classOf(toks[k - 1], false) === 'num')) c = 'noun';
    if (c === 'verb' && compoundModifier(toks, k)) c = 'noun'; // "the state transport agency"
    // "exit polling data", "the voting records": an -ing word before a noun modifies it
    if (c === 'verb' && long && k > i && /ing$/.test(t.lower) && toks[k + 1]?.kind === 'w' && classOf(toks[k + 1], false) === 'noun' && !SPEECH_VERBS.has(t.lower)) c = 'noun';
    // "said retired Army Lt. Gen. Mick Bednarek", "said ranking Democrat Elijah Cummings",
    // "of digital consulting firm IMGE": a participle before a name or a noun modifies it
    if (c === 'verb' && /^\p{Ll}+(?:ed|ing)$/u.test(t.text) && !SPEECH_VERBS.has(t.lower) && toks[k + 1]?.kind === 'w' && (/^\p{Lu}/u.test(toks[k + 1].text) || classOf(toks[k + 1], false) === 'noun')) c = 'adj';
    if (long && k > i && /^(who|whom)$/.test(t.lower) && last === k - 1) {
      // "two managers who were briefed on the plan": the relative clause describes the source
      let e = k + 1;
      while (e < toks.length && e - k < 12 && toks[e].kind !== 'p' && !inside(toks[e].start, quotes)) e++;
      if (e - 1 > k) last = e - 1;
      break;
    }
    if (k > i && (c === 'verb' && !(long && (PARTICIPLE_MODIFIERS.has(t.lower) || /ed$/.test(t.lower))))) break;
    if (c === 'pron' && k > i) break;
    if (c === 'conj' && !(long && (t.lower === 'and' || t.lower === 'or'))) break;
    if (!long && c === 'prep' && !/^(of|for|at|to|from|with)$/.test(t.lower)) break;
    // ("USA Today", "This Week": capitalised, these are part of a name)
    if (!long && PREPOSITIONAL_VERBS_AFTER.has(t.lower) && k > i && !(t.text !== t.lower && /^\p{Lu}/u.test(toks[k - 1].text))) break;
    // "according to exit polling data": a base form opening a long phrase is a noun
    if (k === i && c === 'verb' && long && !/(ed|ing)$/.test(t.lower) && toks[k + 1]?.kind === 'w') c = 'noun';
    if (k === i && (c === 'verb' || c === 'prep' || c === 'conj')) return null;
    if (c !== 'prep' && c !== 'conj' && c !== 'det') last = k;
    k++;
  }
  if (last < i && /^(some|many|most|others|several|few|all|both)$/.test(first.lower)) return [i, i]; // "by some", "by many"
  return last >= i ? [i, last] : null;
}

/** "Two engineers who inspected the span said": when the phrase before the cue ends
 *  a relative clause, the source is the noun phrase the clause describes (with it). */
export function relativeClauseStart(toks: Token[], npStart: number, quotes: Span[]): number | null {
  if (npStart < 2 || classOf(toks[npStart - 1]) !== 'verb' && classOf(toks[npStart - 1]) !== 'prep') return null;
  for (let w = npStart - 1; w > 0 && npStart - w < 12; w--) {
    const t = toks[w];
    if (t.kind === 'p') return null;
    if (opensRelative(toks, w)) {
      const head = leftNP(toks, w - 1, quotes);
      return head && classOf(toks[w - 1]) !== 'pron' ? head[0] : null;
    }
  }
  return null;
}

/** "Residents whose homes were destroyed said", "organizations that have endorsed him
 *  say": a subject whose relative clause ends in a verb, where no noun phrase ends
 *  right before the cue. Returns the subject's first and last token indices. */
export function relativeSubjectBefore(toks: Token[], j: number, quotes: Span[]): [number, number] | null {
  let verb = false;
  for (let w = j; w > 0 && j - w < 12; w--) {
    const t = toks[w];
    if (t.kind === 'p') return null;
    if (opensRelative(toks, w)) {
      const head = leftNP(toks, w - 1, quotes);
      return verb && head && classOf(toks[w - 1]) !== 'pron' ? [head[0], j] : null;
    }
    if (classOf(t, w === 0) === 'verb') verb = true;
  }
  return null;
}

/** Token w opens a relative clause: who, whom, whose, or a "that" after a noun. */
function opensRelative(toks: Token[], w: number): boolean {
  const l = toks[w].lower;
  if (l === 'who' || l === 'whom' || l === 'whose') return true;
  return l === 'that' && w > 0 && toks[w - 1].kind === 'w' && /^(noun|proper)$/.test(classOf(toks[w - 1], w - 1 === 0)) && /s$/.test(toks[w - 1].lower);
}

/** "state transport agency": a base-form verb followed by a noun is a noun modifier
 *  (the lexicon knows "state", "transport", "control" as verbs first). */
export function compoundModifier(toks: Token[], k: number): boolean {
  const t = toks[k];
  const n = toks[k + 1];
  // never a modal or an auxiliary: "the levy would pass" is a clause, not a compound
  if (!n || n.kind !== 'w' || /(s|ed|ing)$/.test(t.lower) || t.text !== t.lower || CUE_ADVERBS.has(t.lower)) return false;
  const nc = classOf(n, false);
  return (nc === 'noun' || nc === 'proper') && !SPEECH_VERBS.has(n.lower) && !DOCUMENT_VERBS.has(n.lower);
}

/** "the report", "congressional report": a word the lexicon calls a verb is a noun
 *  right after a determiner, an adjective or a possessive. */
export function nounInContext(toks: Token[], k: number, c: ReturnType<typeof classOf>): ReturnType<typeof classOf> {
  if (c !== 'verb' || k === 0) return c;
  const left = toks[k - 1];
  const lc = classOf(left, k - 1 === 0);
  if (/ed$/.test(toks[k].lower) && lc === 'det') return 'adj'; // "the retired neurosurgeon"
  if (/ed$/.test(toks[k].lower) || /ing$/.test(toks[k].lower) && lc !== 'det' && !/['’]s$/.test(left.text)) return c;
  return lc === 'det' || lc === 'adj' || /['’]s$/.test(left.text) ? 'noun' : c;
}

/** Split "three officials … and a statement from …" into its coordinated sources. A
 *  split happens only where the right side starts a new phrase (a determiner, a
 *  number or a name), so "involved in or briefed on" stays whole. */
export function splitCoordination(toks: Token[], np: [number, number]): Span[] {
  const parts: Span[] = [];
  let start = np[0];
  for (let k = np[0] + 1; k < np[1]; k++) {
    if (toks[k].lower !== 'and') continue;
    const nxt = toks[k + 1];
    const c = classOf(nxt, false);
    if ((c === 'det' || c === 'num' || c === 'proper') && k - 1 >= start) {
      parts.push({ start: toks[start].start, end: toks[k - 1].end });
      start = k + 1;
    }
  }
  parts.push({ start: toks[start].start, end: toks[np[1]].end });
  return parts;
}

/** "Rep. Hank Johnson (D-Ga.)": the index of the last token before a short
 *  parenthetical that ends at `k`, or `k` itself. */
export function skipParenthetical(toks: Token[], k: number): number {
  if (toks[k]?.text !== ')') return k;
  let open = k - 1;
  while (open > 0 && toks[open].text !== '(' && k - open < 8) open--;
  return toks[open]?.text === '(' && open > 0 ? open - 1 : k;
}

export function endsWithName(toks: Token[], k: number): boolean {
  const t = toks[k];
  return !!t && t.kind === 'w' && /^\p{Lu}/u.test(t.text) || !!t && t.kind === 'n';
}

/** A source must end in a noun or a pronoun: never a time word, a verb, an adjective
 *  or a lone determiner ("Witnesses late Sunday said", "said by email"). */
export function nominalHead(toks: Token[], source: Span): boolean {
  let k = tokenStartingAt(toks, source.start);
  while (k + 1 < toks.length && toks[k + 1].end <= source.end) k++;
  const last = toks[k];
  // a time word ends a long phrase legitimately ("a report released last year")
  const short = k - tokenStartingAt(toks, source.start) < 2;
  if (!last || short && last.kind === 'n' && /^\d{4}s?$/.test(last.text)) return false;
  if (last.kind !== 'w') return last.kind === 'n' || last.text === ')';
  // ("The email said": an email after its determiner is a document, not a medium)
  if (NOT_HEADS.test(last.lower) && short && !(/^(email|e-mail)$/.test(last.lower) && classOf(toks[k - 1] ?? last) === 'det')) return false;
  // "three helicopters, however, suggests": a sentence adverb between commas heads nothing
  if (CONNECTIVES.test(last.lower)) return false;
  const c = classOf(last, k === 0);
  const noun = ROLE_SINGULAR.has(last.lower) || ROLE_PLURAL.has(last.lower) || UNIQUE_TITLES.has(last.lower) || DOCUMENT_HEADS.has(last.lower) || ORG_HEADS.has(last.lower);
  // "a personal call", "blunt Republican claims": a phrase of adjectives alone names no
  // one (only "the" makes them a noun: "the elite", "the policy-making elite")
  if (c === 'adj' && !noun && last.text === last.lower) {
    const first = tokenStartingAt(toks, source.start);
    let nominal = false;
    for (let m = first; m < k && !nominal; m++) nominal = /^(noun|proper|pron|num)$/.test(classOf(toks[m], m === 0));
    if (!nominal && !/^(the|these|those)$/.test(toks[first].lower) && !QUANTIFIER_HEADS.test(last.lower)) return false;
  }
  // "the elite", "the wealthy": an adjective after a determiner is a noun
  return !(c === 'adj' && short && !noun && last.text === last.lower && classOf(toks[k - 1] ?? last) !== 'det' && !QUANTIFIER_HEADS.test(last.lower));
}

/** "Witnesses late Sunday said": the index before a time phrase that sits between the
 *  subject and its cue, or `j` when there is none (a source never ends in a time). */
export function skipTimePhrase(toks: Token[], j: number): number {
  let k = j;
  while (k >= 0 && toks[k].kind === 'w' && TIME_WORD.test(toks[k].lower)) k--;
  if (k === j || k < 0 || toks[k].kind !== 'w' || !/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|morning|afternoon|evening|night|week|weekend|month|year|later|earlier|ago)$/.test(toks[j].lower)) return j;
  return classOf(toks[k], k === 0) === 'prep' || classOf(toks[k], k === 0) === 'verb' || /ed$/.test(toks[k].lower) ? j : k;
}

/** A determiner opens the noun phrase that ends at `j`, over at most three lower-case
 *  modifiers ("a new government strategy"). */
export function determinerBefore(toks: Token[], j: number): boolean {
  for (let k = j - 1; k >= 0 && j - k <= 3; k--) {
    const t = toks[k];
    const c = classOf(t, k === 0);
    if (c === 'det') return true;
    if (t.kind !== 'w' || t.text !== t.lower || !/^(noun|adj)$/.test(c)) return false;
  }
  return false;
}

/** The head word of a source phrase, for lexicon checks. */
export function headWord(src: string): string {
  const pre = src.split(POST_MODIFIER)[0].replace(/\s+(?:present|there|here|themselves|himself|herself)$/i, '');
  const words = pre.split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase().replace(/['’]s?$/, '').replace(/[^\p{L}\p{N}.-]/gu, '');
}
