// The constructions in which a cue word reports speech, a view or a finding, and the
// readings in which it does not: content after or before it, "V X as Y", phrasal
// particles, catenatives, nouns that look like cues. Pure tests over one sentence's
// tokens; attributions.ts decides what to do with them.
import type { Token } from './segment';
import { classOf, tagsOf } from './words';
import {
  AS_LEMMAS, AS_ONLY_LEMMAS, BELIEF_VERBS, CUE_ADVERBS, DOCUMENT_HEADS, DOCUMENT_VERBS, ISSUED_STATEMENTS, PHRASAL_CUES, PHRASAL_VERBS,
  ROLE_PLURAL, SPEECH_VERBS, STRICT_CONTENT_LEMMAS,
} from './lexicon';

/** Cue forms that are more often nouns ("five states", "his remarks") or verbs of
 *  other senses ("maintains a lead", "posted a victory", "added to her lead"): they
 *  count only when content follows at once ("states that", "added, “…”", "noted."). */
export const NEEDS_CONTENT_LEMMAS = new Set(['state', 'maintain', 'post', 'claim', 'add', 'observe', 'repeat', 'estimate', 'comment', 'remark', 'counter', 'reveal', 'show', 'find', 'suggest', 'pledge', 'vow', 'respond', 'reply', 'tout', 'predict', 'disclose', 'dispute', 'write', 'indicate', 'conclude', 'project', 'detail', 'document',
  'rule', 'determine', 'calculate', 'concur', 'signal', 'welcome', 'question', 'hail', 'champion', 'chant', 'rail', 'joke', 'advise', 'instruct']);
export const lemmaOf = (form: string) => SPEECH_VERBS.get(form) ?? DOCUMENT_VERBS.get(form) ?? BELIEF_VERBS.get(form) ?? PHRASAL_VERBS.get(form) ?? form;
export const needsContent = (form: string) => NEEDS_CONTENT_LEMMAS.has(lemmaOf(form));
/** Verbs that take a bare content clause ("claimed it was offensive"). */
export const CLAUSE_LEMMAS = new Set(['claim', 'write', 'suggest', 'predict', 'insist', 'argue', 'warn', 'acknowledge', 'admit', 'concede', 'note', 'indicate', 'assert', 'contend', 'maintain', 'reveal', 'allege', 'repeat', 'recall', 'concur', 'state', 'declare', 'stress', 'emphasize']);

/** Forms that are nouns far more often than cues. */
export const NOUN_FORMS = new Set(['rules', 'ruling', 'rulings', 'questions', 'reads', 'reading', 'signals', 'counters', 'credits', 'hails', 'welcomes', 'remarks', 'comments', 'tweets']);

/** Base forms of cue verbs that name a thing just as often ("the jobs report", "a
 *  personal call", "blanket sharia rule"): read as nouns when nothing but a noun fits. */
export const BARE_NOUN_FORMS = new Set(['report', 'note', 'rule', 'pledge', 'stress', 'rebuke', 'call', 'show', 'claim', 'estimate', 'post', 'tweet', 'promise', 'vow', 'demand', 'urge', 'praise', 'comment', 'remark', 'reply', 'question', 'request', 'quote', 'boast', 'charge', 'appeal', 'counter', 'forecast', 'protest', 'concern', 'credit', 'doubt', 'fear', 'hope', 'view', 'hint', 'blame', 'challenge', 'dispute', 'review', 'release', 'alert', 'caution', 'signal', 'order', 'offer', 'vote', 'warning', 'statement', 'threat', 'testimony', 'tip', 'account', 'word', 'message']);

/** Words that open a verb phrase of their own: after one, the word before is its subject's head. */
export const AUXILIARY = /^(is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|does|did|remains|remained)$/;

/** What may follow "asked" when it only reports a question, not a request. */
export const QUESTION_WORDS = /^(whether|if|about|why|what|how|who|whom|when|where|which|questions?)$/;

