// Finds attribution cues in one sentence and the source span each one credits.
// Sieve order (most precise first): "according to X", inverted "…, said X",
// pre-verbal "X (, appositive,) said", passive "reported by X", then gerunds
// ("…, saying"), which borrow the subject of their clause.
import type { Span } from './types';
import type { Token } from './segment';
import { inside, tokenStartingAt } from './segment';
import { classOf, isPlaceOrCountry, tagsOf } from './words';
import { AS_LEMMAS, AS_ONLY_LEMMAS, BELIEF_VERBS, GROUP_NOUNS, ORG_HEADS, POST_MODIFIER, STANCE_ADJECTIVES, ROLE_PLURAL, ROLE_SINGULAR, STRICT_CONTENT_LEMMAS, UNIQUE_TITLES, CUE_ADVERBS, DOCUMENT_HEADS, DOCUMENT_VERBS, NP_STOPWORDS, PHRASAL_CUES, PHRASAL_VERBS, SPEECH_VERBS, STANCE_LEMMAS } from './lexicon';

export interface FoundAttribution {
  source: Span;
  cue: Span;
  /** How the source was found; typing and tests use it. */
  pattern: 'according-to' | 'pre-verbal' | 'appositive' | 'inverted' | 'by-agent' | 'gerund' | 'document' | 'poll';
}

const PARTICIPLE_MODIFIERS = new Set(['briefed', 'involved', 'familiar', 'close', 'knowledgeable', 'based', 'aware', 'privy', 'responsible', 'tasked', 'assigned', 'working', 'speaking', 'representing', 'allied', 'loyal', 'affiliated', 'opposed', 'close']);
const NEGATIONS = new Set(['not', "n't", 'never', 'declined', 'refused', 'cannot', "didn't", "doesn't", "don't", "won't", "wouldn't", "couldn't", 'no']);
const GERUND_CUES = new Set(['saying', 'adding', 'noting', 'arguing', 'explaining', 'insisting', 'warning', 'claiming', 'acknowledging', 'accusing', 'criticizing', 'pledging', 'tweeting', 'writing', 'asserting', 'stressing', 'emphasizing', 'suggesting', 'blaming', 'citing', 'vowing', 'telling', 'announcing', 'predicting', 'estimating', 'declaring', 'complaining', 'urging', 'calling']);
const INVERTING = new Set(['say', 'add', 'write', 'reply', 'explain', 'note', 'insist', 'recall', 'argue', 'conclude', 'warn', 'declare', 'tweet', 'post', 'caution', 'observe', 'respond', 'counter', 'admit', 'acknowledge', 'quip', 'predict', 'announce', 'report', 'state', 'comment', 'remark', 'concede', 'estimate', 'retort', 'muse', 'complain', 'boast', 'recount', 'repeat', 'reiterate', 'emphasize', 'stress', 'assert', 'contend', 'maintain', 'suggest', 'confirm', 'claim']);
const STRONG_GERUNDS = new Set(['saying', 'adding', 'telling', 'arguing', 'insisting', 'warning', 'noting', 'explaining', 'claiming', 'asserting', 'stressing', 'declaring', 'predicting', 'acknowledging', 'accusing', 'blaming', 'criticizing', 'urging']);
const PREPOSITIONAL_VERBS_AFTER = new Set(['in', 'on', 'at', 'during', 'last', 'this', 'earlier', 'later', 'late', 'yesterday', 'today', 'tonight', 'who', 'when', 'after', 'before', 'while', 'as', 'via', 'through', 'from']);
const MAX_NP = 14;
/** Cue forms that are more often nouns ("five states", "his remarks") or verbs of
 *  other senses ("maintains a lead", "posted a victory", "added to her lead"): they
 *  count only when content follows at once ("states that", "added, “…”", "noted."). */
const NEEDS_CONTENT_LEMMAS = new Set(['state', 'maintain', 'post', 'claim', 'add', 'observe', 'repeat', 'estimate', 'comment', 'remark', 'counter', 'reveal', 'show', 'find', 'suggest', 'pledge', 'vow', 'respond', 'reply', 'tout', 'predict', 'disclose', 'dispute', 'write', 'indicate', 'conclude', 'project', 'detail', 'document',
  'rule', 'determine', 'calculate', 'concur', 'signal', 'welcome', 'question', 'hail', 'champion', 'chant', 'rail', 'joke', 'advise', 'instruct']);
