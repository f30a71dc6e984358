// Finds attribution cues in one sentence and the source span each one credits.
// Sieve order (most precise first): "according to X", inverted "…, said X",
// pre-verbal "X (, appositive,) said", passive "reported by X", then gerunds
// ("…, saying"), which borrow the subject of their clause. Whether a cue word is in a
// reporting construction at all is constructions.ts's question; the noun phrases
// around it are phrases.ts's.
import type { Span } from './types';
import type { Token } from './segment';
import { inside, tokenStartingAt } from './segment';
import { closesAppositive, nothingSaid, participleModifier, pollShareBefore } from './readings';
import { classOf, isPlaceOrCountry, tagsOf } from './words';
import {
  AS_LEMMAS, BELIEF_VERBS, CUE_ADVERBS, SPEAKER_NOUNS, DOCUMENT_HEADS, DOCUMENT_VERBS, GROUP_NOUNS, ORG_HEADS, POLL_SHARE, PROPOSAL_PARTICIPLES, ROLE_PLURAL, ROLE_SINGULAR, SPEECH_VERBS, STANCE_ADJECTIVES, STANCE_LEMMAS, UNIQUE_TITLES,
} from './lexicon';
import { AUXILIARY, BARE_NOUN_FORMS, agentAfterTime, asFollows, catenativeBefore, clauseFollows, contentBefore, contentFollows, grantsAnonymity, lemmaOf, needsContent, nounToo, objectOfVerb, phrasalParticle, reportingConstruction } from './constructions';
import { CONNECTIVES, PAST, PREPOSITIONAL_VERBS_AFTER, determinerBefore, endsWithName, headWord, leftNP, nominalHead, relativeClauseStart, relativeSubjectBefore, rightNP, skipParenthetical, skipTimePhrase, splitCoordination } from './phrases';

export interface FoundAttribution {
  source: Span;
  cue: Span;
  /** How the source was found; typing and tests use it. */
  pattern: 'according-to' | 'pre-verbal' | 'appositive' | 'inverted' | 'by-agent' | 'gerund' | 'document' | 'poll';
}

const NEGATIONS = new Set(['not', "n't", 'never', 'declined', 'refused', 'cannot', "didn't", "doesn't", "don't", "won't", "wouldn't", "couldn't", 'no']);
const GERUND_CUES = new Set(['saying', 'adding', 'noting', 'arguing', 'explaining', 'insisting', 'warning', 'claiming', 'acknowledging', 'accusing', 'criticizing', 'pledging', 'tweeting', 'writing', 'asserting', 'stressing', 'emphasizing', 'suggesting', 'blaming', 'citing', 'vowing', 'telling', 'announcing', 'predicting', 'estimating', 'declaring', 'complaining', 'urging', 'calling']);
const INVERTING = new Set(['say', 'add', 'write', 'reply', 'explain', 'note', 'insist', 'recall', 'argue', 'conclude', 'warn', 'declare', 'tweet', 'post', 'caution', 'observe', 'respond', 'counter', 'admit', 'acknowledge', 'quip', 'predict', 'announce', 'report', 'state', 'comment', 'remark', 'concede', 'estimate', 'retort', 'muse', 'complain', 'boast', 'recount', 'repeat', 'reiterate', 'emphasize', 'stress', 'assert', 'contend', 'maintain', 'suggest', 'confirm', 'claim']);
const STRONG_GERUNDS = new Set(['saying', 'adding', 'telling', 'arguing', 'insisting', 'warning', 'noting', 'explaining', 'claiming', 'asserting', 'stressing', 'declaring', 'predicting', 'acknowledging', 'accusing', 'blaming', 'criticizing', 'urging']);
/** Verbs whose progressive reports speech: "the union is demanding that…". */
const PROGRESSIVE_CUES = new Set(['demand', 'urge', 'argue', 'claim', 'call', 'press', 'ask', 'tell', 'suggest', 'predict', 'promise', 'accuse', 'blame', 'criticize', 'push', 'talk', 'speak', 'point']);
/** Plain verbs of saying: these report a statement even inside another's words. */
const CLASSIC_CUES = new Set([...INVERTING, 'tell', 'announce', 'confirm', 'deny', 'report', 'testify', 'warn', 'insist']);

/** The subject at token `s` opens the content of an earlier cue: "said (that) he …". */
function insideReportedContent(toks: Token[], s: number): boolean {
  let k = s - 1;
  if (toks[k]?.lower === 'that') k--;
  while (k >= 0 && toks[k].kind === 'w' && CUE_ADVERBS.has(toks[k].lower)) k--;
  const t = toks[k];
  return !!t && t.kind === 'w' && (SPEECH_VERBS.has(t.lower) && CLASSIC_CUES.has(lemmaOf(t.lower)) || BELIEF_VERBS.has(t.lower));
}

/** Verbs of making a text public: their document "subject" is their object. */
const CREATION_LEMMAS = new Set(['post', 'write', 'tweet', 'announce', 'publish', 'release', 'issue', 'send']);
/** Verbs of finding that a person or an organisation can be the subject of. */
const RESEARCH_LEMMAS = new Set(['find', 'conclude', 'estimate', 'calculate', 'project', 'show', 'document']);
/** Participles whose "by" agent did something other than credit information. */
const NOT_AGENT_CUES = new Set(['add', 'post', 'write', 'show', 'find', 'read', 'continue', 'maintain', 'hold', 'make', 'take', 'call', 'ask', 'press', 'counter']);
const MODALS = new Set(['could', 'would', 'might', 'may', 'will', 'should', 'can', 'must', 'shall', "'ll", 'to']);

