// Hovers over sources, cues and figures: what the analyzer understood, in words,
// and the newsroom practice behind it, linked to the rule's page.
import * as vscode from 'vscode';
import { docsUrl, type Analysis, type AnonymityNote, type Attribution, type Figure } from '../core';
import type { DocumentCache } from './documentCache';
import { describeValue, facetRows, lineOf, rangeOf, TYPE_EXPLAINED, TYPE_WORDS, VERDICT_MARK } from './describe';

/** How many other mentions of the same source a hover lists before "and N more". */
const MAX_SAME = 4;

export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: DocumentCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.cache.analysis(document);
    if (!analysis) return undefined;
    const offset = document.offsetAt(position);
    const within = (s: { start: number; end: number }) => s.start <= offset && offset < s.end;

    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;
    const hit = (span: { start: number; end: number }) => {
      range ??= rangeOf(document, span);
    };
    for (const a of analysis.attributions) {
      if (within(a)) hit(a);
      else if (within(a.cue)) hit(a.cue);
      else continue;
      parts.push(attributionHover(document, analysis, a));
    }
    for (const f of analysis.figures) {
      if (!within(f)) continue;
      hit(f);
      parts.push(figureHover(document, analysis, f));
    }
    for (const n of analysis.anonymityNotes) {
      if (!within(n)) continue;
      hit(n);
      parts.push(noteHover(document, analysis, n));
    }
    return parts.length ? new vscode.Hover(parts, range) : undefined;
  }
}

function md(): vscode.MarkdownString {
  // Untrusted: only plain links, no command URIs; the text comes from the document.
  const m = new vscode.MarkdownString();
  m.supportHtml = false;
  return m;
}

/** Document text goes into Markdown; keep it from being read as Markdown syntax. */
function esc(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1');
}

/** Quoted, for text as the story wrote it. */
function q(text: string): string {
  return `“${esc(text)}”`;
}

function attributionHover(document: vscode.TextDocument, analysis: Analysis, a: Attribution): vscode.MarkdownString {
  const m = md();
  const heading = a.kind === 'anonymous' ? 'Anonymous source' : a.type === 'document' ? 'Document cited' : 'Named source';
  m.appendMarkdown(`**${heading}** · ${TYPE_WORDS[a.type]} (${TYPE_EXPLAINED[a.type]}) · cue ${q(a.cue.text)}\n\n`);
  if (a.antecedent) m.appendMarkdown(`Refers to ${q(a.antecedent.text)} on line ${lineOf(document, a.antecedent.start)}.\n\n`);

  if (a.facets) {
    // The role is the head noun the reader just hovered; the three questions that matter are these.
    const rows = facetRows(a.facets).filter(([label]) => label !== 'Role')
      .map(([label, value]) => `- **${label}:** ${value === 'not said' ? '*not said*' : esc(value)}`);
    m.appendMarkdown(rows.join('\n') + '\n\n');
    if (a.facets.vague) m.appendMarkdown('⚠ A bare description: the reader learns neither how many, whose side nor how they know.\n\n');
  }

  const same = a.sameSource.map((id) => analysis.attributions[id]).filter((x): x is Attribution => !!x);
  if (same.length) {
    const what = a.kind === 'anonymous' ? 'Same group also cited' : 'Same source also cited';
    const listed = same.slice(0, MAX_SAME).map((o) => `${q(o.text)} ${esc(o.cue.text)} (line ${lineOf(document, o.start)})`);
    const more = same.length > MAX_SAME ? `, and ${same.length - MAX_SAME} more` : '';
    m.appendMarkdown(`**${what}:** ${listed.join('; ')}${more}\n\n`);
  }

  if (a.kind === 'anonymous') {
    m.appendMarkdown(anonymityLine(document, analysis) + '\n\n');
    const code = a.facets?.vague ? 'vague-anonymous-source' : 'anonymous-source';
    m.appendMarkdown(
      '*AP, The New York Times and Reuters: anonymity only for vital information not available on the record; ' +
      `describe the source as fully as possible and say why anonymity was granted.* [Rule: ${code}](${docsUrl(code)})`,
    );
  } else {
    m.appendMarkdown(`*AP: name sources wherever possible, so readers can judge who is speaking.* [Rule: anonymous-source](${docsUrl('anonymous-source')})`);
  }
  return m;
}

/** The story's verdict on anonymity, as the core words it (the same sentence ends
 *  each anonymous-source problem), with the line of the note it rests on. */
function anonymityLine(document: vscode.TextDocument, analysis: Analysis): string {
  const verdict = analysis.anonymity;
  const note = verdict.note === null ? undefined : analysis.anonymityNotes[verdict.note];
  const where = note ? ` (line ${lineOf(document, note.start)})` : '';
  return `${VERDICT_MARK[verdict.status]} **${esc(verdict.message)}**${where}`;
}

function figureHover(document: vscode.TextDocument, analysis: Analysis, f: Figure): vscode.MarkdownString {
  const m = md();
  const source = f.attribution === null ? undefined : analysis.attributions[f.attribution];
  const heading = f.status === 'unattributed' ? 'Unattributed figure' : source?.kind === 'anonymous' ? 'Figure from an anonymous source' : 'Attributed figure';
  m.appendMarkdown(`**${heading}** · ${q(f.text)}\n\n`);
  const rows: string[] = [];
  const value = describeValue(f);
  rows.push(`- **Value:** ${value ?? '*not parsed*'}`);
  rows.push(`- **Hedge:** ${f.hedge ? esc(f.hedge) : '*none*'}`);
  if (f.noun) rows.push(`- **Counts:** ${esc(f.noun)}`);
  if (source) {
    rows.push(`- **Status:** ✓ attributed to ${q(source.text)} (${TYPE_WORDS[source.type]}, line ${lineOf(document, source.start)})`);
  } else {
    rows.push('- **Status:** ✗ no attribution in its sentence covers it');
  }
  m.appendMarkdown(rows.join('\n') + '\n\n');
  if (f.status === 'unattributed') {
    m.appendMarkdown(`*AP and Reuters attribute figures in the same sentence, or say plainly that the next sentence continues the attribution.* [Rule: unattributed-figure](${docsUrl('unattributed-figure')})`);
  } else if (source?.kind === 'anonymous') {
    m.appendMarkdown(`*A number resting only on unnamed sources is hard for readers to weigh; The New York Times asks for corroboration.* [Rule: figure-from-anonymous-source](${docsUrl('figure-from-anonymous-source')})`);
  } else {
    m.appendMarkdown(`*Attributed in its own sentence, as AP asks.* [Rule: unattributed-figure](${docsUrl('unattributed-figure')})`);
  }
  return m;
}

/** Over a note: what it says (grant and reason as found), then the story's verdict. */
function noteHover(document: vscode.TextDocument, analysis: Analysis, n: AnonymityNote): vscode.MarkdownString {
  const m = md();
  m.appendMarkdown(`**Anonymity note** · ${q(n.trigger)}\n\n`);
  m.appendMarkdown(`- **Reason:** ${n.reason ? q(n.reason) : '*none given*'}\n`);
  if (n.boilerplate) m.appendMarkdown('\n⚠ A stock formula: it says anonymity was granted, not why the source needed it.\n');
  m.appendMarkdown(`\n${anonymityLine(document, analysis)}\n`);
  m.appendMarkdown(`\n[Rule: anonymity-unexplained](${docsUrl('anonymity-unexplained')})`);
  return m;
}
