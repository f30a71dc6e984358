// Person names mentioned anywhere in a paragraph ("Mr. Netanyahu", "President Biden",
// "Jake Sullivan"), found once per paragraph and cached with it, so that pronoun
// resolution looks them up instead of re-scanning text on every "he said".
import type { Span } from './types';
import { FEMALE_HONORIFICS, MALE_HONORIFICS } from './lexicon';
import { genderOfFirstName } from './words';

export interface NameMention extends Span {
  gender: 'm' | 'f' | null;
}

const NAME_MENTION = /\b(?:(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Prime Minister|Secretary|Judge)\.?\s+)?(\p{Lu}[\p{L}'’-]+)(?:\s+(\p{Lu}[\p{L}'’-]+))?/gu;

/** Clear person names only: an honorific, or a known first name and a surname. */
export function findNameMentions(body: string): NameMention[] {
  const out: NameMention[] = [];
  NAME_MENTION.lastIndex = 0;
  for (let m = NAME_MENTION.exec(body); m; m = NAME_MENTION.exec(body)) {
    const honorific = m[1];
    const gender = honorific ? genderOf(honorific) : genderOfFirstName(m[2]);
    if (!honorific && !(m[3] && gender)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, gender });
  }
  return out;
}

const genderMemo = new Map<string, 'm' | 'f' | null>();

export function genderOf(name: string): 'm' | 'f' | null {
  let g = genderMemo.get(name);
  if (g === undefined) {
    const first = name.split(/\s+/)[0]?.toLowerCase().replace(/\.$/, '') ?? '';
    g = MALE_HONORIFICS.has(first) ? 'm' : FEMALE_HONORIFICS.has(first) ? 'f' : genderOfFirstName(first);
    if (genderMemo.size > 50_000) genderMemo.clear();
    genderMemo.set(name, g);
  }
  return g;
}

/** Name mentions of a whole document: each paragraph's, at the paragraph's offset.
 *  Read through the paragraph list as it is (nothing copied), since the editor's
 *  analyzer builds one per keystroke. */
export class NameIndex {
  constructor(
    private readonly spans: readonly Span[],
    private readonly namesOf: (paragraph: number) => readonly NameMention[],
  ) {}

  /** The last mention inside [from, to) agreeing with `gender` (when known), as
   *  absolute offsets; `fromParagraph`/`toParagraph` bound the search. */
  last(from: number, to: number, fromParagraph: number, toParagraph: number, gender: 'm' | 'f' | null): Span | null {
    for (let p = Math.min(toParagraph, this.spans.length - 1); p >= fromParagraph && p >= 0; p--) {
      const base = this.spans[p].start;
      const names = this.namesOf(p);
      for (let k = names.length - 1; k >= 0; k--) {
        const n = names[k];
        const start = base + n.start;
        const end = base + n.end;
        if (end > to || start < from) continue;
        if (n.gender && gender && n.gender !== gender) continue;
        return { start, end };
      }
    }
    return null;
  }
}
