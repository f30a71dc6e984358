// Which reading a cue word has in its sentence, beyond the lexicon's part of speech:
// a participle that modifies a noun ("the man accused of", "five proposed bills"), a
// verb of saying with nothing said ("what he said this week"), and the subjects that
// only the sentence around a cue shows (a poll share before a gerund, a name before its
// appositive). Issue 9, families 3 and 4.
import type { Token } from './segment';
import { classOf } from './words';
import { CUE_ADVERBS, POLL_SHARE } from './lexicon';
import { AUXILIARY } from './constructions';
import { endsWithName } from './phrases';

/** "about three in 10", "62 percent of voters": the first token of a poll share that
 *  ends at `j` and follows "with", a verb or a comma, or -1. */
export function pollShareBefore(toks: Token[], j: number): number {
  for (let k = j; k >= 0 && j - k < 8; k--) {
    const t = toks[k];
    if (t.kind === 'p') return -1;
    const before = toks[k - 1];
    if (!before || !(before.lower === 'with' || before.text === ',' || classOf(before, k - 1 === 0) === 'verb')) continue;
    const phrase = toks.slice(k, j + 1).map((x) => x.text).join(' ');
    if (POLL_SHARE.test(phrase) || /^(?:(?:about|nearly|almost|roughly|just|only|over)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:\d+|ten)\b/i.test(phrase)) return k;
  }
  return -1;
}

/** The comma at `k` closes an appositive after a name: "Lena Okafor, a retired engineer,". */
export function closesAppositive(toks: Token[], k: number): boolean {
  for (let c = k - 1; c > 0 && k - c < 10; c--) {
    if (toks[c].kind !== 'p') continue;
    return toks[c].text === ',' && /^(a|an|the)$/.test(toks[c + 1]?.lower ?? '') && endsWithName(toks, c - 1);
  }
  return false;
}

/** "what he said this week", "things that Trump has said", "after he said them",
 *  "There, I said it.": a verb of saying whose object is a free relative or a pronoun,
 *  with nothing said in the sentence (not "what they said was the need for…"). */
export function nothingSaid(toks: Token[], i: number, j: number, lemma: string): boolean {
  if (lemma !== 'say' && lemma !== 'tell' || j < 0) return false;
  const next = toks[i + 1];
  if (lemma === 'say' && next && /^(it|them)$/.test(next.lower)) {
    const after = toks[i + 2];
    return !after || after.kind === 'p' && /^[.,;!?)]$/.test(after.text);
  }
  // the subject's left edge: a free relative before it ("what he", "anything the senator")
  let k = j;
  while (k > 0 && toks[k].kind === 'w' && /^(noun|proper|adj|det|pron)$/.test(classOf(toks[k], k === 0)) && !/^(what|whatever|that|which|anything|everything|something|nothing)$/.test(toks[k].lower)) k--;
  while (k > 0 && CUE_ADVERBS.has(toks[k].lower)) k--;
  const before = toks[k];
  const free = /^(what|whatever)$/.test(before.lower) || before.lower === 'that' && /^(things|something|anything|everything|nothing|all|words)$/.test(toks[k - 1]?.lower ?? '') || /^(anything|everything|something|nothing)$/.test(before.lower);
  if (!free) return false;
  // said what?: an object of its own, a verb of its own, or a quotation after the cue says something
  for (let m = i + 1; m < toks.length && m <= i + 8; m++) {
    const x = toks[m];
    if (x.kind === 'p') return /^[.,;!?)—–]$/.test(x.text) && !/^[“"]$/.test(toks[m + 1]?.text ?? '');
    if (AUXILIARY.test(x.lower) || /^(would|will|could|can|should|must|might|may)$/.test(x.lower) || classOf(x) === 'verb' || /^(he|she|they|we|i|it|there)$/.test(x.lower) && m === i + 1 && lemma === 'say') return false;
  }
  return false;
}

/** The participle at `i` modifies a noun instead of telling what someone said (`j` is
 *  the token before it): "the woman accused of driving" (a passive reduced relative),
 *  "the refugees admitted are", "her five proposed bills", "eight reported incidents". */
export function participleModifier(toks: Token[], i: number, j: number): boolean {
  const t = toks[i];
  if (!/ed$/.test(t.lower) || j !== i - 1) return false;
  const prev = toks[j];
  const next = toks[i + 1];
  if (!prev || !next) return false;
  const prevClass = classOf(prev, j === 0);
  // "the man accused of purchasing the guns": the accused, not the accuser ("who had accused Mr. Obama of" has its object first)
  if (t.lower === 'accused' && next.lower === 'of' && /^(noun|proper)$/.test(prevClass)) return true;
  // "the majority of refugees admitted are women": the participle ends the subject, whose verb follows;
  // not "a class that he argued was failing", where a pronoun subject speaks
  if (AUXILIARY.test(next.lower) && /^(noun|proper)$/.test(prevClass) && prev.kind === 'w') {
    // ("what advocates estimated were 100,000 adoptees": a relative word before the subject makes it speak)
    let k = j;
    while (k > 0 && toks[k].kind === 'w' && !/^(that|which|what|who|whom)$/.test(toks[k].lower) && /^(noun|proper|adj|det)$/.test(classOf(toks[k], k === 0))) k--;
    if (!/^(that|which|what|who|whom)$/.test(toks[k].lower)) return true;
  }
  // "her five proposed bills", "Obama's highly criticized press conference": an adjective before its noun
  const nextNoun = next.kind === 'w' && next.text === next.lower && classOf(next) === 'noun' && !/^(that|this|these|those|it|him|her|them)$/.test(next.lower);
  if (!nextNoun) return false;
  if (prevClass === 'num' || prevClass === 'det' && !/^(some|many|most|all|both|several|few|others?|each|one|more|another|no)$/.test(prev.lower) || /['’]s?$/.test(prev.text) && !/^(he|she|it|who|there|that)['’]s$/i.test(prev.text)) return true;
  const before = toks[j - 1];
  return /ly$/.test(prev.lower) && prevClass === 'adv' && !!before && (classOf(before, j - 1 === 0) === 'det' || /['’]s?$/.test(before.text));
}