export function findAttributions(text: string, sentence: Span, toks: Token[], quotes: Span[]): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  // cue start → claimed; each cue token is visited once, so one mark per cue is enough
  const claimed = new Set<number>();
  let titleCase: boolean | null = null;
  const add = (a: FoundAttribution | null) => {
    if (!a || a.source.end <= a.source.start) return;
    if (claimed.has(a.cue.start)) return;
    // "Clinton and the State Department have said", "he and his staff … assure":
    // coordinated sources of a subject are attributions each (guide §1)
    if (a.pattern === 'pre-verbal' || a.pattern === 'appositive') {
      const first = tokenStartingAt(toks, a.source.start);
      let last = first;
      while (last + 1 < toks.length && toks[last + 1].end <= a.source.end) last++;
      const parts = splitCoordination(toks, [first, last]);
      // "declined to comment and Senate aides later said": a left conjunct that is the
      // object of a verb before it is not a source
      const before = toks[first - 1];
      const keep = parts.length > 1 && before && (before.lower === 'to' || classOf(before, first - 1 === 0) === 'verb') ? parts.slice(-1) : parts;
      for (const part of keep) out.push({ ...a, source: part });
    } else out.push(a);
    claimed.add(a.cue.start);
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'w' || inside(t.start, quotes)) continue;
    if (t.lower === 'according' && toks[i + 1]?.lower === 'to') {
      const parts = accordingTo(toks, i, quotes);
      for (const a of parts) out.push(a);
      if (parts.length) claimed.add(parts[0].cue.start);
      continue;
    }
    if (t.lower === 'in' && toks[i + 1]?.lower === 'the' && toks[i + 2]?.lower === 'words' && toks[i + 3]?.lower === 'of') {
      // "in the words of a senior adviser"
      const a = afterPreposition(toks, i, i + 3, 'according-to', quotes);
      if (a) { add(a); i += 3; continue; }
    }
    if (t.lower === 'based' && toks[i + 1]?.lower === 'on') {
      const a = basedOn(toks, i, quotes);
      if (a) { add(a); i = tokenStartingAt(toks, a.source.start); continue; }
    }
    if ((t.lower === 'citing' || t.lower === 'quoting') && toks[i - 1]?.text === ',') {
      // "The agency, citing hospital staff, reported…": the cited source is a source too
      const np = rightNP(toks, i + 1, quotes, true);
      if (np) {
        add({ source: { start: toks[np[0]].start, end: toks[np[1]].end }, cue: { start: t.start, end: t.end }, pattern: 'according-to' });
        i = np[1]; // the cited phrase holds no cue of its own
      }
      continue;
    }
    if (t.lower === 'in' && i > 0) {
      // "fell to 10 percent in the latest CNN/ORC poll": a figure reported by a poll
      const poll = inPoll(toks, i, quotes);
      if (poll) { add(poll); continue; }
    }
    if (t.lower === 'per' && i > 0 && toks[i - 1].text === ',') {
      add(afterPreposition(toks, i, i, 'according-to', quotes));
      continue;
    }
    if (STANCE_ADJECTIVES.has(t.lower) && toks[i + 1]?.lower === 'that') {
      add(stanceAdjective(text, toks, i, quotes, out));
      continue;
    }
    if (PROPOSAL_PARTICIPLES.has(t.lower) && toks[i + 1]?.lower === 'by' && i > 0 && /^(options?|plans?|proposals?|ideas?|theory|theories|arguments?|claims?|measures?|bills?|policies|policy|strategy|strategies|names?|candidates?|scenarios?)$/.test(toks[i - 1].lower)) {
      add(withCue(afterPreposition(toks, i, i + 1, 'by-agent', quotes), { start: t.start, end: t.end }));
      continue;
    }
    const particle = phrasalParticle(toks, i);
    const isBelief = !particle && BELIEF_VERBS.has(t.lower) && !SPEECH_VERBS.has(t.lower);
    const isSpeech = SPEECH_VERBS.has(t.lower) || particle > 0 || isBelief;
    const isDoc = DOCUMENT_VERBS.has(t.lower);
    if (!isSpeech && !isDoc) continue;
    // Verbs of belief, "asked", "called" and "V X as Y" verbs credit a view only in
    // their reporting constructions; elsewhere they are ordinary verbs.
    if (!particle && !reportingConstruction(toks, i, isBelief)) continue;
    const asConstruction = AS_LEMMAS.has(lemmaOf(t.lower)) && asFollows(toks, i);
    // Capitalised mid-sentence it is a name ("State Department"), unless the whole line
    // is a Title Case headline ("Trump Says He Never Pledged …").
    if (t.text !== t.lower && i > 0 && !(HEADLINE_CUES.has(t.lower) && (titleCase ??= isTitleCase(toks)))) continue;
    // "Senior officials spoke about the plan only on condition of anonymity": the terms of
    // speaking (the anonymity note), not a statement
    if (particle && /^(talk|speak)$/.test(lemmaOf(t.lower)) && grantsAnonymity(toks, i)) continue;
    const found = verbCue(text, toks, i, quotes, isSpeech, out, isBelief || particle > 0 || asConstruction);
    if (found && particle) found.cue = { start: t.start, end: toks[particle].end };
    add(found);
    if (particle) i = particle; // "took credit": the particle is not a cue of its own
  }
  return out.sort((a, b) => a.cue.start - b.cue.start);
}

/** "People briefed on the talks were adamant that…", "Mr. Ruiz resigned, convinced that…":
 *  a stance adjective with a clause credits the view to the subject of its copula (or,
 *  after a comma, to the subject of the clause it hangs on). */
function stanceAdjective(text: string, toks: Token[], i: number, quotes: Span[], earlier: FoundAttribution[]): FoundAttribution | null {
  const cue = { start: toks[i].start, end: toks[i].end };
  let j = i - 1;
  while (j >= 0 && toks[j].kind === 'w' && /^(very|so|quite|equally|increasingly|also|all|more|less|still|now|absolutely|fully)$/.test(toks[j].lower)) j--;
  const prev = toks[j];
  if (!prev) return null;
  if (prev.text === ',') {
    const subject = clauseSubject(toks, j, quotes, earlier);
    return subject && nominalHead(toks, subject) ? { source: subject, cue, pattern: 'gerund' } : null;
  }
  if (!/^(is|are|was|were|been|remain|remains|remained|seemed|seems|appeared|appears|grew|became|become)$/.test(prev.lower)) return null;
  let k = j - 1;
  while (k >= 0 && toks[k].kind === 'w' && CUE_ADVERBS.has(toks[k].lower)) {
    if (NEGATIONS.has(toks[k].lower)) return null;
    k--;
  }
  const np = leftNP(toks, k, quotes);
  if (!np) return null;
  const source = { start: toks[np[0]].start, end: toks[np[1]].end };
  if (/^(it|this|that|there|which|what)$/i.test(text.slice(source.start, source.end)) || !nominalHead(toks, source)) return null;
  return { source, cue, pattern: 'pre-verbal' };
}

/** "based on accounts from law enforcement officials", "based on court records": the
 *  people the accounts come from, or the document itself. */
