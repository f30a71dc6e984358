// Figures: quantities stated as facts (guide §2). An own grammar over tokens —
// HEDGE? CORE SCALE? (of)? NOUN{0,3} — because compromise's .numbers() drops hedges,
// splits "3.2 million" and returns dates, ages and the 19 of COVID-19 (notes §7).
import type { FigureValue, Span } from './types';
import type { Token } from './segment';
import { inside } from './segment';
import { classOf } from './words';
import { MONTHS, TIME_UNITS, WEEKDAYS } from './lexicon';

export interface FoundFigure extends Span {
  value: FigureValue | null;
  hedge: string | null;
  noun: string | null;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Vague magnitudes as ranges: "hundreds" → 200–999. */
const VAGUE: Record<string, FigureValue> = {
  dozens: { min: 24, max: 99 }, scores: { min: 40, max: 99 }, hundreds: { min: 200, max: 999 },
  thousands: { min: 2000, max: 9999 }, millions: { min: 2e6, max: 9.99e8 }, billions: { min: 2e9, max: 9.99e11 },
  tens: { min: 20, max: 99 }, tons: { min: 2, max: 999 },
};
const HEDGES = [
  'at least', 'at most', 'more than', 'fewer than', 'less than', 'greater than', 'up to', 'as many as', 'as much as',
  'as few as', 'close to', 'upward of', 'upwards of', 'an estimated', 'a record', 'nearly', 'almost', 'about',
  'around', 'roughly', 'approximately', 'some', 'over', 'under', 'just over', 'just under', 'well over', 'only',
  'below', 'above', 'plus or minus', 'all', 'another', 'estimated', 'no fewer than', 'no more than',
];
const HEDGE_WORDS = new Map<string, string[]>();
for (const h of HEDGES) {
  const last = h.split(' ').pop() as string;
  HEDGE_WORDS.set(last, [...(HEDGE_WORDS.get(last) ?? []), h]);
}

const COOKING_UNITS = new Set(['g', 'mg', 'ml', 'tsp', 'tbsp', 'teaspoon', 'teaspoons', 'tablespoon', 'tablespoons', 'cup', 'cups', 'pinch', 'oz', 'cl', 'dl']);
const PERCENT = /^(percent|per cent|percentage|%)$/;
const NOT_NOUN = new Set(['of', 'and', 'or', 'to', 'from', 'in', 'on', 'at', 'for', 'by', 'with', 'than', 'as', 'that', 'who', 'which']);

const UNIT_VALUES = new Map(Object.entries(UNITS));

function numberWordValue(w: string): number | null {
  const unit = UNIT_VALUES.get(w); // a Map: "constructor" is not a number
  if (unit !== undefined) return unit;
  if (w.length < 9 || !w.includes('-')) return w === 'dozen' ? 12 : null;
  const m = w.match(/^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/);
  if (m) return UNITS[m[1]] + UNITS[m[2]];
  if (w === 'dozen') return 12;
  return null;
}

/** Figures in one sentence; `exclude` spans (quotations, source phrases) hold none. */
export function findFigures(text: string, toks: Token[], exclude: Span[]): FoundFigure[] {
  const out: FoundFigure[] = [];
  for (let i = 0; i < toks.length; i++) {
    const f = figureAt(text, toks, i, exclude);
    if (f) {
      out.push(f.figure);
      i = f.lastToken;
    }
  }
  return out;
}

function figureAt(text: string, toks: Token[], i: number, exclude: Span[]): { figure: FoundFigure; lastToken: number } | null {
  const t = toks[i];
  if (inside(t.start, exclude)) return null;
  let k = i;
  let value: FigureValue | null = null;
  // CORE
  if (t.kind === 'n') {
    const raw = t.text.replace(/[$%,]/g, '');
    const n = Number(raw);
    if (!Number.isFinite(n)) return null;
    if (isExcludedNumber(text, toks, i)) return null;
    value = { min: n, max: n };
  } else if (t.kind === 'w') {
    const w = t.lower;
    const special = specialCore(toks, i);
    if (special) {
      value = special.value;
      k = special.last;
      if (special.complete) return finish(text, toks, i, k, value, -1, -1);
    } else if (w === 'tens' || w === 'hundreds' || w === 'thousands' || w === 'millions' || w === 'billions' || w === 'dozens' || (w === 'scores' || w === 'tons') && toks[k + 1]?.lower === 'of') {
      value = { ...VAGUE[w] };
      // "tens of thousands", "hundreds of thousands"
      if (toks[k + 1]?.lower === 'of' && /^(thousands|millions|billions)$/.test(toks[k + 2]?.lower ?? '')) {
        const scale = VAGUE[toks[k + 2].lower].min / 2;
        value = { min: value.min * scale, max: value.max * scale + scale - 1 };
        k += 2;
      }
      if (w === 'tens' && k === i) return null; // "tens" alone is not a figure
    } else if (w === 'half-dozen') {
      value = { min: 6, max: 6 };
    } else if (w === 'dozen' && /^(a|half)$/.test(toks[i - 1]?.lower ?? '')) {
      value = toks[i - 1].lower === 'half' ? { min: 6, max: 6 } : { min: 12, max: 12 };
    } else {
      const n = numberWordValue(w);
      // "one" is mostly a pronoun; "at least one base" is a count
      if (n === null || n <= 1 && w !== 'zero' && !(n === 1 && HEDGE_WORDS.has(toks[i - 1]?.lower ?? '') && toks[i + 1]?.kind === 'w' && !NOT_NOUN.has(toks[i + 1].lower))) return null;
      if (isDefiniteReference(toks, i) && !SCALES[toks[i + 1]?.lower ?? '']) return null;
      value = { min: n, max: n };
      if (toks[k + 1]?.text === '-') return null;
      // "three of them", "four of the reactors": a count; "one of the countries" is not (n > 1)
      if (toks[k + 1]?.lower === 'of' && /^(the|them|us|those|these|its|his|her|their)$/.test(toks[k + 2]?.lower ?? '')) {
        const end = /^(them|us|those|these)$/.test(toks[k + 2].lower) ? k + 2 : k;
        return finish(text, toks, i, end, value, -1, -1);
      }
    }
  } else return null;
  // SCALE: "3.2 million", "two dozen"
  while (toks[k + 1] && (SCALES[toks[k + 1].lower] || toks[k + 1].lower === 'dozen')) {
    const s = SCALES[toks[k + 1].lower] ?? 12;
    value = value && { min: value.min * s, max: value.max * s };
    k++;
  }
  // "a 2,000-mile border", "a 4.5-percent rise": the unit glued by a hyphen is part of it
  let hyphenUnit = false;
  if (t.kind === 'n' && toks[k + 1]?.text === '-' && toks[k + 1].start === toks[k].end && toks[k + 2]?.kind === 'w' && toks[k + 2].start === toks[k + 1].end) { k += 2; hyphenUnit = true; }
  // time expressions and units of time: not figures
  const nxt = toks[k + 1];
  if (!hyphenUnit && nxt && (TIME_UNITS.has(nxt.lower.replace(/'$/, '')) || MONTHS.has(nxt.lower.replace(/\.$/, '')) || /^(ago|old|years?-old)$/.test(nxt.lower))) return null;
  if (nxt && nxt.text === '-' && toks[k + 2] && (TIME_UNITS.has(toks[k + 2].lower) || /^(year|old)/.test(toks[k + 2].lower))) return null;
  // counted noun
  let nounStart = -1;
  let nounEnd = -1;
  let m = k + 1;
  let afterOf = -1; // the object of "of" is a noun even where the lexicon says verb ("a pair of interviews")
  if (toks[m] && PERCENT.test(toks[m].lower)) {
    nounStart = m; nounEnd = m;
    if (toks[m + 1]?.lower === 'points') nounEnd = ++m;
    m++;
  } else if (toks[m]?.lower === 'of' && value && (t.kind === 'w' || toks[m + 1] && classOf(toks[m + 1]) !== 'det')) {
    m++; // "hundreds of Palestinians"
    afterOf = m;
  } else if (t.kind === 'w' && VAGUE[t.lower]) {
    m = toks.length; // "hundreds remained", "tens of thousands descend": a vague magnitude counts only "of" something
  }
  let count = 0;
  while (m < toks.length && count < 4) {
    const w = toks[m];
    if (w.kind !== 'w' || inside(w.start, exclude)) break;
    const c0 = classOf(w, false);
    // right after "of", or a plural right after the number ("900 nurses"), a word the
    // lexicon calls a verb is the counted noun
    const c = c0 === 'verb' && (m === afterOf && !/(ed|ing)$/.test(w.lower) || count === 0 && m === k + 1 && /[^s]s$/.test(w.lower)) ? 'noun' : c0;
    // "Ten water and sanitation facilities": "and" joins modifiers of one noun, not a
    // second noun phrase ("eight kitchens and nutrition programs", "49 people and wounded")
    if (w.lower === 'and' && count > 0 && !/(s|people|children|men|women)$/.test(toks[m - 1].lower) && toks[m + 2]?.kind === 'w' && classOf(toks[m + 1]) === 'noun' && classOf(toks[m + 2]) === 'noun') { m++; continue; }
    // "about $600 million last year": a time adverbial ends the counted noun
    if (NOT_NOUN.has(w.lower) || /^(last|next|this|per|each|every|a|an)$/.test(w.lower) || c === 'verb' || c === 'prep' || c === 'conj' || c === 'pron' || c === 'det' || c === 'adv' || c === 'num') break;
    if (TIME_UNITS.has(w.lower.replace(/'$/, ''))) return null; // "two full days", "30 days' notice"
    if (count === 0 && COOKING_UNITS.has(w.lower)) return null; // "200 g flour": instructions, not claims
    if (nounStart < 0) nounStart = m;
    nounEnd = m;
    count++;
    m++;
  }
  return finish(text, toks, i, k, value, nounStart, nounEnd);
}

/** The hedge before the number and the figure's span, from its first token `i`, its
 *  last core token `k` and its counted noun (nounStart..nounEnd, or -1). */
function finish(text: string, toks: Token[], i: number, k: number, value: FigureValue | null, nounStart: number, nounEnd: number): { figure: FoundFigure; lastToken: number } | null {
  const t = toks[i];
  // hedge before the number
  let start = i;
  let hedge: string | null = null;
  if (t.kind === 'w' && /^(a|half)$/.test(toks[i - 1]?.lower ?? '') && t.lower === 'dozen') start = i - 1;
  const before = toks[start - 1];
  if (before && HEDGE_WORDS.has(before.lower)) {
    for (const h of HEDGE_WORDS.get(before.lower) ?? []) {
      const parts = h.split(' ');
      const from = start - parts.length;
      if (from >= 0 && parts.every((p, x) => toks[from + x].lower === p)) {
        if (!hedge || h.length > hedge.length) { hedge = toks.slice(from, start).map((x) => x.text).join(' '); }
      }
    }
    if (hedge) start -= hedge.split(' ').length;
  }
  if (hedge && /^(some|all|another|only|under|over)$/i.test(hedge) && nounStart < 0) {
    start += 1; hedge = null; // "some 300" is a hedge, but "all 11 million" needs its noun; keep simple
  }
  const end = nounEnd >= 0 ? toks[nounEnd].end : toks[k].end;
  // A bare number in brackets is a reference or a list mark, not a quantity.
  if (t.kind === 'n' && nounStart < 0 && !hedge && /^[([]$/.test(toks[i - 1]?.text ?? '')) return null;
  let finalEnd = end;
  let lastToken = nounEnd >= 0 ? nounEnd : k;
  if (toks[k + 1]?.text === '-' && toks[k + 2]?.kind === 'n' && toks[k + 1].start === toks[k].end) {
    finalEnd = toks[k + 2].end; lastToken = k + 2; // "41-40"
  }
  return {
    figure: {
      start: toks[start].start,
      end: finalEnd,
      value,
      hedge: hedge ? hedge.toLowerCase() : null,
      noun: nounStart >= 0 ? text.slice(toks[nounStart].start, toks[nounEnd].end) : null,
    },
    lastToken,
  };
}

const FRACTIONS: Record<string, number> = { half: 0.5, third: 1 / 3, thirds: 2 / 3, quarter: 0.25, quarters: 0.75, fifth: 0.2, fifths: 0.4 };
const MULTIPLIERS: Record<string, number> = { twice: 2, thrice: 3 };
const SPECIAL_OPENERS = new Set(['half', 'a', 'several', 'few', 'twice', 'thrice']);

/** Cores that are not plain numbers: fractions ("roughly half of", "two-thirds of", "a
 *  third of"), multipliers ("twice as much"), "a pair of", "a few thousand", "several
 *  million", counted compounds ("a three-man board"). `complete`: the span ends at
 *  `last` (no counted noun follows). */
function specialCore(toks: Token[], i: number): { value: FigureValue | null; last: number; complete: boolean } | null {
  const w = toks[i].lower;
  // this runs on every word: leave at once unless the word can open one of these
  if (!SPECIAL_OPENERS.has(w) && (w.length < 5 || w.indexOf('-') < 0)) return null;
  const n1 = toks[i + 1]?.lower ?? '';
  const n2 = toks[i + 2]?.lower ?? '';
  const single = (v: number) => ({ min: v, max: v });
  if (w === 'half') {
    if (n1 === 'of' && !TIME_UNITS.has(n2) && !/^(it|them|us)$/.test(n2)) return { value: single(FRACTIONS[w]), last: i, complete: true };
    if (/^(that|as)$/.test(n1) && /^(much|many)$/.test(n2)) return { value: single(FRACTIONS[w]), last: i + 2, complete: true };
    return null;
  }
  const hyphen = /^(one|two|three|four|a)-(third|thirds|quarter|quarters|fifth|fifths|half)$/.exec(w);
  if (hyphen && n1 === 'of') return { value: single(FRACTIONS[hyphen[2]] * (UNITS[hyphen[1]] ?? 1)), last: i, complete: true };
  if (w === 'a' && FRACTIONS[n1] !== undefined && n1 !== 'half' && n2 === 'of') return { value: single(FRACTIONS[n1]), last: i + 1, complete: true };
  if (MULTIPLIERS[w] && n1 === 'as' && /^(much|many)$/.test(n2)) return { value: single(MULTIPLIERS[w]), last: i + 2, complete: true };
  if (w === 'a' && n1 === 'pair' && n2 === 'of') return { value: single(2), last: i + 1, complete: false };
  if (w === 'a' && n1 === 'few' && SCALES[n2]) return { value: { min: 2, max: 9 }, last: i + 1, complete: false };
  if ((w === 'several' || w === 'few') && SCALES[n1] && toks[i - 1]?.lower !== 'a') return { value: { min: 3, max: 9 }, last: i, complete: false };
  const compound = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (compound && UNIT_VALUES.has(compound[1]) && UNITS[compound[1]] > 1 && !TIME_UNITS.has(compound[2]) && !/^(year|old|day|week|month|hour|minute|second|time|thirds?|quarters?|fifths?|half)/.test(compound[2])) {
    return { value: single(UNITS[compound[1]]), last: i, complete: false };
  }
  return null;
}

/** Dates, years, times, ages, identifiers ("COVID-19", "Route 60", "Oct. 7"). */
function isExcludedNumber(text: string, toks: Token[], i: number): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + 1];
  const raw = t.text.replace(/[$,%]/g, '');
  // glued to a word: "COVID-19", "F-16", "G-III", "K-1"
  if (t.start > 0 && /[\p{L}\-#/.:_@]/u.test(text[t.start - 1]) && !t.text.startsWith('$')) return true;
  // glued to letters after: "1lHHbkb" (a link), "3D", "5G" — but "$5m" is money
  if (/\p{L}/u.test(text[t.end] ?? '') && !t.text.startsWith('$')) return true;
  // a number in a name: "Teamsters Local 294", "Apollo 11", "Flight 93"
  const score = next?.text === '-' && next.start === t.end && toks[i + 2]?.kind === 'n'; // "Clinton 42-40"
  if (!score && prev && prev.kind === 'w' && i > 1 && /^\p{Lu}/u.test(prev.text) && !MONTHS.has(prev.lower.replace(/\.$/, '')) && !(next && next.kind === 'w' && next.text === next.lower && /^(noun|adj)$/.test(classOf(next)))) return true;
  if (next && next.start === t.end && /^[-/:]/.test(text[t.end]) && !(next.text === '-' && toks[i + 2]?.kind === 'n')) {
    // "9/11", "10:30" are not counts; "a 2,000-mile border", "a 4.5-percent rise" are
    // (figureAt reads the unit), unless the unit is time or age ("12-hour", "73-year-old")
    const unit = toks[i + 2];
    const hyphenUnit = text[t.end] === '-' && unit?.kind === 'w' && unit.start === next.end && !TIME_UNITS.has(unit.lower) && !/^(year|old|day|week|month|hour|minute|second)/.test(unit.lower);
    if (!hyphenUnit && (text[t.end] !== '-' || !/^\d/.test(text[t.end + 1] ?? ''))) return true;
  }
  if (next && /^[:]/.test(next.text)) return true;
  // operands in code or formulas: "= 3", "2 ** attempt", "x * 250"
  if (prev && prev.end === t.start - 1 && /^[=*+/<>^~|&]$/.test(prev.text) || next && /^[=*+/<>^~|&]$/.test(next.text) && next.start === t.end + 1) return true;
  // a list number: "1. Definitions", "2) The tenant…"
  if (i === 0 && next && /^[.)]$/.test(next.text) && next.start === t.end) return true;
  if (/^\d{4}$/.test(raw) && !t.text.includes(',') && +raw >= 1800 && +raw <= 2100) {
    // A year, unless it counts something: "a poll of 2047 registered voters" (a count
    // follows "of" or a hedge), not "the 2016 elections".
    const countedAfter = (next?.kind === 'w' && /s$/.test(next.lower) && !TIME_UNITS.has(next.lower)) || (toks[i + 2]?.kind === 'w' && /s$/.test(toks[i + 2].lower));
    if (!(countedAfter && prev && /^(of|about|nearly|than|some|approximately|roughly)$/.test(prev.lower))) return true;
  }
  if (prev && (MONTHS.has(prev.lower.replace(/\.$/, '')) || WEEKDAYS.has(prev.lower))) return true;
  // "Group of 20", "Channel 4 News": a number inside a name
  if (prev?.lower === 'of' && /^\p{Lu}/u.test(toks[i - 2]?.text ?? '') && !(next && next.kind === 'w' && /[^s]s$/.test(next.lower))) return true;
  // "1600 Pennsylvania Avenue": an address
  if (next && /^\p{Lu}/u.test(next.text) && /^(avenue|ave\.?|street|st\.?|road|rd\.?|boulevard|blvd\.?|drive|lane|place|way|square|plaza)$/i.test(toks[i + 2]?.text ?? toks[i + 1].text)) return true;
  // "Ecode: 11.": a code after a colon, with nothing counted
  if (prev?.text === ':' && (!next || next.kind === 'p')) return true;
  if (next && MONTHS.has(next.lower.replace(/\.$/, ''))) return true;
  if (prev && /^(no\.|route|highway|article|section|chapter|page|pages|p\.|room|flight|row|grade|level|phase|number|no|version|district|precinct|ward|interstate|i|number|fig\.|figure|table|class|category|step|item|exhibit|amendment|resolution|title|rule|psalm|verse|episode|season|volume|vol\.|game|round|act|proposition|prop\.|question|line|lot|unit|apartment|suite|building|gate|terminal|pier|platform|channel|bus|train|camp|zone|block|sector|lane|street|avenue|road|parcel)$/.test(prev.lower)) return true;
  if (next && /^(a\.m\.|p\.m\.|am|pm|o'clock|b\.c\.|a\.d\.|st|nd|rd|th)$/.test(next.lower)) return true;
  // ages: "Kamel Abu Jamea, 73," / "Amna, 73," / "aged 73"
  if (prev && prev.text === ',' && next && next.text === ',' && /^\d{1,3}$/.test(raw) && toks[i - 2] && /^\p{Lu}/u.test(toks[i - 2].text)) return true;
  if (prev && /^(aged|age|ages)$/.test(prev.lower)) return true;
  return false;
}

/** "the two sides", "both", "one of the mediating countries": not a count of anything new. */
function isDefiniteReference(toks: Token[], i: number): boolean {
  const prev = toks[i - 1]?.lower ?? '';
  return /^(the|these|those|its|his|her|their|our|my|your|all)$/.test(prev) && (UNIT_VALUES.get(toks[i].lower) ?? 99) <= 10;
}