export const CONTENT_START = /^(that|,|:|“|"|\.|!|\?|;|—|–|-|‘)$/;

export const CATENATIVES = /^(continue|continues|continued|continuing|tried|tries|try|trying|began|begins|begin|started|starts|proceeded|proceeds|moved|moves|rushed|hastened|sought|seeks|used|went|goes|go|going|gone)$/;

/** Index of the particle of a phrasal cue at `i` ("pointed out", "called for", "made
 *  clear"), or 0. */
export function phrasalParticle(toks: Token[], i: number): number {
  const lemma = PHRASAL_VERBS.get(toks[i].lower);
  if (!lemma) return 0;
  const particles = PHRASAL_CUES[lemma];
  // "made it clear", "made no secret of"
  if (lemma === 'make' && toks[i + 1]?.lower === 'it' && toks[i + 2]?.lower === 'clear') return i + 2;
  if (lemma === 'make' && toks[i + 1]?.lower === 'no' && toks[i + 2]?.lower === 'secret') return i + 2;
  // "as she put it", "as Mrs. Clinton, then the secretary of state, put it in her memoir"
  if (lemma === 'put') {
    // "officials put the death toll at 40": an estimate
    for (let k = i + 2; k < toks.length && k <= i + 6 && toks[k].kind !== 'p'; k++) {
      if (toks[k].lower === 'at' && (toks[k + 1]?.kind === 'n' || /^(about|around|roughly|nearly|more|less|least|over|under|between)$/.test(toks[k + 1]?.lower ?? ''))) return /^(the|a|an|its|his|her|their)$/.test(toks[i + 1]?.lower ?? '') ? k : 0;
    }
    if (toks[i + 1]?.lower !== 'it' || !/^[.,;:!?)—–]$/.test(toks[i + 2]?.text ?? '.') && !/^(in|on|at|last|this|to|when|while|recently|once)$/.test(toks[i + 2]?.lower ?? '')) return 0;
    for (let k = i - 1; k >= 0 && i - k <= 14; k--) {
      if (toks[k].lower === 'as') return k === 0 || /^[,;(—–“"]$/.test(toks[k - 1].text) || classOf(toks[k - 1], k - 1 === 0) === 'conj' ? i + 1 : 0;
      if (toks[k].kind === 'p' && toks[k].text !== ',') return 0;
    }
    return 0;
  }
  // "issued a statement", "released the following brief statement": the statement is the cue's end
  if (lemma === 'issue' || lemma === 'release') {
    if (!/^(a|an|the|its|his|her|their)$/.test(toks[i + 1]?.lower ?? '')) return 0;
    for (let k = i + 2; k < toks.length && k <= i + 4; k++) {
      if (ISSUED_STATEMENTS.has(toks[k].lower)) return k;
      if (toks[k].kind !== 'w' || toks[k].text !== toks[k].lower) return 0;
    }
    return 0;
  }
  return particles.includes(toks[i + 1]?.lower ?? '') ? i + 1 : 0;
}

/** The constructions in which a verb of belief, "ask", "call" or an "as" verb reports
 *  a view. Other cue verbs pass. */
export function reportingConstruction(toks: Token[], i: number, belief: boolean): boolean {
  const lemma = lemmaOf(toks[i].lower);
  const passiveAgent = toks[i + 1]?.lower === 'by' && /(ed|en|wn|ld|id|te|ht|ood)$/.test(toks[i].lower);
  if (AS_LEMMAS.has(lemma) && asFollows(toks, i)) return true;
  if (lemma === 'ask') {
    // a request ("asked the court to dismiss", "asked for"), or a quoted question
    const n = toks[i + 1];
    if (!n || QUESTION_WORDS.test(n.lower)) return false;
    if (/^[,:“"]$/.test(n.text)) return true;
    for (let k = i + 1; k < toks.length && k <= i + 12; k++) {
      if (toks[k].kind === 'p' || QUESTION_WORDS.test(toks[k].lower)) return false;
      if (toks[k].lower === 'to' && k > i + 1) return true;
    }
    return false;
  }
  if (lemma === 'call') return callsSomethingSomething(toks, i);
  // "credited the nurses with saving lives"; not "a tax credit"
  if (lemma === 'credit') return toks.slice(i + 1, i + 8).some((x) => x.lower === 'with' || x.lower === 'for');
  // "pressed for airstrikes", "pressed the city to act"; not "pressing their advantage""
  if (lemma === 'press') return /^(for|on|ahead)$/.test(toks[i + 1]?.lower ?? '') || toks.slice(i + 2, i + 7).some((x) => x.lower === 'to') && toks[i + 1]?.kind === 'w';
  if (NOUN_FORMS.has(toks[i].lower)) return false;
  const n = toks[i + 1];
  // a quotation or a colon, at once or after a comma ("He continued, “…”"); not "continues, with…"
  const quoteAt = (x: Token | undefined) => !!x && (/^[:“"‘'`]$/.test(x.text) || x.text === "''" || x.text === '``');
  if (STRICT_CONTENT_LEMMAS.has(lemma)) return !!n && (quoteAt(n) || n.text === ',' && quoteAt(toks[i + 2]) || n.lower === 'that' && lemma === 'counter') || /^[”"’']$/.test(toks[i - 2]?.text ?? '') && contentBefore(toks, i);
  // "state", "states" are nouns far more often ("five states", "a state trooper",
  // "states that vote in March"): a cue only as "states that" + a clause, or "stated"
  if (lemma === 'state' && !/^stated$/.test(toks[i].lower)) return stateAsVerb(toks, i);
  // "reports live from the field", "reports on the economy": content must follow
  // (but ", reports USA Today." is an inversion)
  // (", the Daily Caller reports." closes the sentence after its content)
  if (toks[i].lower === 'reports' && !(n && (n.lower === 'that' || /^[,:“"]$/.test(n.text) || toks[i - 1]?.text === ',' && /^\p{Lu}/u.test(n.text)) || clauseFollows(toks, i) || contentBefore(toks, i))) return false;
  if (belief) {
    // "trying to understand how…": an infinitive of belief is an attempt, not a view
    if (toks[i - 1]?.lower === 'to') return false;
    if (AS_ONLY_LEMMAS.has(lemma)) return passiveAgent;
    return passiveAgent || !subordinateSubject(toks, i) && (clauseFollows(toks, i) || contentBefore(toks, i));
  }
  return true;
}

/** "whether any of the participants knew", "letting voters know", "said he thought":
 *  a belief inside another clause is not the text crediting a view. */
export function subordinateSubject(toks: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && toks[j].kind === 'w' && CUE_ADVERBS.has(toks[j].lower)) j--;
  for (let k = j; k >= 0 && j - k < 5; k--) {
    const t = toks[k];
    if (t.kind === 'p') return false;
    if (/^(whether|if|let|lets|letting|help|helping|make|making|to|who|which|that)$/.test(t.lower) && k < j) return true;
    if (k < j && (SPEECH_VERBS.has(t.lower) || BELIEF_VERBS.has(t.lower))) return true;
  }
  return false;
}

/** "The filing states that the lease expired": a singular subject right before, "that"
 *  after, and no verb right after "that" (which would make it a relative clause). */
export function stateAsVerb(toks: Token[], i: number): boolean {
  const p = toks[i - 1];
  const n = toks[i + 1];
  if (!p || p.kind !== 'w') return false;
  const pc = classOf(p, i - 1 === 0);
  if (pc === 'det' || pc === 'adj' || pc === 'num' || pc === 'prep') return false;
  // "“Leave starts after a year,” the document states.": inverted after its quotation
  if (contentBefore(toks, i) && (pc === 'noun' || pc === 'proper' || pc === 'pron') && subjectOnlyBefore(toks, i)) return true;
  if (!n || !(n.lower === 'that' || n.text === ':')) return false;
  if (/[^s]s$/.test(p.lower) && pc === 'noun') return false;
  if (n.lower === 'that') {
    const after = toks[i + 2];
    if (!after || after.kind !== 'w' || classOf(after) === 'verb' && !/^(he|she|it|they|we|i)$/.test(after.lower)) return false;
  }
  return true;
}

/** Between the quotation's closing comma and the cue at `i` stands a bare noun phrase
 *  ("…,” the document states"), not a clause of its own ("…,” he said of the swing states"). */
function subjectOnlyBefore(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = toks[k];
    if (t.kind === 'p') return t.text === ',' || /^["”’']$/.test(t.text);
    if (/^(verb|prep|conj)$/.test(classOf(t, k === 0)) || SPEECH_VERBS.has(t.lower)) return false;
  }
  return false;
}

/** "sees Mr. Netanyahu as captured", "portrayed itself as": "as" after a short object. */
export function asFollows(toks: Token[], i: number): boolean {
  for (let k = i + 1; k < toks.length && k <= i + 14; k++) {
    const t = toks[k];
    if (t.kind === 'p' && !/^[-'’]$/.test(t.text)) return false;
    if (t.lower === 'as') return k > i + 1 || toks[i + 1]?.lower === 'as';
  }
  return false;
}

/** "called the ruling a setback", "called Mr. Trump “a liar”", "what he called …",
 *  "as she called it": naming something, not phoning or summoning. */
export function callsSomethingSomething(toks: Token[], i: number): boolean {
  let b = i - 1;
  while (b >= 0 && toks[b].kind === 'w' && (CUE_ADVERBS.has(toks[b].lower) || /^(he|she|they|it|we|i)$/.test(toks[b].lower) || /^\p{Lu}/u.test(toks[b].text))) b--;
  // ("as they call each other" is naming one another, not a view)
  if (b >= 0 && b < i - 1 && /^(what|as)$/.test(toks[b].lower)) return !(toks[i + 1]?.lower === 'each' && toks[i + 2]?.lower === 'other');
  for (let k = i + 1; k < toks.length && k <= i + 7; k++) {
    const t = toks[k];
    if (/^[“"‘']$/.test(t.text) || t.text === "''" || t.text === '``') return k > i + 1;
    if (t.kind === 'p') return false;
    if (/^(a|an)$/.test(t.lower)) return k > i + 1;
  }
  return false;
}

/** A content clause after a verb of belief: "that …", or a subject and a finite verb
 *  ("believe the rate will fall", "thinks Mr. Obama is naive"). */
export function clauseFollows(toks: Token[], i: number): boolean {
  let k = i + 1;
  while (toks[k] && toks[k].kind === 'w' && /ly$/.test(toks[k].lower)) k++;
  const n = toks[k];
  if (!n) return false;
  if (n.lower === 'that') return true;
  // "what scientists think is necessary": the object of the belief is "what"
  if (/^(is|are|was|were|will|would|could|should)$/.test(n.lower)) {
    let b = i - 1;
    while (b >= 0 && i - b <= 4 && toks[b].kind === 'w' && toks[b].lower !== 'what') b--;
    if (toks[b]?.lower === 'what') return true;
  }
  // "they expect the campaign to emphasize…": an expectation with an infinitive
  if (/^(expect|expects|expected|expecting|anticipate|anticipates|anticipated)$/.test(toks[i].lower)) {
    for (let m = k; m < toks.length && m <= k + 6; m++) {
      if (toks[m].kind === 'p') break;
      if (toks[m].lower === 'to' && m > k) return true;
    }
  }
  // an indirect question ("understand how they did it") reports no view
  if (n.kind === 'p' || /^(in|of|to|for|about|on|at|with|so|this|like|than|as|how|why|what|whether|if|where|when|who|which)$/.test(n.lower)) return false;
  if (/^(he|she|it|they|we|i|there|that)['’](s|re|ll|d|m)$/.test(n.lower)) return true; // "claims he's worth…"
  if (classOf(n) === 'verb' && !/^(he|she|they|it|we|i)$/.test(n.lower)) return false;
  for (let m = k + 1; m < toks.length && m <= k + 9; m++) {
    const t = toks[m];
    if (t.kind === 'p') return false;
    // "claims Gulen runs a network": an -s form after a singular subject and before its
    // object is a verb, whatever the lexicon says of "runs" as a noun
    const p = toks[m - 1];
    if (/[^s]s$/.test(t.lower) && t.text === t.lower && p.kind === 'w' && !/s$/.test(p.lower) && (classOf(p) === 'noun' || /^\p{Lu}/u.test(p.text)) && /^(a|an|the|his|her|their|its|no|more|about|up|out)$/.test(toks[m + 1]?.lower ?? '')) return true;
    if (/^(will|would|could|can|may|might|should|must|is|are|was|were|has|have|had|does|did|isn't|wasn't|won't|wouldn't|can't)$/.test(t.lower) || /['’](s|re|ll|d)$/.test(t.text) && m === k) return true;
    if (m > k && classOf(t) === 'verb' && /(ed|s)$/.test(t.lower) && !/ss$/.test(t.lower)) return true;
  }
  return false;
}

/** Verbs of saying that close a quotation and may take an addressee, a time or a place after them. */
const AFTER_QUOTE_LEMMAS = new Set(['say', 'add', 'write', 'tell', 'tweet', 'reply', 'explain', 'insist', 'complain', 'post', 'respond', 'note', 'argue', 'joke', 'quip', 'concede', 'admit', 'declare', 'warn', 'recall', 'conclude']);

/** Words that open an addressee, a time or a place after a cue whose content came first. */
const ADVERBIAL_AFTER_CUE = /^(to|in|on|at|during|after|before|via|when|as|while|last|this|later|earlier|yesterday|today|then|again|too|also|recently|about|of)$/;

/** Content before the cue, set off by a comma or a quotation mark: "…, they believe." */
export function contentBefore(toks: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && toks[j].kind === 'w' && CUE_ADVERBS.has(toks[j].lower)) j--;
  // the subject: one pronoun or a short noun phrase
  let s = j;
  while (s > 0 && j - s < 4 && toks[s - 1].kind === 'w') s--;
  const b = toks[s - 1];
  const after = toks[i + 1];
  // (what follows the cue may be its addressee or a time or place: "…?” Clinton writes to Sullivan.")
  return !!b && (b.text === ',' || /^["”’']$/.test(b.text)) && (!after || /^[,.;:—–!?]$/.test(after.text) || ADVERBIAL_AFTER_CUE.test(after.lower) && AFTER_QUOTE_LEMMAS.has(lemmaOf(toks[i].lower)));
}

/** "went on to say": index of the catenative verb before the "to" at `to`, or -1. */
export function catenativeBefore(toks: Token[], to: number): number {
  let k = to - 1;
  if (toks[k]?.lower === 'on' && /^(went|goes|go|going|gone)$/.test(toks[k - 1]?.lower ?? '')) return k - 1;
  if (toks[k] && /^(quick|quickest|first|eager|careful)$/.test(toks[k].lower) && /^(was|were|is|are)$/.test(toks[k - 1]?.lower ?? '')) return k - 1;
  // "voters were slightly more likely to say": a poll's comparison of what groups say
  // (not "he is likely to say", a forecast)
  if (toks[k]?.lower === 'likely' && /^(more|less|most|least|as)$/.test(toks[k - 1]?.lower ?? '')) {
    let c = k - 2;
    while (c > 0 && /^(slightly|far|much|significantly|generally|somewhat|twice|three|times|considerably|substantially|no|even|also)$/.test(toks[c].lower)) c--;
    if (/^(was|were|is|are|be|been)$/.test(toks[c]?.lower ?? '')) return c;
  }
  return toks[k] && CATENATIVES.test(toks[k].lower) && !/^(went|goes|go|going|gone)$/.test(toks[k].lower) ? k : -1;
}

/** Content right after the cue: "that", a quotation, a colon, or the end of the
 *  sentence ("…, she noted."); for pledge/vow "to" is an intention, not content. */
export function contentFollows(toks: Token[], i: number): boolean {
  let k = i + 1;
  while (toks[k] && toks[k].kind === 'w' && (CUE_ADVERBS.has(toks[k].lower) || /ly$/.test(toks[k].lower))) k++;
  let n = toks[k];
  if (!n) return true;
  // ("responds to threats": the object of "respond to" is no content)
  if (/^(in|on|to|during|at|via|through|before|after|last|this|earlier|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(n.lower) && !(n.lower === 'to' && /^(respond|reply)$/.test(lemmaOf(toks[i].lower)))) {
    // "claimed in an interview with Breitbart News that …", "said on Tuesday that …"
    for (let m = k + 1; m < toks.length && m <= k + 10; m++) {
      if (toks[m].lower === 'that' || /^[,:“"]$/.test(toks[m].text)) { n = toks[m]; break; }
    }
  }
  if (CONTENT_START.test(n.text) || n.lower === 'that') return true;
  // "claimed a new era had begun", "conceded it was late": a clause without "that"
  // ("wrote they may have…"; but "writing a book called…" is an activity: after "write"
  // the clause must open with a pronoun or a name)
  if (CLAUSE_LEMMAS.has(lemmaOf(toks[i].lower)) && clauseFollows(toks, i) && (lemmaOf(toks[i].lower) !== 'write' || /^(he|she|they|it|we|i|there)$/.test(n.lower) || /^\p{Lu}/u.test(n.text))) return true;
  // "wrote an op-ed urging…", "wrote a letter to the board": what was written
  // (a letter or an op-ed carries a view; "writing a book" is an activity)
  if (lemmaOf(toks[i].lower) === 'write') for (let m = k; m < toks.length && m <= k + 3; m++) if (/^(op-ed|letter|letters|memo|email|e-mail|column|editorial|post|essay|note|message|statement|tweet|dissent|opinion|piece|blog|commentary|comment|comments)$/.test(toks[m].lower)) return true;
  // "posted a comment on Twitter", "posted a video of the speech": what was published
  if (lemmaOf(toks[i].lower) === 'post') for (let m = k; m < toks.length && m <= k + 3; m++) if (/^(comment|comments|message|messages|statement|video|videos|photo|photos|picture|pictures|image|images|tweet|tweets|note|update|letter|link|screenshot|clip|response|reply|following)$/.test(toks[m].lower)) return true;
  // "estimates 182,000 people"", "shows Trump far out in front", "found that"
  if (/^(show|shows|showed|showing|find|finds|found|estimate|estimates|estimated|predict|predicted|suggest|suggesting|indicating)$/.test(toks[i].lower)) return n.kind === 'n' || /^\p{Lu}/u.test(n.text) || /^(the|a|an|more|most|no|both|his|her|their|its|he|she|they|it)$/.test(n.lower);
  return false;
}

/** The sentence says its source spoke anonymously ("on (the) condition of anonymity"). */
export function grantsAnonymity(toks: Token[], i: number): boolean {
  for (let k = i + 1; k < toks.length && k <= i + 30; k++) {
    if (toks[k].lower === 'anonymously' || toks[k].lower === 'anonymity' && /^(of|that)$/.test(toks[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** The form is also a plural noun ("claims", "reports", "advocates"), by the lexicon. */
export function nounToo(form: string): boolean {
  return NOUN_FORMS.has(form) || tagsOf(form).includes('Plural') || DOCUMENT_HEADS.has(form) || ROLE_PLURAL.has(form);
}

/** Token j is a verb in its context: a past form, or a base form not after a
 *  determiner or possessive ("took", "that review", but not "the report"). */
export function objectOfVerb(toks: Token[], j: number): boolean {
  const p = toks[j];
  if (p.kind !== 'w' || CUE_ADVERBS.has(p.lower) || p.text !== p.lower || classOf(p, j === 0) !== 'verb') return false;
  const before = toks[j - 1];
  if (before && (classOf(before, j - 1 === 0) === 'det' || /['’]s$/.test(before.text))) return false;
  return !/s$/.test(p.lower);
}

/** Index of "by" after a participle and a short time phrase ("reported last week by",
 *  "announced on Monday by"), or 0. */
export function agentAfterTime(toks: Token[], i: number): number {
  for (let k = i + 1; k < toks.length && k <= i + 4; k++) {
    const w = toks[k].lower;
    if (w === 'by') return k > i + 1 ? k : 0;
    if (!/^(last|this|next|on|in|early|earlier|late|later|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|night|yesterday|today)$/.test(w)) return 0;
  }
  return 0;
}
