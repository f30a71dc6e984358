// Document-level pass over the attributions, in order (notes §5):
// - pronoun sources ("he said", "it said") take the type of the nearest fitting
//   earlier mention;
// - definite anaphors ("the officials said") link to the earlier group they name and
//   inherit its description;
// - anonymous sources get their facets; mentions of one source are linked.
import { STEP, type Steps } from './steps';
import type { Attribution, Sentence, SourceType } from './types';
import { facetsOf } from './anonymity';
import { headWord } from './phrases';
import { genderOf } from './names';
import type { NameIndex } from './names';
import { detached } from './detach';

const LOOKBACK_SENTENCES = 6;
const PRONOUN = /^(?:he|she|it|they)$/i;
const ANAPHOR_LOOKBACK = 200; // REACH depends on it
const MAX_LINKS = 50;
const PERSONLIKE: SourceType[] = ['person', 'unnamed-person'];

/** `heads[i]` is the head word of attribution i's own phrase (computed per paragraph). */
/** How far back resolution can look: the windows of an attribution further than
 *  this (in attributions and in sentences) from a change do not reach it. Anaphors
 *  look back ANAPHOR_LOOKBACK attributions to a mention whose own root is as far
 *  again; pronouns look back LOOKBACK_SENTENCES. Links chain further (a root read
 *  through an anaphor): those reads are recorded (see `record`) and checked apart. */
export const REACH = { attributions: 2 * ANAPHOR_LOOKBACK + 50, sentences: LOOKBACK_SENTENCES + 4 };

/** Resolves the attributions not marked in `fixed` (those the editor's analyzer kept
 *  from its last run because no change was within their reach). With `record`, each
 *  attribution resolved here is mapped to the attributions its resolution read.
 *
 *  One forward pass: each attribution goes through every step (pronoun, definite
 *  title, facets and anaphor link) before the next one starts, so its result reads
 *  only the final state of earlier attributions. The editor's analyzer relies on
 *  this: a kept attribution is in its final state, and a fresh run must show the
 *  next ones that same state. (With one loop per step, a pronoun read an earlier
 *  "the senator" before the definite-title step had made it a named person, while
 *  after an edit it read the kept, finished one: "he" flipped between anonymous and
 *  named depending on where the last edit was.) */
export function* resolveSources(text: string, attributions: Attribution[], heads: string[], sentences: Sentence[], original: string, names: NameIndex, fixed?: Uint8Array, record?: WeakMap<Attribution, Attribution[]>, more?: () => boolean): Steps<void> {
  // Antecedents point at source spans by offset; a map keeps the lookups constant-time.
  // Made when first asked: on a keystroke only a few attributions are resolved, and
  // most of them never look one up.
  let starts: Map<number, Attribution> | null = null;
  const byStart: StartIndex = { get: (start) => (starts ??= startIndex(attributions)).get(start) };
  for (let k = 0; k < attributions.length; k++) {
    // between attributions only: `reads` below is one attribution's
    if (more !== undefined && k % STEP === 0 && !more()) yield;
    if (fixed?.[k]) continue;
    const a = attributions[k];
    if (!record) {
      resolveOne(text, a, attributions, heads, sentences, original, byStart, names);
      continue;
    }
    reads = [];
    resolveOne(text, a, attributions, heads, sentences, original, byStart, names);
    if (reads.length) record.set(a, reads);
    else record.delete(a);
    reads = null;
  }
  yield* linkNamedMentions(attributions, fixed, more);
}

/** The attribution whose source starts at an offset (the first, if several do). */
export type StartIndex = Pick<Map<number, Attribution>, 'get'>;

function startIndex(attributions: readonly Attribution[]): Map<number, Attribution> {
  const map = new Map<number, Attribution>();
  for (const a of attributions) if (!map.has(a.start)) map.set(a.start, a);
  return map;
}

/** Attributions whose state the one being resolved read, while `record` is given:
 *  the editor's analyzer keeps an attribution's resolution only if all of these were
 *  kept too (a chain of links can reach back further than REACH). Only those whose
 *  state resolution can change are listed: the others hold what their own text says. */
