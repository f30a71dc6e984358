// Anonymity notes (sentences that say why a source is not named) and the facets of
// anonymous source phrases: how many, whose side, how they know (guide §1; notes §6).
import type { AnonymityNote, AnonymityVerdict, AnonymousFacets } from './types';
import { GROUP_ADJECTIVES, KNOWLEDGE_PHRASE } from './lexicon';

/** The grant of anonymity, and stock reasons that often stand alone. */
const GRANT = /\b(?:(?:spoke|speaking|spoken|talked|talking|agreed to speak|agreed to talk)\b[^.;]{0,60}?\bon\s+(?:the\s+)?condition\s+(?:of|that)\s+(?:anonymity|(?:he|she|they|his|her|their)\s+(?:not\s+be|names?\s+not\s+be|identit(?:y|ies)\s+not\s+be))|(?:requested|request(?:ing)?|ask(?:ed|ing)\s+for|insist(?:ed|ing)\s+on|demand(?:ed|ing)|was\s+granted|were\s+granted|granted|under\s+(?:the\s+)?condition\s+of)\s+anonymity|(?:spoke|speaking|responded|commented|answered|talked)\s+anonymously|without\s+being\s+(?:named|identified)|names?\s+(?:was|were)\s+withheld|ask(?:ed|ing)\s+that\s+(?:his|her|their)\s+names?\s+(?:be\s+withheld|not\s+be\s+used)|on\s+(?:the\s+)?condition\s+of\s+anonymity|ask(?:ed|ing)\s+not\s+to\s+be\s+(?:named|identified)|(?:declined|refused)\s+to\s+be\s+(?:named|identified)|spoke\s+anonymously|speaking\s+anonymously|on\s+background|not\s+for\s+attribution|asked\s+that\s+(?:his|her|their)\s+names?\s+not\s+be\s+(?:used|published|disclosed))/i;
const STOCK_REASON = /\b(?:(?:was|were|is|are|being)\s+not\s+|n't\s+|not\s+)(?:authorized|permitted|allowed|cleared)\s+to\s+(?:speak|discuss|comment|talk|be\s+quoted)[^.;,]*/i;
const REASON = /\b(?:because|in\s+order\s+to|so\s+(?:as\s+to|that)|for\s+fear\s+of|fearing|citing|to\s+(?:protect|avoid|speak|discuss|describe|detail|share|talk|candidly|freely)|due\s+to|given)\b[^.;]*/i;

export interface FoundNote {
  start: number;
  end: number;
  trigger: string;
  reason: string | null;
  boilerplate: boolean;
}

/** A sentence that explains anonymity; offsets relative to `sentence`. */
export function findAnonymityNote(sentence: string): FoundNote | null {
  const grant = GRANT.exec(sentence);
  const stock = STOCK_REASON.exec(sentence);
  if (!grant && !stock) return null;
  const trigger = (grant ?? stock) as RegExpExecArray;
  const after = sentence.slice(trigger.index + trigger[0].length);
  const reasonMatch = grant ? REASON.exec(after) : null;
  const reason = reasonMatch ? reasonMatch[0].trim() : stock ? stock[0].trim() : null;
  // A reason beyond the stock formula ("to speak more freely about sensitive matters",
  // "for fear of losing their jobs") is what standards editors ask for.
  const boilerplate = !reasonMatch || STOCK_REASON.test(reasonMatch[0]) && !/fear|protect|safety|retaliat|reprisal|job/i.test(reasonMatch[0]);
  return { start: 0, end: sentence.length, trigger: trigger[0].trim(), reason, boilerplate };
}

/** The story's one verdict on anonymity, from its notes (in order) and its number of
 *  anonymous attributions. A real reason anywhere wins over stock formulas. */
export function anonymityVerdict(notes: readonly AnonymityNote[], anonymous: number): AnonymityVerdict {
  if (anonymous === 0) {
    return { status: 'no-anonymous-sources', note: null, quote: null, label: 'no anonymous sources', message: 'The story cites no anonymous source.' };
  }
  if (notes.length === 0) {
    return { status: 'unexplained', note: null, quote: null, label: 'not explained', message: 'The story never says why anonymity was granted.' };
  }
  const real = notes.findIndex((n) => !n.boilerplate);
  if (real >= 0) {
    const n = notes[real];
    const quote = n.reason ?? n.trigger;
    return { status: 'explained', note: real, quote, label: 'explained', message: `The story says why anonymity was granted: “${quote}”.` };
  }
  const n = notes[0];
  // Quote what was found: the stock reason when there is one, else the bare grant.
  const message = n.reason
    ? `The story explains anonymity only by a stock formula: “${n.reason}”.`
    : `The story grants anonymity (“${n.trigger}”) but never says why.`;
  return { status: 'stock-formula', note: 0, quote: n.reason ?? n.trigger, label: 'explained only by a stock formula', message };
}

const COUNT_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, another: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, both: 2, 'a pair of': 2, 'a couple of': 2,
};

/** Facets of an anonymous source phrase; `following` is the text right after the
 *  phrase in its sentence (knowledge clauses often trail it: "…, who was briefed on"). */
export function facetsOf(phrase: string, head: string, following: string): AnonymousFacets {
  const src = phrase.replace(/\s+/g, ' ').trim();
  const words = src.split(' ');
  const firstLower = (words[0] ?? '').toLowerCase();
  let count: string | null = null;
  let countValue: number | null = null;
  if (/^\d[\d,]*$/.test(firstLower)) { count = words[0]; countValue = Number(firstLower.replace(/,/g, '')); }
  else if (firstLower in COUNT_WORDS) { count = words[0]; countValue = COUNT_WORDS[firstLower]; }
  else if (/^(several|some|many|dozens|multiple|few|numerous|two|three)$/.test(firstLower)) count = words[0];
  const knowledgeMatch = KNOWLEDGE_PHRASE.exec(src) ?? KNOWLEDGE_PHRASE.exec(following.slice(0, 120));
  const knowledge = knowledgeMatch ? knowledgeMatch[0].trim().replace(/^who\s+(?:is|are|was|were)\s+/i, '') : null;
  // whose side: modifiers before the head, or "from/at/in/with X" after it
  const headIdx = words.findIndex((w) => w.toLowerCase().replace(/[^\p{L}-]/gu, '') === head);
  const before = headIdx > 0 ? words.slice(0, headIdx) : [];
  const side = before.filter((w) => GROUP_ADJECTIVES.has(w.toLowerCase().replace(/['’]s$/, '')) || /^\p{Lu}/u.test(w) && w.toLowerCase() !== firstLower);
  const postSide = /\b((?:from|at|in|for|of|with|inside|within)\s+(?!the\s+(?:talks|matter|negotiations|discussions|investigation|case|plan|situation|conversations?|meeting|decision|deliberations)\b)[^,.;]+)/i.exec(headIdx >= 0 ? words.slice(headIdx + 1).join(' ') : '');
  const affiliationParts = [...side.filter((w) => !/^(senior|top|former|current|high-ranking|two|three)$/i.test(w))];
  let affiliation = affiliationParts.length ? affiliationParts.join(' ') : null;
  if (postSide && !(knowledge && knowledge.includes(postSide[1]))) affiliation = affiliation ? `${affiliation}, ${postSide[1]}` : postSide[1];
  const role = head || null;
  const vague = !count && !affiliation && !knowledge;
  return { count, countValue, affiliation, role, knowledge, vague };
}
