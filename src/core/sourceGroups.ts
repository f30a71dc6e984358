// The sources of a story as a reader counts them, for the editor's Sources view:
// mentions of one source merged (the core's links, the same words in any case, a
// short form such as "The Times" or "U.N." for a longer name), a pronoun under what
// it refers to, and pronouns the analysis could not resolve in a group of their own
// (never under named people: nobody knows who "he" is).
import type { Analysis, Attribution, SourceType } from './types';

export type SourceGroupKind = SourceType | 'unresolved-pronoun';

export interface SourceCluster {
  /** How to name the source: its fullest mention, or for pronouns what they refer to. */
  name: string;
  type: SourceType;
  /** In text order. */
  mentions: Attribution[];
}

export interface SourceGroup {
  kind: SourceGroupKind;
  /** In order of first mention. */
  sources: SourceCluster[];
}

/** Anonymous first: they are what an editor checks. */
export const GROUP_ORDER: readonly SourceGroupKind[] = ['unnamed-group', 'unnamed-person', 'person', 'organization', 'document', 'unresolved-pronoun'];

const PRONOUN = /^(?:he|she|it|they|who|we|i|him|her|them|us)$/i;
/** "an official", "a resident", "another diplomat": each is someone new, however worded. */
const INDEFINITE = /^(?:a|an|another|one)\s/i;

function isPronoun(a: Attribution): boolean {
  return a.text.length <= 4 && PRONOUN.test(a.text.trim());
}

/** Words of a name, for comparing mentions: case, a leading "the", a possessive and
 *  honorifics do not matter. */
function words(text: string): string[] {
  return text.replace(/['’]s$/, '').toLowerCase().split(/\s+/)
    .filter((w) => w !== '' && !/^(?:the|mr\.?|mrs\.?|ms\.?|dr\.?)$/.test(w));
}

/** "UN" from "U.N.", "IDF" from "I.D.F." — a possible acronym, or null. */
function acronym(text: string): string | null {
  const letters = text.replace(/^the\s+/i, '').replace(/\./g, '');
  return /^[A-Z]{2,6}$/.test(letters) ? letters : null;
}

/** Initials of a name's capitalised words: "United Nations" → "UN". */
function initials(text: string): string {
  return text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

export function groupSources(analysis: Analysis): SourceGroup[] {
  const all = analysis.attributions;
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const union = (a: number, b: number) => {
    const x = find(a), y = find(b);
    // the earlier mention stays the root, so clusters keep text order
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };

  const byStart = new Map<number, number>();
  for (const a of all) if (!byStart.has(a.start)) byStart.set(a.start, a.id);
  const unresolved: Attribution[] = [];
  const byWords = new Map<string, number>();
  const mergeByWords = (a: Attribution, text: string) => {
    const key = `${a.type}:${words(text).join(' ')}`;
    const seen = byWords.get(key);
    if (seen === undefined) byWords.set(key, a.id);
    else union(a.id, seen);
  };

  for (const a of all) {
    if (isPronoun(a) && !a.antecedent) {
      unresolved.push(a);
      continue;
    }
    for (const other of a.sameSource) if (other >= 0 && other < all.length) union(a.id, other);
    if (a.antecedent) {
      // A pronoun or "the officials": with the mention it stands for, or, when that is
      // a name the story gives outside any attribution, with others naming it.
      const target = byStart.get(a.antecedent.start);
      if (target !== undefined && target !== a.id) union(a.id, target);
      else mergeByWords(a, a.antecedent.text);
    } else if (!INDEFINITE.test(a.text)) {
      mergeByWords(a, a.text);
    }
  }

  // Short forms of a named source: "The Times" for "The New York Times", "U.N." for
  // "the United Nations". Only when exactly one longer name fits. Compared per
  // distinct name and looked up by last word or initials, so a long story stays fast.
  interface Name { type: SourceType; w: string[]; text: string; id: number }
  const names = new Map<string, Name>();
  for (const a of all) {
    if (a.kind !== 'named' || isPronoun(a) || a.antecedent) continue;
    const w = words(a.text);
    const key = `${a.type}:${w.join(' ')}`;
    if (w.length && !names.has(key)) names.set(key, { type: a.type, w, text: a.text, id: a.id });
  }
  const byLast = new Map<string, Name[]>();
  const byInitials = new Map<string, Name[]>();
  const push = (m: Map<string, Name[]>, k: string, n: Name) => {
    const list = m.get(k);
    if (list) list.push(n);
    else m.set(k, [n]);
  };
  for (const n of names.values()) {
    push(byLast, `${n.type}:${n.w[n.w.length - 1]}`, n);
    if (n.w.length >= 2) push(byInitials, `${n.type}:${initials(n.text.replace(/^the\s+/i, ''))}`, n);
  }
  for (const short of names.values()) {
    const fits = new Set<number>();
    for (const long of byLast.get(`${short.type}:${short.w[short.w.length - 1]}`) ?? []) {
      const offset = long.w.length - short.w.length;
      if (offset > 0 && short.w.every((x, k) => long.w[offset + k] === x)) fits.add(find(long.id));
    }
    const abbr = acronym(short.text);
    if (abbr) for (const long of byInitials.get(`${short.type}:${abbr}`) ?? []) fits.add(find(long.id));
    fits.delete(find(short.id));
    if (fits.size === 1) union(short.id, [...fits][0]);
  }

  const clusters = new Map<number, Attribution[]>();
  for (const a of all) {
    if (isPronoun(a) && !a.antecedent) continue;
    const root = find(a.id);
    const list = clusters.get(root);
    if (list) list.push(a);
    else clusters.set(root, [a]);
  }
  const groups = new Map<SourceGroupKind, SourceCluster[]>();
  const add = (kind: SourceGroupKind, cluster: SourceCluster) => {
    const list = groups.get(kind);
    if (list) list.push(cluster);
    else groups.set(kind, [cluster]);
  };
  for (const root of [...clusters.keys()].sort((x, y) => x - y)) {
    const mentions = clusters.get(root)!;
    const own = mentions.filter((m) => !m.antecedent && !isPronoun(m));
    // the fullest own mention names it; else what its pronouns refer to
    const best = own.reduce<Attribution | null>((b, m) => (!b || words(m.text).length > words(b.text).length ? m : b), null);
    const name = best ? best.text : mentions[0].antecedent?.text ?? mentions[0].text;
    const type = (best ?? mentions[0]).type;
    add(type, { name, type, mentions });
  }
  // Unresolved pronouns, one entry per word: "he" cited 3 times, not three "he" sources.
  const pronouns = new Map<string, Attribution[]>();
  for (const a of unresolved) {
    const key = a.text.toLowerCase();
    const list = pronouns.get(key);
    if (list) list.push(a);
    else pronouns.set(key, [a]);
  }
  for (const mentions of pronouns.values()) add('unresolved-pronoun', { name: mentions[0].text.toLowerCase(), type: mentions[0].type, mentions });

  return GROUP_ORDER.filter((k) => groups.has(k)).map((kind) => ({ kind, sources: groups.get(kind)! }));
}