function basedOn(toks: Token[], i: number, quotes: Span[]): FoundAttribution | null {
  const cue = { start: toks[i].start, end: toks[i + 1].end };
  let k = i + 2;
  while (toks[k] && /^(the|his|her|their|its|multiple|several|many|new|internal|private)$/.test(toks[k].lower)) k++;
  if (/^(accounts|interviews|information|testimony|conversations|statements)$/.test(toks[k]?.lower ?? '') && /^(from|by|with|of)$/.test(toks[k + 1]?.lower ?? '')) {
    const who = rightNP(toks, k + 2, quotes, true);
    return who ? { source: { start: toks[who[0]].start, end: toks[who[1]].end }, cue, pattern: 'according-to' } : null;
  }
  const np = rightNP(toks, i + 2, quotes, false);
  return np && DOCUMENT_HEADS.has(toks[np[1]].lower) ? { source: { start: toks[np[0]].start, end: toks[np[1]].end }, cue, pattern: 'according-to' } : null;
}

const POLL_HEADS = /^(poll|polls|survey|surveys|census|tally|count|polling)$/;

/** "in the latest CNN/ORC poll released Wednesday", "in national polls": "in" + a poll
 *  or count, after a figure in the same clause, credits the figure to it. */
function inPoll(toks: Token[], i: number, quotes: Span[]): FoundAttribution | null {
  const np = rightNP(toks, i + 1, quotes, true);
  if (!np) return null;
  let head = -1;
  for (let k = np[0]; k <= np[1] && k <= np[0] + 6; k++) if (POLL_HEADS.test(toks[k].lower)) { head = k; break; }
  if (head < 0) return null;
  let figure = false;
  for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
    if (toks[k].kind === 'p' && toks[k].text !== '%') break;
    if (toks[k].kind === 'n' || /^(percent|points)$/.test(toks[k].lower)) { figure = true; break; }
  }
  if (!figure) return null;
  return { source: { start: toks[np[0]].start, end: toks[np[1]].end }, cue: { start: toks[i].start, end: toks[i].end }, pattern: 'document' };
}










const HEADLINE_CUES = new Set(['says', 'said', 'tells', 'told', 'warns', 'claims', 'admits', 'denies', 'insists', 'argues', 'announces', 'confirms', 'reveals', 'predicts', 'vows', 'slams', 'blames', 'accuses', 'urges', 'writes']);

function isTitleCase(toks: Token[]): boolean {
  const words = toks.filter((t) => t.kind === 'w' && t.text.length > 3);
  return words.length >= 3 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length >= words.length * 0.8;
}

/** "according to three officials … and a statement from the government": one
 *  attribution per coordinated source. */
function accordingTo(toks: Token[], i: number, quotes: Span[]): FoundAttribution[] {
  const cue = { start: toks[i].start, end: toks[i + 1].end };
  const np = rightNP(toks, i + 2, quotes, true);
  if (!np) return [];
  return splitCoordination(toks, np).map((part) => ({ source: part, cue, pattern: 'according-to' as const }));
}

function afterPreposition(toks: Token[], cueFrom: number, cueTo: number, pattern: FoundAttribution['pattern'], quotes: Span[]): FoundAttribution | null {
  const np = rightNP(toks, cueTo + 1, quotes, true);
  if (!np || classOf(toks[np[0]]) === 'adv' || /^(now|then|far|then|default|far)$/.test(toks[np[0]].lower)) return null;
  // "said by email", "told by phone": a medium, not an agent
  if (pattern === 'by-agent' && MEDIA.test(toks[np[0]].lower)) return null;
  return { source: { start: toks[np[0]].start, end: toks[np[1]].end }, cue: { start: toks[cueFrom].start, end: toks[cueTo].end }, pattern };
}

