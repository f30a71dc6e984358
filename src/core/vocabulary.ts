// A desk's house vocabulary (from its project config): extra cue verbs, its own
// phrases that explain anonymity, names it knows to be organizations or people,
// and words that are never cues on its beat ("slammed" on a sports desk).
//
// The rules read the lexicon's word lists directly, in dozens of places; passing the
// vocabulary down to each would rewrite most of the rule files. Instead a call of
// analyze() runs inside withVocabulary(), which adds (and removes) entries in those
// lists for the length of that one synchronous call and restores them in `finally`.
// Nothing else can run in between (JavaScript runs one call at a time per thread,
// and every worker thread has its own copy of the lists), so the result is a pure
// function of the text and the options. With no vocabulary nothing is touched.
import type { HouseVocabulary } from './types';
import {
  BELIEF_VERBS, DOCUMENT_VERBS, PHRASAL_VERBS, SPEECH_VERBS, STANCE_ADJECTIVES, inflect,
} from './lexicon';
import type { FoundNote } from './anonymity';
import type { Typed } from './sourceType';

interface Compiled {
  /** Known names by their last word, so a long list costs one look-up per phrase. */
  names: Map<string, { name: string; type: 'organization' | 'person' }[]>;
  formulas: RegExp | null;
  /** Forms of the extra cue verbs, for the sentence prefilter. */
  cueForms: Set<string>;
}

let active: Compiled | null = null;

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A stable key for a vocabulary: an analyzer's paragraph cache holds only for one. */
export function vocabularyKey(v: HouseVocabulary | undefined): string {
  return v ? JSON.stringify([v.cueVerbs, v.anonymityFormulas, v.organizations, v.people, v.neverCues]) : '';
}

function isEmpty(v: HouseVocabulary): boolean {
  return !v.cueVerbs.length && !v.anonymityFormulas.length && !v.organizations.length && !v.people.length && !v.neverCues.length;
}

/** Runs `fn` with the vocabulary in force; the lexicon is as it was afterwards, even
 *  when `fn` throws. */
export function withVocabulary<T>(v: HouseVocabulary | undefined, fn: () => T): T {
  if (!v || isEmpty(v) || active) return fn(); // nested calls run under the outer one
  const undo: (() => void)[] = [];
  const cueForms = new Set<string>();
  for (const raw of v.cueVerbs) {
    const lemma = norm(raw);
    if (!/^[a-z]+$/.test(lemma)) continue; // validated by the config; a guard only
    for (const form of inflect(lemma)) {
      cueForms.add(form);
      if (!SPEECH_VERBS.has(form)) { SPEECH_VERBS.set(form, lemma); undo.push(() => SPEECH_VERBS.delete(form)); }
    }
  }
  for (const raw of v.neverCues) {
    const word = norm(raw);
    for (const map of [SPEECH_VERBS, BELIEF_VERBS, DOCUMENT_VERBS, PHRASAL_VERBS]) {
      // the word itself, and every form of it when it is a lemma ("slam" → "slammed")
      for (const [form, lemma] of [...map]) {
        if (form !== word && lemma !== word) continue;
        map.delete(form);
        undo.push(() => map.set(form, lemma));
      }
    }
    if (STANCE_ADJECTIVES.delete(word)) undo.push(() => STANCE_ADJECTIVES.add(word));
  }
  const formulas = v.anonymityFormulas.map(norm).filter(Boolean);
  const names: Compiled['names'] = new Map();
  const addName = (raw: string, type: 'organization' | 'person'): void => {
    const name = norm(raw);
    if (!name) return;
    const last = name.slice(name.lastIndexOf(' ') + 1);
    const list = names.get(last) ?? [];
    list.push({ name, type });
    names.set(last, list);
  };
  for (const n of v.organizations) addName(n, 'organization');
  for (const n of v.people) addName(n, 'person');
  active = {
    names,
    formulas: formulas.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${formulas.map((f) => escape(f).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'iu') : null,
    cueForms,
  };
  try {
    return fn();
  } finally {
    active = null;
    for (let i = undo.length - 1; i >= 0; i--) undo[i]();
  }
}

/** A sentence the prefilter would skip but that holds an extra cue verb. */
export function houseCandidate(sentence: string): boolean {
  if (!active || active.cueForms.size === 0) return false;
  for (const w of sentence.toLowerCase().match(/[a-z]+/g) ?? []) if (active.cueForms.has(w)) return true;
  return false;
}

/** The desk's typing of a source phrase that is, or ends with, a name it knows
 *  ("the Harbor Ledger", "Harbor Ledger's"); null when none applies. */
export function houseType(phrase: string): Typed | null {
  if (!active) return null;
  const lower = norm(phrase).replace(/['’]s?$/, '');
  const candidates = active.names.get(lower.slice(lower.lastIndexOf(' ') + 1));
  if (!candidates) return null;
  // the longer name wins: "Jane Smith Foundation" over "Smith Foundation"
  let best: Typed | null = null;
  let length = 0;
  for (const { name, type } of candidates) {
    if ((lower === name || lower.endsWith(` ${name}`)) && name.length > length) { best = { type, pronoun: null }; length = name.length; }
  }
  return best;
}

/** A sentence that uses one of the desk's own formulas for why a source is not named.
 *  The formula is the reason: the desk wrote it to say why. */
export function houseNote(sentence: string): FoundNote | null {
  if (!active?.formulas) return null;
  const m = active.formulas.exec(sentence);
  if (!m) return null;
  return { start: 0, end: sentence.length, trigger: m[0], reason: m[0], boilerplate: false };
}