let reads: Attribution[] | null = null;
function saw(c: Attribution): void {
  if (reads !== null && CONTEXTUAL.test(c.text) && reads[reads.length - 1] !== c) reads.push(c);
}

/** The source phrases whose resolution reads the attributions and names before them:
 *  pronouns (resolvePronoun), definite descriptions (resolveDefiniteTitle: "the
 *  senator", "both men"; linkAnaphor: "the officials"). Every other attribution
 *  resolves to what its own paragraph says, wherever it stands. */
const CONTEXTUAL = /^(?:(?:he|she|it|they|who)$|(?:the|these|those|both)\s)/i;

/** Does resolving these attributions give what their paragraph alone gives? The
 *  editor's analyzer then keeps their resolution when an edit comes near them. */
export function contextFree(attributions: readonly Attribution[]): boolean {
  for (let k = 0; k < attributions.length; k++) if (CONTEXTUAL.test(attributions[k].text)) return false;
  return true;
}

/** Resolves one attribution against the earlier ones (exported for the windowed
 *  analysis, which keeps only the stretch of them this can reach; see windows.ts). */
export function resolveOne(text: string, a: Attribution, attributions: Attribution[], heads: string[], sentences: Sentence[], original: string, byStart: StartIndex, names: NameIndex): void {
  // cheap tests first: this pass runs on every keystroke over the whole document
  if (a.text.length <= 4 && PRONOUN.test(a.text)) resolvePronoun(a, attributions, sentences, original, byStart, names);
  resolveDefiniteTitle(a, sentences, original, names);
  if (a.kind !== 'anonymous') return;
  if (!a.facets) {
    // a pronoun that turned out to stand for an anonymous source
    const sentence = sentences[a.sentence];
    a.facets = facetsOf(a.text, heads[a.id], detached(text.slice(a.end, sentence ? sentence.end : a.end)));
  }
  // An unresolved "they" is not a vague description: the text gives no description at all,
  // and idioms ("as they say") are common; only bare role nouns are flagged as vague.
  if (/^(they|he|she|who)$/i.test(a.text) && !a.antecedent) a.facets = { ...a.facets, vague: false, role: null };
  if (/^(the|these|those)\s/i.test(a.text) || /^(they|he|she|who)$/i.test(a.text)) linkAnaphor(a, attributions, heads, byStart);
}

function resolvePronoun(a: Attribution, all: Attribution[], sentences: Sentence[], original: string, byStart: StartIndex, names: NameIndex): void {
  const p = a.text.toLowerCase();
  const wanted: SourceType[] = p === 'it' ? ['organization', 'document'] : p === 'they' ? ['unnamed-group', 'organization'] : PERSONLIKE;
  const gender = p === 'he' ? 'm' : p === 'she' ? 'f' : null;
  let best: Attribution | null = null;
  for (let k = a.id - 1; k >= 0; k--) {
    const c = all[k];
    if (a.sentence - c.sentence > LOOKBACK_SENTENCES) break;
    saw(c);
    if (!wanted.includes(c.type) || /^(it|they|he|she|we|i)$/i.test(c.text) && !c.antecedent) continue;
    if (gender && c.type === 'person' && genderOf(c.antecedent?.text ?? c.text) === (gender === 'm' ? 'f' : 'm')) continue;
    best = c;
    break;
  }
  // A named person mentioned after that source, and closer, wins for he/she: "A
  // resident said … Mr. Abu Jamea … he said".
  if (gender) {
    const fromSentence = sentences[Math.max(0, a.sentence - 2)];
    const from = best ? best.end : fromSentence?.start ?? 0;
    const mention = names.last(from, a.start, best ? best.paragraph : fromSentence?.paragraph ?? 0, a.paragraph, gender);
    if (mention && (!best || best.type !== 'person')) {
      a.type = 'person';
      a.kind = 'named';
      a.antecedent = { start: mention.start, end: mention.end, text: detached(original.slice(mention.start, mention.end)) };
      return;
    }
  }
  if (!best) return; // keep the default typing of the pronoun
  const target = best.antecedent && /^(it|they|he|she)$/i.test(best.text) ? byStart.get(best.antecedent.start) ?? best : best;
  saw(target);
  a.type = target.type;
  a.kind = target.kind;
  // a copy: the editor's analyzer moves antecedents with their blocks, one by one
  a.antecedent = target.antecedent && /^(it|they|he|she|who)$/i.test(target.text) ? { ...target.antecedent } : { start: target.start, end: target.end, text: target.text };
}

