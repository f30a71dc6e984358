// Turns attributions, figures and notes into positioned messages — the one list that
// the editor's diagnostics, the CLI's printers and SARIF all show.
import type { AnonymityNote, AnonymityVerdict, Attribution, Figure, Finding, FindingCode, Summary } from './types';
import { CODES, docsUrl } from './codes';

export function summarize(attributions: Attribution[], figures: Figure[], notes: AnonymityNote[]): Summary {
  let anonymous = 0;
  let documents = 0;
  for (const a of attributions) {
    if (a.kind === 'anonymous') anonymous++;
    if (a.type === 'document') documents++;
  }
  let unattributedFigures = 0;
  let anonymousFigures = 0;
  for (const f of figures) {
    if (f.status === 'unattributed') unattributedFigures++;
    if (f.sourceKind === 'anonymous') anonymousFigures++;
  }
  return {
    attributions: attributions.length,
    // named sources include documents, which are named artifacts (guide §1)
    named: attributions.length - anonymous,
    anonymous,
    documents,
    figures: figures.length,
    unattributedFigures,
    anonymousFigures,
    anonymityExplained: anonymous === 0 ? null : notes.length > 0,
  };
}

function finding(code: FindingCode, start: number, end: number, message: string, attribution: number | null, figure: number | null): Finding {
  return { code, severity: CODES[code].defaultSeverity, message, start, end, docsUrl: docsUrl(code), attribution, figure };
}

function describeAnonymous(a: Attribution): string {
  const f = a.facets;
  if (!f) return a.type === 'unnamed-group' ? 'an unnamed group' : 'an unnamed person';
  const parts: string[] = [];
  if (f.count) parts.push(`how many: ${f.countValue ?? f.count.toLowerCase()}`);
  if (f.affiliation) parts.push(`side: ${f.affiliation}`);
  if (f.knowledge) parts.push(`how they know: ${f.knowledge}`);
  return parts.length ? parts.join('; ') : 'no number, side or way of knowing given';
}

/** The finding for one anonymous attribution under `code`: its own (vague or not),
 *  or `anonymous-source` for a vague one whose code is turned off (severity.ts). */
export function anonymousSourceFinding(a: Attribution, verdict: AnonymityVerdict, code: 'anonymous-source' | 'vague-anonymous-source'): Finding {
  return finding(code, a.start, a.end, anonymousMessage(a, verdict, code), a.id, null);
}

// The editor rebuilds the findings on every keystroke, and most say what they said
// before: a message is remembered with what it was made of, per attribution or
// figure (kept across keystrokes while their paragraph is unchanged), and reused
// while that is the same, so a keystroke does not write a thousand messages anew.
interface Said { message: string; code: FindingCode; text: string; other: unknown; more: unknown; type: unknown }
const said = new WeakMap<object, Said>();
function remembered(of: object, code: FindingCode, text: string, other: unknown, more: unknown, make: () => string, type: unknown = null): string {
  const m = said.get(of);
  if (m && m.code === code && m.text === text && m.other === other && m.more === more && m.type === type) return m.message;
  const message = make();
  said.set(of, { message, code, text, other, more, type });
  return message;
}

function anonymousMessage(a: Attribution, verdict: AnonymityVerdict, code: 'anonymous-source' | 'vague-anonymous-source'): string {
  // the facets object is replaced, never changed, when resolution gives new ones
  return remembered(a, code, a.text, a.facets, verdict.message, () => {
    const what = a.type === 'unnamed-group' ? 'unnamed group' : 'unnamed person';
    return code === 'vague-anonymous-source'
      ? `Vague anonymous source “${a.text}” (${what}): no number, side or way of knowing is given. ${verdict.message}`
      : `Anonymous source “${a.text}” (${what}; ${describeAnonymous(a)}). ${verdict.message}`;
  }, a.type);
}

export function buildFindings(attributions: Attribution[], figures: Figure[], summary: Summary, verdict: AnonymityVerdict): Finding[] {
  return sortFindings([...sourceFindings(attributions, summary, verdict), ...figureFindings(figures, attributions)]);
}

/** The findings about sources: one per anonymous attribution, and the story's
 *  `anonymity-unexplained`. Only the anonymous ones among `attributions` are read. */
export function sourceFindings(attributions: readonly Attribution[], summary: Summary, verdict: AnonymityVerdict): Finding[] {
  const out: Finding[] = [];
  for (const a of attributions) {
    if (a.kind !== 'anonymous') continue;
    out.push(anonymousSourceFinding(a, verdict, a.facets?.vague ? 'vague-anonymous-source' : 'anonymous-source'));
  }
  if (summary.anonymityExplained === false) {
    const first = attributions.find((a) => a.kind === 'anonymous') as Attribution;
    out.push(finding('anonymity-unexplained', first.start, first.end, `The story uses ${summary.anonymous} anonymous attribution${summary.anonymous === 1 ? '' : 's'} but never says why anonymity was granted.`, first.id, null));
  }
  return out;
}

/** The findings about figures; they need no document-wide state, only the figure's
 *  own attribution (`attributions` is read by id, never walked). */
export function figureFindings(figures: readonly Figure[], attributions: readonly Attribution[]): Finding[] {
  const out: Finding[] = [];
  for (const f of figures) {
    if (f.status === 'unattributed') {
      const message = remembered(f, 'unattributed-figure', f.text, null, null, () => `Unattributed figure “${f.text}”: no source in its sentence says so.`);
      out.push(finding('unattributed-figure', f.start, f.end, message, null, f.id));
    } else if (f.sourceKind === 'anonymous' && f.attribution !== null) {
      const a = attributions[f.attribution];
      const message = remembered(f, 'figure-from-anonymous-source', f.text, a.text, null, () => `Figure “${f.text}” rests only on an anonymous source (“${a.text}”).`);
      out.push(finding('figure-from-anonymous-source', f.start, f.end, message, a.id, f.id));
    }
  }
  return out;
}

/** Position order; the sort is stable, so source findings stay before figure ones. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((x, y) => x.start - y.start || x.end - y.end);
}
