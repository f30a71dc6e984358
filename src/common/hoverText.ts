// The hover over sources, cues, figures and anonymity notes, as Markdown: what the
// analyzer understood, in words, and the newsroom practice behind it, linked to the
// rule's page. The extension and the language server both show exactly this.
import { docsUrl, type Analysis, type AnonymityNote, type Attribution, type Figure, type Span } from '../core';
import { describeValue, facetRows, TYPE_EXPLAINED, TYPE_WORDS, VERDICT_MARK } from './describe';

/** How many other mentions of the same source a hover lists before "and N more". */
const MAX_SAME = 4;

/** 1-based line of an offset, from whatever document model the caller has. */
export type LineOf = (offset: number) => number;

export interface HoverText {
  /** One Markdown block per thing under the offset (a cue can belong to two sources). */
  parts: string[];
  /** The span the hover is about: the first thing found. */
  span: Span;
}

/** What to show for the offset, or undefined over plain narrative. */
export function hoverAt(analysis: Analysis, offset: number, lineOf: LineOf): HoverText | undefined {
  const within = (s: Span) => s.start <= offset && offset < s.end;
  const parts: string[] = [];
  let span: Span | undefined;
  for (const a of analysis.attributions) {
    if (within(a)) span ??= a;
    else if (within(a.cue)) span ??= a.cue;
    else continue;
    parts.push(attributionHover(analysis, a, lineOf));
  }
  for (const f of analysis.figures) {
    if (!within(f)) continue;
    span ??= f;
    parts.push(figureHover(analysis, f, lineOf));
  }
  for (const n of analysis.anonymityNotes) {
    if (!within(n)) continue;
    span ??= n;
    parts.push(noteHover(analysis, n, lineOf));
  }
  return span ? { parts, span } : undefined;
}

/** Document text goes into Markdown; keep it from being read as Markdown syntax. */
function esc(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1');
}

/** Quoted, for text as the story wrote it. */
function q(text: string): string {
  return `“${esc(text)}”`;
}

function attributionHover(analysis: Analysis, a: Attribution, lineOf: LineOf): string {
  let m = '';
  const heading = a.kind === 'anonymous' ? 'Anonymous source' : a.type === 'document' ? 'Document cited' : 'Named source';
  m += `**${heading}** · ${TYPE_WORDS[a.type]} (${TYPE_EXPLAINED[a.type]}) · cue ${q(a.cue.text)}\n\n`;
  if (a.antecedent) m += `Refers to ${q(a.antecedent.text)} on line ${lineOf(a.antecedent.start)}.\n\n`;

  if (a.facets) {
    // The role is the head noun the reader just hovered; the three questions that matter are these.
    const rows = facetRows(a.facets).filter(([label]) => label !== 'Role')
      .map(([label, value]) => `- **${label}:** ${value === 'not said' ? '*not said*' : esc(value)}`);
    m += rows.join('\n') + '\n\n';
    if (a.facets.vague) m += '⚠ A bare description: the reader learns neither how many, whose side nor how they know.\n\n';
  }

  const same = a.sameSource.map((id) => analysis.attributions[id]).filter((x): x is Attribution => !!x);
  if (same.length) {
    const what = a.kind === 'anonymous' ? 'Same group also cited' : 'Same source also cited';
    const listed = same.slice(0, MAX_SAME).map((o) => `${q(o.text)} ${esc(o.cue.text)} (line ${lineOf(o.start)})`);
    const more = same.length > MAX_SAME ? `, and ${same.length - MAX_SAME} more` : '';
    m += `**${what}:** ${listed.join('; ')}${more}\n\n`;
  }

  if (a.kind === 'anonymous') {
    m += anonymityLine(analysis, lineOf) + '\n\n';
    const code = a.facets?.vague ? 'vague-anonymous-source' : 'anonymous-source';
    m += '*AP, The New York Times and Reuters: anonymity only for vital information not available on the record; ' +
      `describe the source as fully as possible and say why anonymity was granted.* [Rule: ${code}](${docsUrl(code)})`;
  } else {
    m += `*AP: name sources wherever possible, so readers can judge who is speaking.* [Rule: anonymous-source](${docsUrl('anonymous-source')})`;
  }
  return m;
}

/** The story's verdict on anonymity, as the core words it (the same sentence ends
 *  each anonymous-source problem), with the line of the note it rests on. */
function anonymityLine(analysis: Analysis, lineOf: LineOf): string {
  const verdict = analysis.anonymity;
  const note = verdict.note === null ? undefined : analysis.anonymityNotes[verdict.note];
  const where = note ? ` (line ${lineOf(note.start)})` : '';
  return `${VERDICT_MARK[verdict.status]} **${esc(verdict.message)}**${where}`;
}

function figureHover(analysis: Analysis, f: Figure, lineOf: LineOf): string {
  const source = f.attribution === null ? undefined : analysis.attributions[f.attribution];
  const heading = f.status === 'unattributed' ? 'Unattributed figure' : source?.kind === 'anonymous' ? 'Figure from an anonymous source' : 'Attributed figure';
  let m = `**${heading}** · ${q(f.text)}\n\n`;
  const rows: string[] = [];
  const value = describeValue(f);
  rows.push(`- **Value:** ${value ?? '*not parsed*'}`);
  rows.push(`- **Hedge:** ${f.hedge ? esc(f.hedge) : '*none*'}`);
  if (f.noun) rows.push(`- **Counts:** ${esc(f.noun)}`);
  if (source) {
    rows.push(`- **Status:** ✓ attributed to ${q(source.text)} (${TYPE_WORDS[source.type]}, line ${lineOf(source.start)})`);
  } else {
    rows.push('- **Status:** ✗ no attribution in its sentence covers it');
  }
  m += rows.join('\n') + '\n\n';
  if (f.status === 'unattributed') {
    m += `*AP and Reuters attribute figures in the same sentence, or say plainly that the next sentence continues the attribution.* [Rule: unattributed-figure](${docsUrl('unattributed-figure')})`;
  } else if (source?.kind === 'anonymous') {
    m += `*A number resting only on unnamed sources is hard for readers to weigh; The New York Times asks for corroboration.* [Rule: figure-from-anonymous-source](${docsUrl('figure-from-anonymous-source')})`;
  } else {
    m += `*Attributed in its own sentence, as AP asks.* [Rule: unattributed-figure](${docsUrl('unattributed-figure')})`;
  }
  return m;
}

/** Over a note: what it says (grant and reason as found), then the story's verdict. */
function noteHover(analysis: Analysis, n: AnonymityNote, lineOf: LineOf): string {
  let m = `**Anonymity note** · ${q(n.trigger)}\n\n`;
  m += `- **Reason:** ${n.reason ? q(n.reason) : '*none given*'}\n`;
  if (n.boilerplate) m += '\n⚠ A stock formula: it says anonymity was granted, not why the source needed it.\n';
  m += `\n${anonymityLine(analysis, lineOf)}\n`;
  m += `\n[Rule: anonymity-unexplained](${docsUrl('anonymity-unexplained')})`;
  return m;
}