/** Public roles that, with "the", point back to a person the story has just named:
 *  "the Florida senator", "the businessman". Roles of sources who are usually kept
 *  anonymous (official, aide, source, diplomat…) are left alone. */
const NAMED_ROLE = /^(?:senator|congressman|congresswoman|governor|mayor|candidate|nominee|businessman|businesswoman|billionaire|mogul|president|chairman|chairwoman|ceo|founder|actor|actress|singer|star|author|writer|columnist|commentator|host|coach|player|pastor|rabbi|bishop|judge|secretary|minister|commissioner|sheriff|prosecutor|professor|economist|pollster|strategist|lawmaker|legislator|frontrunner|front-runner|contender|speaker|leader)$/;

/** "Both men", "the two founders": a definite pair, right after two named people. */
const NAMED_PAIR = /^(?:both|the\s+two|the(?:\s+\S+)?)\s+(?:men|women|brothers|sisters|founders|co-founders|partners|candidates|executives|leaders)$/i;

function resolveDefiniteTitle(a: Attribution, sentences: Sentence[], original: string, names: NameIndex): void {
  if (a.type === 'unnamed-group' && !a.antecedent && NAMED_PAIR.test(a.text)) {
    // the guide: a definite description that refers back to named sources takes their type
    const fromSentence = sentences[Math.max(0, a.sentence - 3)];
    const last = names.last(fromSentence?.start ?? 0, a.start, fromSentence?.paragraph ?? 0, a.paragraph, null);
    const before = last && names.last(fromSentence?.start ?? 0, last.start, fromSentence?.paragraph ?? 0, a.paragraph, null);
    if (last && before) {
      a.type = 'person';
      a.kind = 'named';
      a.facets = null;
      a.antecedent = { start: last.start, end: last.end, text: detached(original.slice(last.start, last.end)) }; // the nearer of the two
    }
    return;
  }
  if (a.type !== 'unnamed-person' || a.antecedent || !/^the\s/i.test(a.text)) return;
  if (!NAMED_ROLE.test(headWord(a.text))) return;
  const fromSentence = sentences[Math.max(0, a.sentence - 3)];
  const mention = names.last(fromSentence?.start ?? 0, a.start, fromSentence?.paragraph ?? 0, a.paragraph, null);
  if (!mention) return;
  a.type = 'person';
  a.kind = 'named';
  a.antecedent = { start: mention.start, end: mention.end, text: detached(original.slice(mention.start, mention.end)) };
}



/** "the officials said" after "seven officials involved in … the talks": same group. */
function linkAnaphor(a: Attribution, all: Attribution[], heads: string[], byStart: StartIndex): void {
  const word = a.antecedent ? headWord(a.antecedent.text) : heads[a.id];
  const head = singular(word);
  // same head noun, and the same number when one is available: "the officials" is the
  // four officials, not the official from a mediating country. Look back a bounded
  // number of attributions so a long document stays linear.
  let sameHead: Attribution | null = null;
  let sameNumber: Attribution | null = null;
  for (let k = a.id - 1; k >= 0 && a.id - k <= ANAPHOR_LOOKBACK && !sameNumber; k--) {
    const c = all[k];
    if (c.kind !== 'anonymous' || !c.facets) {
      // turned down for its resolved kind: that is a read too (cheap tests first, this
      // loop is the hot one)
      if (reads !== null && CONTEXTUAL.test(c.text) && singular(heads[k]) === head) saw(c);
      continue;
    }
    if (singular(heads[k]) !== head) continue;
    saw(c);
    if (heads[k] === word) sameNumber = c;
    else sameHead = sameHead ?? c;
  }
  const c = sameNumber ?? sameHead;
  if (!c) return;
  const root = c.antecedent ? byStart.get(c.antecedent.start) ?? c : c;
  saw(root);
  if (!a.antecedent) a.antecedent = { start: root.start, end: root.end, text: root.text };
  if (a.facets && root.facets) {
    a.facets = {
      count: a.facets.count ?? root.facets.count,
      countValue: a.facets.countValue ?? root.facets.countValue,
      affiliation: a.facets.affiliation ?? root.facets.affiliation,
      role: a.facets.role ?? root.facets.role,
      knowledge: a.facets.knowledge ?? root.facets.knowledge,
      vague: a.facets.vague && root.facets.vague,
    };
  }
}

