// Which attribution covers which figure (guide §2): an attribution covers its own
// clause and what it governs, not a sibling after a semicolon or a colon, and not a
// relative clause or a dash parenthetical it stands outside of (or inside of).
//   "Clinton, who held three events in Iowa, has urged…": the count is the story's.
//   "The virus has infected thousands: women have been advised by the agency to…": idem.
import type { Token } from './segment';

/** Per token: the top-level part of the sentence (split at ; and :) and
 *  the island it sits in (a ", who …," relative clause or a "- … -" parenthetical), 0
 *  when it is in no island. */
export interface Clauses {
  part: Int32Array;
  island: Int32Array;
  /** token index of the separator that opens each part (0 for the first) */
  separator: number[];
}

const RELATIVE = /^(who|whom|whose|which)$/;
const DASH = /^[—–-]$/;

export function clausesOf(toks: Token[]): Clauses {
  const n = toks.length;
  const part = new Int32Array(n);
  const island = new Int32Array(n);
  // dash pairs first: "- rebuking Mr. Trump eight times by name -" is an island; a
  // lone dash separates parts like a colon
  const dashes: number[] = [];
  for (let k = 0; k < n; k++) if (toks[k].kind === 'p' && DASH.test(toks[k].text) && spaced(toks, k)) dashes.push(k);
  const pairOf = new Map<number, number>();
  for (let d = 0; d + 1 < dashes.length; d += 2) { pairOf.set(dashes[d], dashes[d + 1]); pairOf.set(dashes[d + 1], -1); }
  let p = 0;
  const separator = [0];
  let islands = 0;
  let open = 0; // island id while inside one
  let closeAt = -1; // token that ends the current island (a comma or the closing dash)
  for (let k = 0; k < n; k++) {
    const t = toks[k];
    // a lone dash is too often an aside inside the content ("…lowest ever - and well
    // below the 2 percent…") to split the sentence; semicolons and colons do
    if (t.kind === 'p' && (t.text === ';' || t.text === ':')) { p++; separator.push(k); open = 0; part[k] = p; continue; }
    if (!open && t.kind === 'p' && DASH.test(t.text) && (pairOf.get(k) ?? -1) > k) { open = ++islands; closeAt = pairOf.get(k) as number; }
    else if (!open && t.text === ',' && RELATIVE.test(toks[k + 1]?.lower ?? '')) { open = ++islands; closeAt = -2; }
    part[k] = p;
    island[k] = open;
    if (open && (k === closeAt || closeAt === -2 && toks[k + 1]?.text === ',')) { open = 0; closeAt = -1; }
  }
  return { part, island, separator };
}

/** A dash set off by spaces (or a long dash): "Obama - rebuking him -", not "well-known". */
function spaced(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (t.text !== '-') return true;
  const before = toks[k - 1];
  const after = toks[k + 1];
  return (!before || before.end < t.start) && (!after || after.start > t.end);
}

/** Whether an attribution whose cue is at token `cue` covers a figure at token `fig`. */
export function covers(c: Clauses, toks: Token[], cue: number, fig: number): boolean {
  if (c.part[cue] !== c.part[fig]) {
    // "The ministry said: 40 people died": a cue right before a colon governs what follows
    const sep = c.separator[c.part[fig]];
    return c.part[fig] === c.part[cue] + 1 && toks[sep].text === ':' && sep > cue && sep - cue <= 3;
  }
  if (c.island[cue] === c.island[fig]) return true;
  // A cue inside an island covers only the island. A figure in an island the cue stands
  // outside of is covered when the island is part of what the cue governs (after it:
  // "noted that troop strength - around 166,000 in April - lags"), not when it
  // describes the subject or the manner ("Clinton, who held three events, urged…",
  // "argued - rebuking him eight times - that…").
  if (c.island[cue] !== 0) return false;
  let first = fig;
  while (first > 0 && c.island[first - 1] === c.island[fig]) first--;
  return first > cue + 2;
}