/** Verbs that take a bare content clause ("claimed it was offensive"). */
const CLAUSE_LEMMAS = new Set(['claim', 'suggest', 'predict', 'insist', 'argue', 'warn', 'acknowledge', 'admit', 'concede', 'note', 'indicate', 'assert', 'contend', 'maintain', 'reveal', 'allege', 'repeat', 'recall', 'concur']);
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
/** Forms that are nouns far more often than cues. */
const NOUN_FORMS = new Set(['rules', 'ruling', 'rulings', 'questions', 'reads', 'reading', 'signals', 'counters', 'credits', 'hails', 'welcomes', 'remarks', 'comments', 'tweets']);
const lemmaOf = (form: string) => SPEECH_VERBS.get(form) ?? DOCUMENT_VERBS.get(form) ?? BELIEF_VERBS.get(form) ?? PHRASAL_VERBS.get(form) ?? form;
const needsContent = (form: string) => NEEDS_CONTENT_LEMMAS.has(lemmaOf(form));
/** What may follow "asked" when it only reports a question, not a request. */
const QUESTION_WORDS = /^(whether|if|about|why|what|how|who|whom|when|where|which|questions?)$/;
const CONTENT_START = /^(that|,|:|“|"|\.|!|\?|;|—|–|-|‘)$/;
const PAST = /(ed|^said|^told|^wrote|^found|^showed|^shown)$/;
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

/** The sentence says its source spoke anonymously ("on (the) condition of anonymity"). */
function grantsAnonymity(toks: Token[], i: number): boolean {
  for (let k = i + 1; k < toks.length && k <= i + 30; k++) {
    if (toks[k].lower === 'anonymously' || toks[k].lower === 'anonymity' && /^(of|that)$/.test(toks[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Index of the particle of a phrasal cue at `i` ("pointed out", "called for", "made
 *  clear"), or 0. */
function phrasalParticle(toks: Token[], i: number): number {
  const lemma = PHRASAL_VERBS.get(toks[i].lower);
  if (!lemma) return 0;
  const particles = PHRASAL_CUES[lemma];
  // "made it clear", "made no secret of"
  if (lemma === 'make' && toks[i + 1]?.lower === 'it' && toks[i + 2]?.lower === 'clear') return i + 2;
  if (lemma === 'make' && toks[i + 1]?.lower === 'no' && toks[i + 2]?.lower === 'secret') return i + 2;
  return particles.includes(toks[i + 1]?.lower ?? '') ? i + 1 : 0;
}

/** The constructions in which a verb of belief, "ask", "call" or an "as" verb reports
 *  a view. Other cue verbs pass. */
function reportingConstruction(toks: Token[], i: number, belief: boolean): boolean {
  const lemma = lemmaOf(toks[i].lower);
  const passiveAgent = toks[i + 1]?.lower === 'by' && /(ed|en|wn|ld|id|te|ht|ood)$/.test(toks[i].lower);
  if (AS_LEMMAS.has(lemma) && asFollows(toks, i)) return true;
  if (lemma === 'ask') {
    // a request ("asked the court to dismiss", "asked for"), or a quoted question
    const n = toks[i + 1];
    if (!n || QUESTION_WORDS.test(n.lower)) return false;
    if (/^[,:“"]$/.test(n.text)) return true;
    for (let k = i + 1; k < toks.length && k <= i + 6; k++) {
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
  if (toks[i].lower === 'reports' && !(n && (n.lower === 'that' || /^[,:“"]$/.test(n.text) || toks[i - 1]?.text === ',' && /^\p{Lu}/u.test(n.text)) || clauseFollows(toks, i))) return false;
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
function subordinateSubject(toks: Token[], i: number): boolean {
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
function stateAsVerb(toks: Token[], i: number): boolean {
  const p = toks[i - 1];
  const n = toks[i + 1];
  if (!p || p.kind !== 'w' || !n || !(n.lower === 'that' || n.text === ':')) return false;
  const pc = classOf(p, i - 1 === 0);
  if (pc === 'det' || pc === 'adj' || pc === 'num' || pc === 'prep' || /[^s]s$/.test(p.lower) && pc === 'noun') return false;
  if (n.lower === 'that') {
    const after = toks[i + 2];
    if (!after || after.kind !== 'w' || classOf(after) === 'verb' && !/^(he|she|it|they|we|i)$/.test(after.lower)) return false;
  }
  return true;
}

/** "sees Mr. Netanyahu as captured", "portrayed itself as": "as" after a short object. */
function asFollows(toks: Token[], i: number): boolean {
  for (let k = i + 1; k < toks.length && k <= i + 14; k++) {
    const t = toks[k];
    if (t.kind === 'p' && !/^[-'’]$/.test(t.text)) return false;
    if (t.lower === 'as') return k > i + 1 || toks[i + 1]?.lower === 'as';
  }
  return false;
}

/** "called the ruling a setback", "called Mr. Trump “a liar”", "what he called …",
 *  "as she called it": naming something, not phoning or summoning. */
function callsSomethingSomething(toks: Token[], i: number): boolean {
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
function clauseFollows(toks: Token[], i: number): boolean {
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
  if (classOf(n) === 'verb' && !/^(he|she|they|it|we|i)$/.test(n.lower)) return false;
  for (let m = k + 1; m < toks.length && m <= k + 9; m++) {
    const t = toks[m];
    if (t.kind === 'p') return false;
    if (/^(will|would|could|can|may|might|should|must|is|are|was|were|has|have|had|does|did|isn't|wasn't|won't|wouldn't|can't)$/.test(t.lower) || /['’](s|re|ll|d)$/.test(t.text) && m === k) return true;
    if (m > k && classOf(t) === 'verb' && /(ed|s)$/.test(t.lower) && !/ss$/.test(t.lower)) return true;
  }
  return false;
}

/** Content before the cue, set off by a comma or a quotation mark: "…, they believe." */
function contentBefore(toks: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && toks[j].kind === 'w' && CUE_ADVERBS.has(toks[j].lower)) j--;
  // the subject: one pronoun or a short noun phrase
  let s = j;
  while (s > 0 && j - s < 4 && toks[s - 1].kind === 'w') s--;
  const b = toks[s - 1];
  const after = toks[i + 1];
  return !!b && (b.text === ',' || /^["”’']$/.test(b.text)) && (!after || /^[,.;:—–!?]$/.test(after.text));
}

const HEADLINE_CUES = new Set(['says', 'said', 'tells', 'told', 'warns', 'claims', 'admits', 'denies', 'insists', 'argues', 'announces', 'confirms', 'reveals', 'predicts', 'vows', 'slams', 'blames', 'accuses', 'urges', 'writes']);

function isTitleCase(toks: Token[]): boolean {
  const words = toks.filter((t) => t.kind === 'w' && t.text.length > 3);
  return words.length >= 3 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length >= words.length * 0.8;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
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
  while (j >= 0 && toks[j].kind === 'w' && (CUE_ADVERBS.has(toks[j].lower) || /ly$/.test(toks[j].lower) && classOf(toks[j]) === 'adv' || belief && /^(do|does|did)n['’]t$/.test(toks[j].lower))) {
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
  if (prev && j === i - 1 && (needsContent(t.lower) && classOf(prev, j === 0) === 'det' || classOf(prev, j === 0) === 'prep' && !/^(as|than)$/.test(prev.lower) ||
    /['’]s?$/.test(prev.text) && prev.kind === 'w' && !/^(he|she|it|who|there)['’]s$/i.test(prev.text) || classOf(prev, j === 0) === 'det' && !/^(some|many|several|most|all|both|each|others?|few|one|more)$/.test(prev.lower) || classOf(prev, j === 0) === 'adj' && prev.text === prev.lower && !PAST.test(t.lower) || (prev.kind === 'n' || classOf(prev, j === 0) === 'num') && !PAST.test(t.lower) && (needsContent(t.lower) || /[^y]s$/.test(t.lower)))) return null;
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
  if (/ing$/.test(t.lower) && !progressive) return gerund(toks, i, j, quotes, earlier);
  // "G-III reports show", "records indicate": a noun followed by its own verb
  if (next && next.kind === 'w' && (SPEECH_VERBS.has(next.lower) || DOCUMENT_VERBS.has(next.lower)) && /s$/.test(t.lower)) return null;
  // "that key question", "a new strategy document": a determiner, a modifier, then the
  // base form of a verb that also names a thing: a noun
  if (prev && j === i - 1 && needsContent(t.lower) && !/s$/.test(t.lower) && !PAST.test(t.lower) && !/ing$/.test(t.lower) && prev.text === prev.lower && /^(noun|adj)$/.test(classOf(prev)) && !/s$/.test(prev.lower) && determinerBefore(toks, j)) return null;
  // "asylum claims.", "tax returns in": a common noun, then the -s form, then no content: a compound noun
  // (only forms that are nouns too: "the rights group says." stays a cue)
  if (prev && j === i - 1 && /[^s]s$/.test(t.lower) && nounToo(t.lower) && prev.kind === 'w' && prev.text === prev.lower && classOf(prev, j === 0) === 'noun' && !/s$/.test(prev.lower) && (!next || /^[.,;)]$/.test(next.text) || /^(of|in|for|to|and|against|from|on)$/.test(next.lower))) return null;
  // "advocates have been outraged", "reports of abuse": a plural noun, not a verb
  // (not "says of waterboarding": "says" is no noun)
  if (next && /[^s]s$/.test(t.lower) && nounToo(t.lower) && /^(have|has|had|are|were|will|would|could|can|may|might|should|must|of|do|did)$/.test(next.lower)) return null;
  // "took questions", "review reports", "flag and report posts": the object of a verb
  if (prev && j === i - 1 && /s$/.test(t.lower) && objectOfVerb(toks, j)) return null;
  if (t.lower === 'estimate' || t.lower === 'report' || t.lower === 'post' || t.lower === 'tweet') {
    // bare forms that are usually nouns: only after a plural subject or a pronoun
    if (!prev || !/^(they|we|i|you)$/.test(prev.lower) && !/s$/.test(prev.lower)) return null;
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
    for (let k = j - 1; k > 0 && j - k < 12; k--) if (toks[k].text === ',') { if (/ed$/.test(toks[k + 1]?.lower ?? '')) return null; break; }
    const subject = clauseSubject(toks, j, quotes, earlier);
    return subject && nominalHead(toks, subject) ? { source: subject, cue, pattern: 'pre-verbal' } : null;
  }
  j = skipParenthetical(toks, j); // "Rep. Hank Johnson (D-Ga.) said"
  j = skipTimePhrase(toks, j); // "Witnesses late Sunday said", "The mayor on Tuesday said""
  if (toks[j] && /^[—–]$/.test(toks[j].text)) {
    // "Jason Sims — a teacher from Mount Pleasant — says": the name before the first dash
    let d = j - 1;
    while (d > 0 && !/^[—–]$/.test(toks[d].text)) d--;
    if (d > 0) j = d - 1;
  }
  const before = toks[j];
  if (!before || before.kind === 'p' && before.text !== ',') return null;
  let source: Span | null;
  let pattern: FoundAttribution['pattern'] = 'pre-verbal';
  if (before.text === ',') {
    source = appositiveSubject(toks, j, quotes);
    pattern = 'appositive';
  } else {
    const np = leftNP(toks, j, quotes);
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
    if (a && a.kind === 'w' && !/^(when|as|after|before|while|on|in|at|during|last|this|later|earlier|yesterday|today|then|again|too|also|recently|about|of)$/.test(a.lower)) return null;
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
  if (/^(?:(?:a|an|the|only|just|some|about|nearly|almost|roughly|full|mere|over|more than|fewer than)\s+)*[\d.,]+\s*(?:%|percent\b|per cent\b)/i.test(srcText)) return { source, cue, pattern: 'poll' };
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

/** A determiner opens the noun phrase that ends at `j`, over at most three lower-case
 *  modifiers ("a new government strategy"). */
function determinerBefore(toks: Token[], j: number): boolean {
  for (let k = j - 1; k >= 0 && j - k <= 3; k--) {
    const t = toks[k];
    const c = classOf(t, k === 0);
    if (c === 'det') return true;
    if (t.kind !== 'w' || t.text !== t.lower || !/^(noun|adj)$/.test(c)) return false;
  }
  return false;
}

/** The form is also a plural noun ("claims", "reports", "advocates"), by the lexicon. */
function nounToo(form: string): boolean {
  return NOUN_FORMS.has(form) || tagsOf(form).includes('Plural') || DOCUMENT_HEADS.has(form) || ROLE_PLURAL.has(form);
}

/** Token j is a verb in its context: a past form, or a base form not after a
 *  determiner or possessive ("took", "that review", but not "the report"). */
function objectOfVerb(toks: Token[], j: number): boolean {
  const p = toks[j];
  if (p.kind !== 'w' || CUE_ADVERBS.has(p.lower) || p.text !== p.lower || classOf(p, j === 0) !== 'verb') return false;
  const before = toks[j - 1];
  if (before && (classOf(before, j - 1 === 0) === 'det' || /['’]s$/.test(before.text))) return false;
  return !/s$/.test(p.lower);
}

/** Words that cannot head a source: times, media, bare determiners. */
const NOT_HEADS = /^(today|tonight|yesterday|tomorrow|now|then|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|weekend|month|year|email|e-mail|phone|telephone|interview|statement's|the|a|an|this|that|these|those|some|its|his|her|their)$/i;

/** A source must end in a noun or a pronoun: never a time word, a verb, an adjective
 *  or a lone determiner ("Witnesses late Sunday said", "said by email"). */
function nominalHead(toks: Token[], source: Span): boolean {
  let k = tokenStartingAt(toks, source.start);
  while (k + 1 < toks.length && toks[k + 1].end <= source.end) k++;
  const last = toks[k];
  // a time word ends a long phrase legitimately ("a report released last year")
  const short = k - tokenStartingAt(toks, source.start) < 2;
  if (!last || short && last.kind === 'n' && /^\d{4}s?$/.test(last.text)) return false;
  if (last.kind !== 'w') return last.kind === 'n' || last.text === ')';
  if (NOT_HEADS.test(last.lower) && short) return false;
  const c = classOf(last, k === 0);
  const noun = ROLE_SINGULAR.has(last.lower) || ROLE_PLURAL.has(last.lower) || UNIQUE_TITLES.has(last.lower) || DOCUMENT_HEADS.has(last.lower) || ORG_HEADS.has(last.lower);
  // "the elite", "the wealthy": an adjective after a determiner is a noun
  return !(c === 'adj' && short && !noun && last.text === last.lower && classOf(toks[k - 1] ?? last) !== 'det' && !/^(few|many|most|several|some|others|both|all)$/.test(last.lower));
}

// (not "appeared to", "seemed to": hedges, not statements)
const CATENATIVES = /^(continue|continues|continued|continuing|tried|tries|try|trying|began|begins|begin|started|starts|proceeded|proceeds|moved|moves|rushed|hastened|sought|seeks|used|went|goes|go|going|gone)$/;

/** "went on to say": index of the catenative verb before the "to" at `to`, or -1. */
function catenativeBefore(toks: Token[], to: number): number {
  let k = to - 1;
  if (toks[k]?.lower === 'on' && /^(went|goes|go|going|gone)$/.test(toks[k - 1]?.lower ?? '')) return k - 1;
  if (toks[k] && /^(quick|quickest|first|eager|careful)$/.test(toks[k].lower) && /^(was|were|is|are)$/.test(toks[k - 1]?.lower ?? '')) return k - 1;
  return toks[k] && CATENATIVES.test(toks[k].lower) && !/^(went|goes|go|going|gone)$/.test(toks[k].lower) ? k : -1;
}

/** Media a statement travels by: "said by email", "by phone". */
const MEDIA = /^(email|e-mail|emails|phone|telephone|text|texts|fax|mail|letter|video|videolink|skype|zoom|messenger|courier|satellite)$/;

const TIME_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|morning|afternoon|evening|night|week|weekend|month|year|late|early|last|this|next|on|earlier|later|a|ago)$/;

/** "Witnesses late Sunday said": the index before a time phrase that sits between the
 *  subject and its cue, or `j` when there is none (a source never ends in a time). */
function skipTimePhrase(toks: Token[], j: number): number {
  let k = j;
  while (k >= 0 && toks[k].kind === 'w' && TIME_WORD.test(toks[k].lower)) k--;
  if (k === j || k < 0 || toks[k].kind !== 'w' || !/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|morning|afternoon|evening|night|week|weekend|month|year|later|earlier|ago)$/.test(toks[j].lower)) return j;
  return classOf(toks[k], k === 0) === 'prep' || classOf(toks[k], k === 0) === 'verb' || /ed$/.test(toks[k].lower) ? j : k;
}

/** Index of "by" after a participle and a short time phrase ("reported last week by",
 *  "announced on Monday by"), or 0. */
function agentAfterTime(toks: Token[], i: number): number {
  for (let k = i + 1; k < toks.length && k <= i + 4; k++) {
    const w = toks[k].lower;
    if (w === 'by') return k > i + 1 ? k : 0;
    if (!/^(last|this|next|on|in|early|earlier|late|later|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|night|yesterday|today)$/.test(w)) return 0;
  }
  return 0;
}

/** Content right after the cue: "that", a quotation, a colon, or the end of the
 *  sentence ("…, she noted."); for pledge/vow "to" is an intention, not content. */
function contentFollows(toks: Token[], i: number): boolean {
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
  if (CLAUSE_LEMMAS.has(lemmaOf(toks[i].lower)) && clauseFollows(toks, i)) return true;
  // "wrote an op-ed urging…", "wrote a letter to the board": what was written
  // (a letter or an op-ed carries a view; "writing a book" is an activity)
  if (lemmaOf(toks[i].lower) === 'write') for (let m = k; m < toks.length && m <= k + 3; m++) if (/^(op-ed|letter|letters|memo|email|e-mail|column|editorial|post|essay|note|message|statement|tweet)$/.test(toks[m].lower)) return true;
  // "estimates 182,000 people"", "shows Trump far out in front", "found that"
  if (/^(show|shows|showed|find|finds|found|estimate|estimates|estimated|predict|predicted|suggest)$/.test(toks[i].lower)) return n.kind === 'n' || /^\p{Lu}/u.test(n.text) || /^(the|a|an|more|most|no|both|his|her|their|its|he|she|they|it)$/.test(n.lower);
  return false;
}

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

/** The head word of a source phrase, for lexicon checks. */
export function headWord(src: string): string {
  const pre = src.split(POST_MODIFIER)[0].replace(/\s+(?:present|there|here|themselves|himself|herself)$/i, '');
  const words = pre.split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase().replace(/['’]s?$/, '').replace(/[^\p{L}\p{N}.-]/gu, '');
}

/** "…,” said Mr. Dekel-Chen." / "…, said the official, who…": a name phrase right
 *  after the cue, with nothing but the content before it. */
function invertedSource(toks: Token[], i: number, j: number, quotes: Span[]): Span | null {
  const prev = toks[j];
  const afterQuoteOrComma = !prev || prev.text === ',' || /^["”“’']$/.test(prev.text) || prev.text === ':';
  if (!afterQuoteOrComma) return null;
  const first = toks[i + 1];
  if (!first || first.kind !== 'w') return null;
  if (/^(his|her|its|their|our|my|your|that|this|these|those|there|it|they|we|i|you|if|whether|to|so)$/.test(first.lower)) return null;
  const np = rightNP(toks, i + 1, quotes, false);
  if (!np) return null;
  const after = toks[np[1] + 1];
  if (after && !(after.kind === 'p' && /[.,;:!?—–()-]/.test(after.text)) && !PREPOSITIONAL_VERBS_AFTER.has(after.lower)) return null;
  // "said he" / "said Smith" / "said the spokesman": a capitalised word or a determiner first
  // A name or a description: "said Ms. Ortiz", "said the official", "said former
  // Utah governor Michael Leavitt", "said election lawyer Joe Birkenstock".
  const named = toks.slice(np[0], np[1] + 1).some((x) => x.kind === 'w' && /^\p{Lu}/u.test(x.text));
  if (!(named || /^(he|she|the|a|an|one|another|two|three|four|five|six|several|many|some|officials|sources)$/.test(first.lower))) return null;
  return { start: toks[np[0]].start, end: toks[np[1]].end };
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
      (/^(who|whom|whose|which|now|then|formerly|also|himself|herself)$/.test(first.lower) ||
        // ", based on accounts from two nurses,", ", citing records,": a participial aside
        first.kind === 'w' && first.text === first.lower && /(ed|ing)$/.test(first.lower) && start > 1 && toks[start - 1].text === ',' ||
        // ", on the other hand,", ", in turn,", ", like others,": a short aside
        seg.length <= 5 && classOf(first) === 'prep' && first.text === first.lower ||
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

/** "Rep. Hank Johnson (D-Ga.)": the index of the last token before a short
 *  parenthetical that ends at `k`, or `k` itself. */
function skipParenthetical(toks: Token[], k: number): number {
  if (toks[k]?.text !== ')') return k;
  let open = k - 1;
  while (open > 0 && toks[open].text !== '(' && k - open < 8) open--;
  return toks[open]?.text === '(' && open > 0 ? open - 1 : k;
}

function endsWithName(toks: Token[], k: number): boolean {
  const t = toks[k];
  return !!t && t.kind === 'w' && /^\p{Lu}/u.test(t.text) || !!t && t.kind === 'n';
}

/** Noun phrase ending at token `j`, walking left; [first, last] token indices. */
export function leftNP(toks: Token[], j: number, quotes: Span[]): [number, number] | null {
  const last = j;
  const t0 = toks[j];
  if (!t0 || t0.kind === 'p' || inside(t0.start, quotes)) return null;
  // Right before a cue, a verb-looking word is the subject's head noun ("the report said").
  const c0raw = classOf(t0, j === 0);
  if (SPEECH_VERBS.has(t0.lower) && PAST.test(t0.lower)) return null; // "said said": a cue is not a source
  // "her thinking", "the planning": a gerund after a possessive or determiner is a noun
  const gerundNoun = /ing$/.test(t0.lower) && j > 0 && (classOf(toks[j - 1], j - 1 === 0) === 'det' || /['’]s$/.test(toks[j - 1].text));
  const c0 = c0raw === 'verb' && (!/(ed|ing)$/.test(t0.lower) || gerundNoun) && !CUE_ADVERBS.has(t0.lower) ? 'noun' : c0raw;
  // "a source close to him said": an object pronoun ends a post-modifier
  const objectOfPreposition = /^(him|her|them|us|me)$/.test(t0.lower) && j > 1 && classOf(toks[j - 1]) === 'prep';
  if (c0 === 'pron' && !objectOfPreposition) return /^(he|she|it|they|we|i|who)(['’]s)?$/.test(t0.lower) ? [j, j] : null;
  if (c0 === 'verb' || c0 === 'conj' || c0 === 'prep' || NP_STOPWORDS.has(t0.lower) && c0 !== 'det') return null;
  let k = j;
  while (k > 0 && last - k < MAX_NP) {
    const p = toks[k - 1];
    if (p.kind === 'p') {
      if (p.text === '-' || p.text === '&' || p.text === '.' && /^\p{Lu}$/u.test(toks[k - 2]?.text ?? '')) { k--; continue; }
      break;
    }
    if (inside(p.start, quotes)) break;
    let c = nounInContext(toks, k - 1, classOf(p, k - 1 === 0));
    if (c === 'verb' && compoundModifier(toks, k - 1)) c = 'noun';
    if (c === 'pron' || c === 'verb' && !PARTICIPLE_MODIFIERS.has(p.lower) || c === 'adv' && !/^(also|only|even)$/.test(p.lower) && !/ly$/.test(p.lower)) break;
    if (c === 'conj' && p.lower !== 'and' && p.lower !== 'or') break;
    const toNoun = p.lower === 'to' && classOf(toks[k]) !== 'verb'; // "an adviser to Trump", not "to say"
    if (NP_STOPWORDS.has(p.lower) && !toNoun && p.lower !== 'and' && p.lower !== 'or' && (c !== 'det' || /^(that|this|these|those)$/.test(p.lower))) break;
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

/** "Two engineers who inspected the span said": when the phrase before the cue ends
 *  a relative clause, the source is the noun phrase the clause describes (with it). */
function relativeClauseStart(toks: Token[], npStart: number, quotes: Span[]): number | null {
  if (npStart < 2 || classOf(toks[npStart - 1]) !== 'verb' && classOf(toks[npStart - 1]) !== 'prep') return null;
  for (let w = npStart - 1; w > 0 && npStart - w < 12; w--) {
    const t = toks[w];
    if (t.kind === 'p') return null;
    if (t.lower === 'who' || t.lower === 'whom') {
      const head = leftNP(toks, w - 1, quotes);
      return head && classOf(toks[w - 1]) !== 'pron' ? head[0] : null;
    }
  }
  return null;
}

/** "state transport agency": a base-form verb followed by a noun is a noun modifier
 *  (the lexicon knows "state", "transport", "control" as verbs first). */
function compoundModifier(toks: Token[], k: number): boolean {
  const t = toks[k];
  const n = toks[k + 1];
  // never a modal or an auxiliary: "the levy would pass" is a clause, not a compound
  if (!n || n.kind !== 'w' || /(s|ed|ing)$/.test(t.lower) || t.text !== t.lower || CUE_ADVERBS.has(t.lower)) return false;
  const nc = classOf(n, false);
  return (nc === 'noun' || nc === 'proper') && !SPEECH_VERBS.has(n.lower) && !DOCUMENT_VERBS.has(n.lower);
}

/** "the report", "congressional report": a word the lexicon calls a verb is a noun
 *  right after a determiner, an adjective or a possessive. */
function nounInContext(toks: Token[], k: number, c: ReturnType<typeof classOf>): ReturnType<typeof classOf> {
  if (c !== 'verb' || k === 0) return c;
  const left = toks[k - 1];
  const lc = classOf(left, k - 1 === 0);
  if (/ed$/.test(toks[k].lower) && lc === 'det') return 'adj'; // "the retired neurosurgeon"
  if (/ed$/.test(toks[k].lower) || /ing$/.test(toks[k].lower) && lc !== 'det' && !/['’]s$/.test(left.text)) return c;
  return lc === 'det' || lc === 'adj' || /['’]s$/.test(left.text) ? 'noun' : c;
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

/** Split "three officials … and a statement from …" into its coordinated sources. A
 *  split happens only where the right side starts a new phrase (a determiner, a
 *  number or a name), so "involved in or briefed on" stays whole. */
function splitCoordination(toks: Token[], np: [number, number]): Span[] {
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

/** ", saying that…": the source is the subject of the clause the gerund hangs on. */
function gerund(toks: Token[], i: number, j: number, quotes: Span[], earlier: FoundAttribution[]): FoundAttribution | null {
  const prev = toks[j];
  if (!prev) return null;
  // "writing a book", "posting a photo": verbs that also name actions need content;
  // verbs of saying and stance take any object ("announcing the appointment")
  const known = GERUND_CUES.has(toks[i].lower) || SPEECH_VERBS.has(toks[i].lower) || phrasalParticle(toks, i) > 0;
  if (!known || !STRONG_GERUNDS.has(toks[i].lower) && needsContent(toks[i].lower) && !contentFollows(toks, i)) return null;
  const cue = { start: toks[i].start, end: toks[i].end };
  // "with Donald Trump tweeting that…": the noun phrase after "with" speaks
  if (prev.kind === 'w' && classOf(prev, j === 0) !== 'verb') {
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
  // "a statement saying", "a letter warning", "a letter this week urging"
  const d = skipTimePhrase(toks, j);
  if (toks[d]?.kind === 'w' && DOCUMENT_HEADS.has(toks[d].lower)) {
    const np = leftNP(toks, d, quotes);
    if (np && np[1] - np[0] < 6) return { source: { start: toks[np[0]].start, end: toks[np[1]].end }, cue, pattern: 'gerund' };
  }
  if (!/^(,|—|–|by|while|and|when|before)$/.test(prev.lower)) return null;
  // after "and"/"while"/"by" only an earlier source in the sentence is safe to borrow
  if (!/^(,|—|–)$/.test(prev.text) && !earlier.some((a) => a.cue.start < toks[j].start)) return null;
  const subject = clauseSubject(toks, j, quotes, earlier);
  return subject ? { source: subject, cue, pattern: 'gerund' } : null;
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
function clauseSubject(toks: Token[], j: number, quotes: Span[], earlier: FoundAttribution[]): Span | null {
  for (let k = earlier.length - 1; k >= 0; k--) if (earlier[k].cue.start < toks[j].start) return earlier[k].source;
  if (j > 60) return null; // a subject that far back is a guess; long sentences stay linear
  let s = 0;
  const firstComma = toks.findIndex((t, k) => k < j && t.text === ',');
  // a fronted adverbial before the first comma ("On Friday,", "Hours later,") is not the subject
  if (firstComma > 0 && firstComma < j && firstComma <= 5 && (classOf(toks[0], true) === 'prep' || !toks.slice(0, firstComma).some((t, k) => classOf(t, k === 0) === 'verb'))) s = firstComma + 1;
  while (s < j && (toks[s].kind === 'p' || classOf(toks[s], s === 0) === 'conj')) s++;
  let e = s;
  while (e + 1 < j && !verbAfterSubject(toks, e + 1) && toks[e + 1].kind !== 'p' && classOf(toks[e + 1]) !== 'adv') e++;
  if (e >= j || inside(toks[s].start, quotes)) return null;
  const np = leftNP(toks, e, quotes);
  return np ? { start: toks[np[0]].start, end: toks[np[1]].end } : null;
}