const singularMemo = new Map<string, string>();
function singular(w: string): string {
  let s = singularMemo.get(w);
  if (s === undefined) {
    s = w.replace(/ies$/, 'y').replace(/s$/, '');
    if (singularMemo.size > 50_000) singularMemo.clear();
    singularMemo.set(w, s);
  }
  return s;
}

// Source phrases repeat ("the officials", "Mr. Trump"): remember their key words, and
// the numbers of the groups they name (see groupOf).
interface KeyWords { last: string; all: string; person?: number; typed?: Partial<Record<SourceType, number>> }
const keyMemo = new Map<string, KeyWords | null>();
function keyWords(ref: string): KeyWords | null {
  let k = keyMemo.get(ref);
  if (k === undefined) {
    const words = ref.replace(/['’]s$/, '').split(/\s+/).filter((w) => !/^(the|a|an|mr\.?|mrs\.?|ms\.?|dr\.?)$/i.test(w));
    k = words.length ? { last: words[words.length - 1].toLowerCase(), all: words.join(' ').toLowerCase() } : null;
    keyMemo.set(ref, k);
  }
  return k;
}

/** Group numbers of named sources by key ("person:trump", "organization:white house"). */
const NAMED_GROUPS = new Map<string, number>();
function numbered(key: string): number {
  let g = NAMED_GROUPS.get(key);
  if (g === undefined) NAMED_GROUPS.set(key, (g = NAMED_GROUPS.size));
  return g;
}
/** Anonymous sources are grouped by where the first mention starts, numbered above the named. */
const ANONYMOUS_GROUPS = 2 ** 26;

/** The key words of the source an attribution credits (a pronoun's or a definite
 *  back-reference's are its antecedent's), or null when it is not known who. */
function linkWords(a: Attribution): KeyWords | null {
  if (a.text.length <= 4 && /^(he|she|it|they|who|we|i)$/i.test(a.text) && !a.antecedent) return null; // unresolved: unknown who
  const ref = a.antecedent && (/^(he|she|it|they|who)$/i.test(a.text) || /^(the|these|those)\s/i.test(a.text)) ? a.antecedent.text : a.text;
  return keyWords(ref);
}

/** The group of the source an attribution credits, or -1 when it is not known who.
 *  (sourceKey below is the same grouping as a string, for the windowed one-shot mode,
 *  whose windows cannot share these per-run numbers.) */
function groupOf(a: Attribution, kept: boolean, remember: boolean): number {
  let g = kept ? knownGroups.get(a) : undefined;
  if (g === undefined) {
    g = keyedGroup(a);
    if (remember) knownGroups.set(a, g);
  }
  return g === BY_OFFSET ? ANONYMOUS_GROUPS + (a.antecedent ? a.antecedent.start : a.start) : g;
}

/** groupOf's answer that does not move with the text: an anonymous source's group is
 *  where it stands (BY_OFFSET), worked out anew on every run. */
function keyedGroup(a: Attribution): number {
  const words = linkWords(a);
  if (!words) return -1;
  if (a.type === 'person') return words.person ??= numbered(`person:${words.last}`);
  if (a.kind === 'anonymous') return BY_OFFSET;
  const typed = words.typed ??= {};
  return typed[a.type] ??= numbered(`${a.type}:${words.all}`);
}
const BY_OFFSET = -2;
/** keyedGroup() of each attribution as last worked out. One whose resolution the
 *  editor's analyzer kept (its text, type and antecedent are as they were) reads it
 *  back: on a keystroke that is all but a few hundred of a long story's. Only the
 *  editor's analyzer fills it (a one-shot analysis of 5 MB would only make the
 *  collector's work larger); dropped with the memos its numbers come from. */
let knownGroups = new WeakMap<Attribution, number>();

/** Links every attribution to the others crediting the same source. This runs over
 *  the whole document on every keystroke, so it builds no key strings nor a list per
 *  group: the attributions are sorted by group (group × count + index, natively) and
 *  each takes its neighbours in that order; one whose list is unchanged keeps its array. */
const NO_LINKS: number[] = [];

/** Counts the times the memos behind the group numbers were dropped. */
let memoGeneration = 0;

function* linkNamedMentions(all: Attribution[], fixed: Uint8Array | undefined, more: (() => boolean) | undefined): Steps<void> {
  const n = all.length;
  const group = new Float64Array(n);
  const order = new Float64Array(n);
  let m = 0;
  numbering: for (;;) {
    // memos are dropped between runs only: one run's group numbers must agree
    if (keyMemo.size > 50_000 || NAMED_GROUPS.size > 50_000) { keyMemo.clear(); NAMED_GROUPS.clear(); knownGroups = new WeakMap(); memoGeneration++; }
    const generation = memoGeneration;
    m = 0;
    for (let k = 0; k < n; k++) {
      if (more !== undefined && k % STEP === 0 && !more()) {
        yield;
        // another story's run dropped the memos meanwhile: number the groups again
        if (generation !== memoGeneration) continue numbering;
      }
      group[k] = groupOf(all[k], fixed?.[k] === 1, fixed !== undefined);
      if (group[k] >= 0) order[m++] = group[k] * n + k;
    }
    break;
  }
  const sorted = order.subarray(0, m).sort();
  // decoded once: the attributions in group order, and their ids
  const index = new Int32Array(m);
  const ids = new Int32Array(m);
  for (let i = 0; i < m; i++) { index[i] = sorted[i] % n; ids[i] = all[index[i]].id; }
  const linked = new Uint8Array(n);
  for (let i = 0, step = 0; i < m;) {
    if (more !== undefined && ++step % STEP === 0 && !more()) yield;
    const g = group[index[i]];
    let j = i + 1;
    while (j < m && group[index[j]] === g) j++;
    if (j - i >= 2) {
      for (let at = i; at < j; at++) {
        const a = all[index[at]];
        linked[index[at]] = 1;
        a.sameSource = nearestOthers(ids, i, j, at, a.sameSource);
      }
    }
    i = j;
  }
  for (let k = 0; k < n; k++) if (!linked[k]) all[k].sameSource = NO_LINKS;
}

/** The ids of the group [groupStart, groupEnd) of `ids` near position `at`, less its
 *  own: the nearest mentions only (a document quoting one person 10,000 times must
 *  not build 10,000 lists of 10,000 ids); `old` itself if it holds just those. */
function nearestOthers(ids: Int32Array, groupStart: number, groupEnd: number, at: number, old: number[]): number[] {
  const from = Math.max(groupStart, at - MAX_LINKS / 2);
  const to = Math.min(groupEnd, from + MAX_LINKS + 1);
  if (old.length === to - from - 1) {
    let same = true;
    for (let i = from, j = 0; i < to && same; i++) if (i !== at) same = old[j++] === ids[i];
    if (same) return old;
  }
  const list: number[] = [];
  for (let i = from; i < to; i++) if (i !== at) list.push(ids[i]);
  return list;
}

/** The `sameSource` of the k-th of the attributions `ids` (one source's, in order).
 *  The nearest mentions only: a document quoting one person 10,000 times must not
 *  build 10,000 lists of 10,000 ids. */
export function nearestMentions(ids: readonly number[], k: number): number[] {
  const from = Math.max(0, k - MAX_LINKS / 2);
  const to = Math.min(ids.length, from + MAX_LINKS + 1);
  return ids.slice(from, to).filter((x) => x !== ids[k]);
}

/** What links attributions as one source (null: none), once `a` is resolved. */
export function sourceKey(a: Attribution): string | null {
  const words = linkWords(a);
  if (!words) return null;
  if (a.type === 'person') return `person:${words.last}`;
  if (a.kind === 'anonymous') return a.antecedent ? `anon:${a.antecedent.start}` : `anon:${a.start}`;
  return `${a.type}:${words.all}`;
}