function verbCue(text: string, toks: Token[], i: number, quotes: Span[], isSpeech: boolean, earlier: FoundAttribution[], constructionChecked = false): FoundAttribution | null {
  const t = toks[i];
  const cue = { start: t.start, end: t.end };
  const lemma = lemmaOf(t.lower);
  // Walk left over auxiliaries and adverbs ("has also said"); note negation.
  let j = i - 1;
  let negated = false;
  let passive = false;
  // ("most don't expect": a belief keeps its negation in the walk; it is still a view)
  const belief = BELIEF_VERBS.has(t.lower);
  // (a capitalised word mid-sentence is a name, not an auxiliary: "“It is over,” Will wrote";
  // unless the cue is capitalised too, in a title-case headline: "Things Trump Has Said")
  while (j >= 0 && toks[j].kind === 'w' && !(j > 0 && /^\p{Lu}/u.test(toks[j].text) && t.text === t.lower && !/^[“"‘(:]$/.test(toks[j - 1].text)) && (CUE_ADVERBS.has(toks[j].lower) || /ly$/.test(toks[j].lower) && classOf(toks[j]) === 'adv' || belief && /^(do|does|did)n['’]t$/.test(toks[j].lower))) {
    if (NEGATIONS.has(toks[j].lower) || /n['’]t$/.test(toks[j].lower)) negated = true;
    if (/^(is|was|were|are|been|be|being)$/.test(toks[j].lower)) passive = true;
    j--;
  }
  // "most don't expect him to win" still credits a view; "did not say" credits none
  if (negated && !constructionChecked) return null;
  if (negated && !BELIEF_VERBS.has(t.lower)) return null;
  // "Kasich is telling a crowd", "the union is demanding that": a progressive, not a passive
  const progressive = passive && /ing$/.test(t.lower);
  if (progressive) passive = false;
  // "was encouraging violence": a progressive reports speech only for verbs of saying and demanding
  if (progressive && !CLASSIC_CUES.has(lemma) && !PROGRESSIVE_CUES.has(lemma)) return null;
  // "went on to say", "continues to insist", "tried to explain": the catenative's subject speaks
  if (toks[j]?.lower === 'to') {
    const c = catenativeBefore(toks, j);
    if (c >= 0) {
      j = c - 1;
      while (j >= 0 && toks[j].kind === 'w' && CUE_ADVERBS.has(toks[j].lower)) { if (NEGATIONS.has(toks[j].lower)) return null; j--; }
    }
  }
  for (let m = j + 1; m < i; m++) if (MODALS.has(toks[m].lower) && !(toks[m].lower === 'to' && catenativeBefore(toks, m) >= 0)) return null; // "he could add", "will tell": not said yet
  const prev = toks[j];
  if (prev && (prev.lower === 'to' || NEGATIONS.has(prev.lower))) return null; // "declined to comment", "to say""
  // A possessive or a determiner right before makes the cue word a noun: "Mr. X’s pledge", "the report".
  // ("groups that have backed her say": "her" after a verb is its object, not a determiner)
  const objectHer = prev?.lower === 'her' && j > 0 && classOf(toks[j - 1], j - 1 === 0) === 'verb';
  if (prev && j === i - 1 && !objectHer && (needsContent(t.lower) && classOf(prev, j === 0) === 'det' || classOf(prev, j === 0) === 'prep' && !/^(as|than)$/.test(prev.lower) && !(/ing$/.test(t.lower) && /^(by|while)$/.test(prev.lower)) ||
    /['’]s?$/.test(prev.text) && prev.kind === 'w' && !/^(he|she|it|who|there)['’]s$/i.test(prev.text) || classOf(prev, j === 0) === 'det' && !/^(some|many|several|most|all|both|each|others?|few|one|more|another)$/.test(prev.lower) || classOf(prev, j === 0) === 'adj' && prev.text === prev.lower && !PAST.test(t.lower) && !ROLE_SINGULAR.has(prev.lower) && !UNIQUE_TITLES.has(prev.lower) || (prev.kind === 'n' || classOf(prev, j === 0) === 'num') && !PAST.test(t.lower) && (needsContent(t.lower) || /[^y]s$/.test(t.lower)) && !contentBefore(toks, i))) return null;
  // Passive with an agent: "first reported by The Washington Post".
  const next = toks[i + 1];
  // "measures added by Republicans", "a book written by": an agent of an action
  if (NOT_AGENT_CUES.has(lemma)) { if (next?.lower === 'by') return null; }
  else if (next?.lower === 'by' && /(ed|en|wn|ld|id|te)$/.test(t.lower)) {
    const agent = withCue(afterPreposition(toks, i, i + 1, 'by-agent', quotes), cue);
    if (agent || !MEDIA.test(toks[i + 2]?.lower ?? '')) return agent; // "said by email": read on
  }
  // "comments echoed and augmented by aides": two participles share the agent
  if (next?.lower === 'and' && /ed$/.test(toks[i + 2]?.lower ?? '') && toks[i + 3]?.lower === 'by' && /(ed|en)$/.test(t.lower)) {
    const agent = afterPreposition(toks, i, i + 3, 'by-agent', quotes);
    if (agent) return { ...agent, cue };
  }
  // "first reported last week by The Post": a time phrase before the agent
  const by = agentAfterTime(toks, i);
  if (by > 0 && /(ed|en|wn|ld|id|te)$/.test(t.lower)) return withCue(afterPreposition(toks, by, by, 'by-agent', quotes), cue);
  if (passive) return null; // "he was told", "it is said"
  if (participleModifier(toks, i, j) || nothingSaid(toks, i, j, lemma)) return null;
  // "She boasts a 45-point lead", "the city boasts three museums": to have, not to brag
  if ((lemma === 'boast' || lemma === 'brag') && next && (/^(a|an|the|some|more|nearly|roughly|about|over|almost|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(next.lower) || next.kind === 'n')) return null;
  // "conservative thought leaders": the noun "thought" in a compound, after its adjective
  if (t.lower === 'thought' && prev && j === i - 1 && next?.kind === 'w' && next.text === next.lower && classOf(next) === 'noun' && classOf(prev, j === 0) === 'adj') return null;
  // "Lerer reported from Los Angeles.", "he's reported from every debate": a byline or
  // the reporter's own work, not a statement (a statement would give its content)
  if (lemma === 'report' && next?.lower === 'from' && !toks.slice(i + 2).some((x) => x.lower === 'that' || /^[“"]$/.test(x.text))) return null;
  if (/ing$/.test(t.lower) && !progressive) return gerund(toks, i, j, quotes, earlier);
  // "G-III reports show", "records indicate": a noun followed by its own verb
  if (next && next.kind === 'w' && (SPEECH_VERBS.has(next.lower) || DOCUMENT_VERBS.has(next.lower)) && /s$/.test(t.lower) && nounToo(t.lower)) return null;
  // "that key question", "a new strategy document": a determiner, a modifier, then the
  // base form of a verb that also names a thing: a noun
  if (prev && j === i - 1 && needsContent(t.lower) && !/s$/.test(t.lower) && !PAST.test(t.lower) && !/ing$/.test(t.lower) && prev.text === prev.lower && /^(noun|adj)$/.test(classOf(prev)) && !/s$/.test(prev.lower) && determinerBefore(toks, j)) return null;
  // "asylum claims.", "tax returns in": a common noun, then the -s form, then no content: a compound noun
  // (only forms that are nouns too: "the rights group says." stays a cue)
  if (prev && j === i - 1 && /[^s]s$/.test(t.lower) && nounToo(t.lower) && prev.kind === 'w' && prev.text === prev.lower && classOf(prev, j === 0) === 'noun' && !/s$/.test(prev.lower) && (!next || /^[.,;)]$/.test(next.text) && !contentBefore(toks, i) || /^(of|in|for|to|and|against|from|on)$/.test(next.lower))) return null;
  // "advocates have been outraged", "reports of abuse": a plural noun, not a verb
  // (not "says of waterboarding": "says" is no noun)
  if (next && /[^s]s$/.test(t.lower) && nounToo(t.lower) && /^(have|has|had|are|were|will|would|could|can|may|might|should|must|of|do|did)$/.test(next.lower)) return null;
  // "took questions", "review reports", "flag and report posts": the object of a verb
  if (prev && j === i - 1 && /s$/.test(t.lower) && objectOfVerb(toks, j)) return null;
  if (BARE_NOUN_FORMS.has(t.lower)) {
    // "the jobs report has cleared", "the 10-year Treasury note fell": a base form with
    // a verb of its own after it is that verb's subject (a verb needs its content first)
    if (next && next.kind === 'w' && AUXILIARY.test(next.lower)) return null;
    // "blanket sharia rule.", "the U.S. pledge, however", "a personal call from a friend":
    // a base form that ends its phrase, with no content before it, names a thing
    if (prev && j === i - 1 && (!next || /^[.,;)]$/.test(next.text) || next.lower === 'from') && !contentBefore(toks, i)) return null;
  }
  // "adds to the drama", "is adding to his wins": to add to something is no statement
  if (lemma === 'add' && next?.lower === 'to' && /^(the|a|an|his|her|its|their|our|this|that|these|those|growing|mounting|concerns?|pressure|fears?)$/.test(toks[i + 2]?.lower ?? '')) return null;
  if (t.lower === 'estimate' || t.lower === 'report' || t.lower === 'post' || t.lower === 'tweet') {
    // bare forms that are usually nouns: only after a plural subject or a pronoun
    if (!prev || !/^(they|we|i|you)$/.test(prev.lower) && !/s$/.test(prev.lower) && !ROLE_PLURAL.has(prev.lower)) return null;
  }
  // Inversion ("…,” said Ms. Ortiz") is a construction of verbs of saying only:
  // "Khan, who is Muslim, also decried Trump’s calls" has its object after the verb.
  const inverted = INVERTING.has(lemma) ? invertedSource(toks, i, j, quotes) : null;
  if (inverted) return { source: inverted, cue, pattern: 'inverted' };
  const contentMissing = !constructionChecked && needsContent(t.lower) && !contentFollows(toks, i);
  if (prev && (prev.lower === 'and' || prev.lower === 'but') && isSpeech) {
    // "X praised Rubio … and said …": the subject of the first verb.
    if (contentMissing) return null; // "a process that began in May and concluded Monday"
    // "to praise his record and defend his decisions": a base form after "and" continues
    // an infinitive or a modal, not a statement
    if (!/(ed|s)$/.test(t.lower) && !PAST.test(t.lower) && !earlier.some((a) => a.cue.start < t.start)) return null;
    // "the change, hammered out on Sunday and formally announced on Wednesday": two
    // participles of a reduced relative, not a subject's second statement
    // (but "Lena Okafor, a retired engineer, joined the panel and said": the main verb after an appositive)
    for (let k = j - 1; k > 0 && j - k < 12; k--) if (toks[k].text === ',') { if (/ed$/.test(toks[k + 1]?.lower ?? '') && !closesAppositive(toks, k)) return null; break; }
    const subject = clauseSubject(toks, j, quotes, earlier);
    return subject && nominalHead(toks, subject) ? { source: subject, cue, pattern: 'pre-verbal' } : null;
  }
  j = skipParenthetical(toks, j); // "Rep. Hank Johnson (D-Ga.) said"
  j = skipTimePhrase(toks, j); // "Witnesses late Sunday said", "The mayor on Tuesday said""
  // "Her campaign workers here said", "officials there say": the place adverb is no head
  if (toks[j] && /^(here|there)$/.test(toks[j].lower) && j > 0 && toks[j - 1].kind === 'w' && /^(noun|proper)$/.test(classOf(toks[j - 1], j - 1 === 0))) j--;
  if (toks[j] && DASH.test(toks[j].text)) {
    // "Jason Sims — a teacher from Mount Pleasant — says", "The justice -- who has been
    // in a scuffle -- said": the subject before the first dash of the pair
    let d = j - 1;
    while (d > 0 && DASH.test(toks[d].text)) d--; // "--" may come as two tokens
    while (d > 0 && j - d < 30 && !DASH.test(toks[d].text) && !/^[.;:!?]$/.test(toks[d].text)) d--;
    if (d > 0 && DASH.test(toks[d].text)) {
      while (d > 0 && DASH.test(toks[d - 1].text)) d--;
      j = d - 1;
    }
  }
  const before = toks[j];
  if (!before || before.kind === 'p' && before.text !== ',') return null;
  let source: Span | null;
  let pattern: FoundAttribution['pattern'] = 'pre-verbal';
  if (before.text === ',') {
    source = appositiveSubject(toks, j, quotes);
    pattern = 'appositive';
  } else {
    const np = leftNP(toks, j, quotes) ?? relativeSubjectBefore(toks, j, quotes);
    const start = np ? relativeClauseStart(toks, np[0], quotes) ?? np[0] : -1;
    source = np ? { start: toks[start].start, end: toks[np[1]].end } : null;
  }
  if (!isSpeech && source && !DOCUMENT_HEADS.has(headWord(text.slice(source.start, source.end)))) source = documentSubject(toks, j) ?? source;
  // "A report issued earlier this year reported": past a time phrase to the document
  if (source && !nominalHead(toks, source)) source = documentSubject(toks, j);
  if (!source || !nominalHead(toks, source)) return null;
  if (contentMissing) {
    // content before it: "The border was closed, officials added." / "“Really,” she added when…"
    const k = tokenStartingAt(toks, source.start);
    const b = toks[k - 1];
    if (!b || !(b.text === ',' || /^["”’']$/.test(b.text))) return null;
    // …and nothing but an adverbial after it: not "…, is advising SABMiller on its sale"
    const a = toks[i + 1];
    // (", he wrote to colleagues.": the addressee, for the verbs that take one with "to")
    if (a && a.kind === 'w' && !/^(when|as|after|before|while|on|in|at|during|last|this|later|earlier|yesterday|today|tonight|then|again|too|also|recently|about|of|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(a.lower) && !(a.lower === 'to' && /^(write|say|explain|complain|repeat|admit|confide|add|tweet|reply|post|insist|boast|joke|quip|concede)$/.test(lemma))) return null;
  }
  const srcText = text.slice(source.start, source.end);
  // "Top advisers said he had rejected the idea": a stance or belief reported inside
  // another source's words is part of that content, not a source of its own
  if (!CLASSIC_CUES.has(lemma) && insideReportedContent(toks, tokenStartingAt(toks, source.start))) return null;
  // "a Twitter message posted in December", "a plan announced this year": a document
  // right before a verb of making it public is that verb's object (a reduced relative)
  if (CREATION_LEMMAS.has(lemma) && pattern === 'pre-verbal' && j === i - 1 && DOCUMENT_HEADS.has(headWord(srcText))) return null;
  // "74 percent said …", "Six in 10 say …": poll respondents speak through the poll
  // (guide §1): an attribution typed as a document, whose share stays a figure
  if (POLL_SHARE.test(srcText)) return { source, cue, pattern: 'poll' };
  const head = headWord(srcText);
  // "I think", "we believe" outside quotation marks: transcripts and columns, the
  // writer's own view, not a source's
  if (BELIEF_VERBS.has(t.lower) && /^(i|we|you)$/i.test(srcText)) return null;
  if (!isSpeech || (STANCE_LEMMAS.has(lemma) || BELIEF_VERBS.has(t.lower)) && !/^(he|she|they)$/i.test(srcText)) {
    // document verbs ("found", "shows") only with a document subject; stance verbs
    // only with a subject that can hold a position.
    // researchers and firms find and calculate too, when the finding is given:
    // "…, Bloomberg New Energy Finance found." / "the team found that…"
    if (!isSpeech && !DOCUMENT_HEADS.has(head) && !(RESEARCH_LEMMAS.has(lemma) && (toks[i + 1]?.lower === 'that' || contentBefore(toks, i)) && !/^(it|this|that|he|she|they|we|i|you)$/i.test(srcText))) return null;
    if (isSpeech && /^(it|this|that)$/i.test(srcText)) return null;
  }
  if (/^(it|this|that|there|which|what|these|those)$/i.test(srcText) && !/^(say|state|report|add|announce|estimate|read)$/.test(lemma)) return null;
  return { source, cue, pattern: !isSpeech ? 'document' : pattern };
}






// (not "appeared to", "seemed to": hedges, not statements)


/** A dash that opens or closes an aside: an em or en dash, or hyphens set off by spaces. */
const DASH = /^(—|–|-|--)$/;

/** Media a statement travels by: "said by email", "by phone". */
const MEDIA = /^(email|e-mail|emails|phone|telephone|text|texts|fax|mail|letter|video|videolink|skype|zoom|messenger|courier|satellite)$/;





function withCue(a: FoundAttribution | null, cue: Span): FoundAttribution | null {
  return a ? { ...a, cue } : null;
}

/** "An analysis by Politifact of elections going back to 1972 showed": the document
 *  noun phrase that a long post-modifier separates from its verb. */
function documentSubject(toks: Token[], j: number): Span | null {
  for (let k = j; k >= 0 && j - k < 16; k--) {
    const t = toks[k];
    if (t.kind === 'p' && t.text !== '-') return null;
    if (t.kind === 'w' && DOCUMENT_HEADS.has(t.lower) && k > 0) {
      let s = k;
      while (s > 0 && toks[s - 1].kind !== 'p' && /^(det|adj|noun|proper|num)$/.test(classOf(toks[s - 1], s - 1 === 0))) s--;
      if (classOf(toks[s], s === 0) !== 'det') return null;
      return { start: toks[s].start, end: toks[j].end };
    }
  }
  return null;
}


/** "…,” said Mr. Dekel-Chen." / "…, said the official, who…": a name phrase right
 *  after the cue, with nothing but the content before it. */
function invertedSource(toks: Token[], i: number, j: number, quotes: Span[]): Span | null {
  const prev = toks[j];
  const afterQuoteOrComma = !prev || prev.text === ',' || /^["”“’']$/.test(prev.text) || prev.text === ':';
  if (!afterQuoteOrComma) return null;
  const first = toks[i + 1];
  if (!first || first.kind !== 'w') return null;
  // "…,” said another.", "…,” tweeted one.": a quantifier standing for a person
  if (/^(another|one|others)$/.test(first.lower) && toks[i + 2]?.kind === 'p' && /^[.,;!?]$/.test(toks[i + 2].text)) return { start: first.start, end: first.end };
  if (/^(that|this|these|those|there|it|they|we|i|you|if|whether|to|so)$/.test(first.lower)) return null;
  const np = rightNP(toks, i + 1, quotes, false);
  if (!np) return null;
  // "…,” said his campaign manager, Jeff Weaver.": a possessive opens a speaker only
  // when a name or a role ends the phrase (not "said his plan …")
  if (/^(his|her|its|their|our|my|your)$/.test(first.lower)) {
    // only right after a quotation: "Kamel Abu Jamea, 73, a resident, said his wife was ill" has its speaker before
    const quoteBefore = !!prev && (/^["”’']$/.test(prev.text) || prev.text === ',' && /^["”’']$/.test(toks[j - 1]?.text ?? ''));
    if (!quoteBefore) return null;
    const last = toks[np[1]];
    if (!(/^\p{Lu}/u.test(last.text) || ROLE_SINGULAR.has(last.lower) || ROLE_PLURAL.has(last.lower) || UNIQUE_TITLES.has(last.lower) || SPEAKER_NOUNS.has(last.lower))) return null;
  }
  const after = toks[np[1] + 1];
  if (after && !(after.kind === 'p' && /[.,;:!?—–()-]/.test(after.text)) && !PREPOSITIONAL_VERBS_AFTER.has(after.lower)) return null;
  // "said he" / "said Smith" / "said the spokesman": a capitalised word or a determiner first
  // A name or a description: "said Ms. Ortiz", "said the official", "said former
  // Utah governor Michael Leavitt", "said election lawyer Joe Birkenstock".
  const named = toks.slice(np[0], np[1] + 1).some((x) => x.kind === 'w' && /^\p{Lu}/u.test(x.text));
  if (!(named || /^(he|she|the|a|an|one|another|two|three|four|five|six|several|many|some|officials|sources|his|her|its|their|our|my|your)$/.test(first.lower))) return null;
  // "said her lawyer, Jane Roe.": the appositive name is part of the source (a name beats a role)
  let end = np[1];
  if (toks[end + 1]?.text === ',' && !/^\p{Lu}/u.test(toks[end].text)) {
    let k = end + 2;
    while (k < toks.length && k - end <= 5 && toks[k].kind === 'w' && /^\p{Lu}/u.test(toks[k].text)) k++;
    const closing = toks[k];
    if (k > end + 3 && (!closing || closing.kind === 'p' && /^[.,;!?]$/.test(closing.text))) end = k - 1;
  }
  return { start: toks[np[0]].start, end: toks[end].end };
}

/** "X, 73, a resident of Y, said" / "X, who …, said": skip comma-bounded appositives
 *  back to the head noun phrase. `j` is the comma before the cue. */
export function appositiveSubject(toks: Token[], j: number, quotes: Span[], preferOpeningName = true): Span | null {
  const named = preferOpeningName ? nameBeforeDescriptions(toks, j, quotes) : null;
  if (named) return named;
  let end = j - 1; // last token of the segment before the comma
  for (let hops = 0; hops < 4 && end >= 0; hops++) {
    let start = end;
    while (start > 0 && end - start < 40 && toks[start - 1].text !== ',' && !/^[“"(]$/.test(toks[start - 1].text)) start--;
    const seg = toks.slice(start, end + 1);
    const first = seg[0];
    // A comma right before the cue closes an appositive or a relative clause: "X, 73,
    // a resident of Y, said", "The employee, a Republican who …, said".
    const isAppositive =
      seg.length > 0 &&
      (/^(who|whom|whose|which|now|then|formerly|also|himself|herself)$/.test(first.lower) || /^(who|which)['’](s|d|ve|ll|re)$/.test(first.lower) ||
        // ", based on accounts from two nurses,", ", citing records,": a participial aside
        first.kind === 'w' && first.text === first.lower && /(ed|ing)$/.test(first.lower) && start > 1 && toks[start - 1].text === ',' ||
        // ", on the other hand,", ", in turn,", ", like others,": a short aside
        seg.length <= 5 && classOf(first) === 'prep' && first.text === first.lower ||
        // ", however,", ", meanwhile,": a connective
        seg.length === 1 && CONNECTIVES.test(first.lower) ||
        placeAfterPlace(toks, seg, start, end) ||
        seg.every((s) => s.kind === 'n') ||
        /^[RDI]-/.test(first.text) ||
        (/^(a|an|the|one|his|her|its|their)$/.test(first.lower) || first.kind === 'w' && first.text === first.lower) && start > 1 && toks[start - 1].text === ',' && (endsWithName(toks, start - 2) || /^(a|an)$/.test(first.lower) && classOf(toks[start - 2]) === 'noun'));
    if (isAppositive && start > 1 && toks[start - 1].text === ',') {
      end = start - 2;
      continue;
    }
    const np = leftNP(toks, skipParenthetical(toks, end), quotes);
    if (!np) return null;
    // the subject keeps its place's state: "officials in Chappaqua, N.Y."
    let last = np[1];
    while (toks[last + 1]?.text === ',') {
      let e = last + 2;
      while (e + 1 < j && toks[e + 1].text !== ',') e++;
      if (!placeAfterPlace(toks, toks.slice(last + 2, e + 1), last + 2, e)) break;
      last = e;
    }
    return { start: toks[np[0]].start, end: toks[last].end };
  }
  return null;
}

/** "Chappaqua, N.Y.", "Lyon, France": the segment `seg` (tokens start..end) names the
 *  state or country of the place right before its comma. */
function placeAfterPlace(toks: Token[], seg: Token[], start: number, end: number): boolean {
  if (!seg.length || seg.length > 3 || start < 2 || toks[start - 1].text !== ',' || !/^\p{Lu}/u.test(toks[start - 2]?.text ?? '')) return false;
  const words = seg.filter((s) => s.kind === 'w');
  if (!words.length || !seg.every((s) => s.kind === 'w' && /^\p{Lu}/u.test(s.text) || s.text === '.')) return false;
  return /\.$/.test(words[words.length - 1].text) || toks[end + 1]?.text === '.' && words.length === 1 || words.length === 1 && isPlaceOrCountry(words[0].lower);
}

/** "Anne Ruiz, assistant secretary for population, refugees and migration, said",
 *  "Dana Lee, the envoy to the coalition fighting the Islamic State, tweeted": a name
 *  that opens the sentence, followed only by comma-separated descriptions, is the
 *  source (a name beats a role, and the last noun of a description is never it). */
function nameBeforeDescriptions(toks: Token[], j: number, quotes: Span[]): Span | null {
  // the name opens the sentence, or the clause after a quotation ("“…,” Anne Ruiz, …, said")
  // (bounded: a name further back than that is not this cue's subject, and long
  // sentences stay linear)
  let start = Math.max(0, j - 46);
  for (let k = j - 1; k >= start; k--) if (/^[”"’]$/.test(toks[k].text) || toks[k].text === "''") { start = k + 1; break; }
  if (start > 0 && start === j - 46) return null;
  while (start < j && (toks[start].kind === 'p' || inside(toks[start].start, quotes))) start++;
  let nameEnd = start;
  while (nameEnd + 1 < j && toks[nameEnd + 1].text !== ',' && (toks[nameEnd + 1].kind === 'w' && /^\p{Lu}/u.test(toks[nameEnd + 1].text) || toks[nameEnd + 1].text === '.' || toks[nameEnd + 1].text === '-')) nameEnd++;
  if (toks[nameEnd + 1]?.text !== ',' || nameEnd + 1 >= j || j - start > 45) return null;
  const words = toks.slice(start, nameEnd + 1).filter((t) => t.kind === 'w');
  if (words.length < 2 || !words.every((t) => /^\p{Lu}/u.test(t.text)) || /^(in|on|at|for|but|and|as|after|before|when|while|if|since|with|from|by|during|still|now|then|yet|so|also|however|meanwhile|instead|indeed)$/i.test(words[0].text)) return null;
  // every stretch between the name and the cue describes it: no finite verb outside a
  // relative clause ("X, who was there, said" is handled the same way)
  let relative = false;
  for (let k = nameEnd + 2; k < j; k++) {
    const t = toks[k];
    if (t.text === ',') { relative = false; continue; }
    if (t.kind !== 'w') { if (/^[;:“"”]$/.test(t.text)) return null; continue; }
    if (/^(who|whom|whose|which|that)$/.test(t.lower)) relative = true;
    if (!relative && (SPEECH_VERBS.has(t.lower) && PAST.test(t.lower) || /^(is|are|was|were|has|have|had|will|would|said)$/.test(t.lower))) return null;
  }
  return { start: toks[start].start, end: toks[nameEnd].end };
}









/** ", saying that…": the source is the subject of the clause the gerund hangs on. */
function gerund(toks: Token[], i: number, j: number, quotes: Span[], earlier: FoundAttribution[]): FoundAttribution | null {
  const prev = toks[j];
  if (!prev) return null;
  // "writing a book", "posting a photo": verbs that also name actions need content;
  // verbs of saying and stance take any object ("announcing the appointment")
  // ("handwritten ledgers showing he was…": a document's own verb, right after the document)
  const documentGerund = DOCUMENT_VERBS.has(toks[i].lower) && prev.kind === 'w' && DOCUMENT_HEADS.has(prev.lower);
  const known = GERUND_CUES.has(toks[i].lower) || SPEECH_VERBS.has(toks[i].lower) || phrasalParticle(toks, i) > 0 || documentGerund;
  if (!known || !STRONG_GERUNDS.has(toks[i].lower) && needsContent(toks[i].lower) && !contentFollows(toks, i)) return null;
  const cue = { start: toks[i].start, end: toks[i].end };
  // "with Donald Trump tweeting that…": the noun phrase after "with" speaks
  if ((prev.kind === 'w' || prev.kind === 'n') && classOf(prev, j === 0) !== 'verb') {
    const np = leftNP(toks, j, quotes);
    if (np && np[0] > 0 && toks[np[0] - 1].lower === 'with' && nominalHead(toks, { start: toks[np[0]].start, end: toks[np[1]].end })) return { source: { start: toks[np[0]].start, end: toks[np[1]].end }, cue, pattern: 'gerund' };
    // "the chorus of detractors calling for him to quit": people, then what they say
    const before = np ? toks[np[0] - 1] : undefined;
    if (np && (STRONG_GERUNDS.has(toks[i].lower) || phrasalParticle(toks, i) > 0) && (ROLE_PLURAL.has(prev.lower) || GROUP_NOUNS.has(prev.lower)) &&
      !(before && (classOf(before, np[0] - 1 === 0) === 'verb' || classOf(before, np[0] - 1 === 0) === 'prep')) &&
      // not "The ad features voters telling…": no plural or verb inside the phrase but before "of"
      !toks.slice(np[0], np[1]).some((x, m) => /[^s]s$/.test(x.lower) && toks[np[0] + m + 1]?.lower !== 'of' || tagsOf(x.lower).some((g) => g === 'PresentTense' || g === 'PastTense'))) {
      return { source: { start: toks[np[0]].start, end: toks[np[1]].end }, cue, pattern: 'gerund' };
    }
  }
  // "with about three in 10 saying", "left 62 percent of voters saying": poll
  // respondents speak through the poll (guide §1), as subjects of the gerund too
  const share = pollShareBefore(toks, j);
  if (share >= 0 && STRONG_GERUNDS.has(toks[i].lower)) return { source: { start: toks[share].start, end: toks[j].end }, cue, pattern: 'poll' };
  // "a statement saying", "a letter warning", "a letter this week urging"
  const d = skipTimePhrase(toks, j);
  if (toks[d]?.kind === 'w' && DOCUMENT_HEADS.has(toks[d].lower)) {
    const np = leftNP(toks, d, quotes);
    // the document's own phrase: "received handwritten ledgers showing" — not the verb before it
    let from = np ? np[0] : d;
    // (a verb right after its subject ends the phrase: "Donors received", "She released")
    for (let k = d; k > from; k--) {
      const v = toks[k - 1];
      const subjectBefore = k - 2 >= 0 && /^(noun|proper|pron)$/.test(classOf(toks[k - 2], k - 2 === 0));
      if (v.kind === 'w' && v.text === v.lower && (classOf(v, k - 1 === 0) === 'verb' || /ed$/.test(v.lower)) && subjectBefore) { from = k; break; }
    }
    if (np && np[1] - from < 6) return { source: { start: toks[from].start, end: toks[np[1]].end }, cue, pattern: 'gerund' };
  }
  // “…values,” saying: the comma inside the closing quotation mark
  if (/^[”"’']$/.test(prev.text) && toks[j - 1]?.text === ',') j--;
  if (!/^(,|—|–|by|while|and|when|before)$/.test(toks[j].lower)) return null;
  // after "and"/"while"/"by" only an earlier source in the sentence is safe to borrow,
  // or the clause's subject when what was said follows ("by saying he would help")
  const borrowed = earlier.some((a) => a.cue.start < toks[j].start);
  if (!/^(,|—|–)$/.test(toks[j].text) && !borrowed && !(/^(by|while)$/.test(toks[j].lower) && (contentFollows(toks, i) || clauseFollows(toks, i)))) return null;
  const subject = clauseSubject(toks, j, quotes, earlier);
  if (!subject) return null;
  // "Mr. Obama's challenge … while arguing", "Her challenge is … while arguing": without
  // an earlier source, the subject must be one who can speak
  if (!borrowed && /^(by|while)$/.test(toks[j].lower) && !canSpeak(toks.find((t) => t.end === subject.end))) return null;
  return { source: subject, cue, pattern: 'gerund' };
}

/** The last word of a subject names someone who can speak: a pronoun, a name, a role
 *  or an organisation (not "her challenge", not a possessive). */
function canSpeak(last: Token | undefined): boolean {
  if (!last || last.kind !== 'w' || /['’]s?$/.test(last.text)) return false;
  const w = last.lower;
  return /^(he|she|they|we|i)$/.test(w) || /^\p{Lu}/u.test(last.text) || ROLE_PLURAL.has(w) || ROLE_SINGULAR.has(w) || UNIQUE_TITLES.has(w) || ORG_HEADS.has(w) || GROUP_NOUNS.has(w);
}

const IRREGULAR_PASTS = /^(left|held|led|set|put|kept|met|sent|spent|built|lost|won|made|gave|took|came|went|brought|bought|thought|stood|ran|began|fell|drew|hit|cut|paid)$/;

/** The verb that ends a clause's subject: a verb by the lexicon, or after a noun an -ed
 *  form or an irregular past the lexicon files as an adjective ("The president left no
 *  doubt", "Carson turned the story"), but not after a determiner ("The retired nurse"). */
function verbAfterSubject(toks: Token[], k: number): boolean {
  const t = toks[k];
  const c = classOf(t, k === 0);
  const before = toks[k - 1];
  const afterDet = !!before && classOf(before, k - 1 === 0) === 'det';
  if (c === 'verb') return !afterDet; // "The judge rubbed": after a determiner, a noun
  return t.kind === 'w' && !afterDet && t.text === t.lower && (/ed$/.test(t.lower) || IRREGULAR_PASTS.test(t.lower)) && !!before && /^(noun|proper|pron)$/.test(classOf(before, k - 1 === 0));
}

/** The subject a gerund or a second verb hangs on: the source of an earlier cue in the
 *  sentence, or else the first noun phrase after any fronted adverbial ("On Friday,
 *  the agency …"). */
/** Day and month names, which open fronted time adverbials ("Monday, the mayor …"). */
const TIME_NAMES = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tonight|meanwhile|still|now|then|instead|however|later|earlier)$/;

function clauseSubject(toks: Token[], j: number, quotes: Span[], earlier: FoundAttribution[]): Span | null {
  for (let k = earlier.length - 1; k >= 0; k--) if (earlier[k].cue.start < toks[j].start) return earlier[k].source;
  if (j > 60) return null; // a subject that far back is a guess; long sentences stay linear
  let s = 0;
  const firstComma = toks.findIndex((t, k) => k < j && t.text === ',');
  // a fronted adverbial before the first comma ("On Friday,", "Hours later,") is not the subject
  // (but "Gary Emineth, a former party chairman, became … and said": a name, then its appositive)
  const nameThenAppositive = firstComma > 0 && toks.slice(0, firstComma).every((t) => t.kind === 'w' && /^\p{Lu}/u.test(t.text) && !TIME_NAMES.test(t.lower)) &&
    /^(a|an|the)$/.test(toks[firstComma + 1]?.lower ?? '') && toks.some((t, k) => k > firstComma + 1 && k < j && t.text === ',');
  if (firstComma > 0 && firstComma < j && firstComma <= 5 && !nameThenAppositive && (classOf(toks[0], true) === 'prep' || !toks.slice(0, firstComma).some((t, k) => classOf(t, k === 0) === 'verb'))) s = firstComma + 1;
  while (s < j && (toks[s].kind === 'p' || classOf(toks[s], s === 0) === 'conj')) s++;
  let e = s;
  while (e + 1 < j && !verbAfterSubject(toks, e + 1) && toks[e + 1].kind !== 'p' && classOf(toks[e + 1]) !== 'adv') e++;
  if (e >= j || inside(toks[s].start, quotes)) return null;
  const np = leftNP(toks, e, quotes);
  return np ? { start: toks[np[0]].start, end: toks[np[1]].end } : null;
}

