// The words used for the analyzer's results, in one place so the hover, the list,
// the tree, the status bar and the clipboard text all say the same thing, in the
// VS Code extension and in the language server alike. No `vscode` here: both use it.
import type { AnonymityVerdict, AnonymousFacets, Analysis, Attribution, Figure, SourceGroupKind, SourceType } from '../core';

export const TYPE_WORDS: Record<SourceType, string> = {
  person: 'named person',
  organization: 'named organization',
  document: 'document',
  'unnamed-person': 'unnamed person',
  'unnamed-group': 'unnamed group',
};

export const TYPE_EXPLAINED: Record<SourceType, string> = {
  person: 'a person identified by name or by a title only one person holds',
  organization: 'a named organization, government, agency or outlet',
  document: 'a written or recorded record cited as the source',
  'unnamed-person': 'one person the story does not name',
  'unnamed-group': 'several people the story does not name',
};

/** Codicons for each type, in the list and the Sources view. */
export const TYPE_ICONS: Record<SourceType, string> = {
  person: 'person',
  organization: 'organization',
  document: 'file-text',
  'unnamed-person': 'eye-closed',
  'unnamed-group': 'eye-closed',
};

/** Headings of the Sources view's groups, with their icon and a line of explanation. */
export const GROUP_WORDS: Record<SourceGroupKind, { heading: string; icon: string; explained: string }> = {
  person: { heading: 'Named people', icon: TYPE_ICONS.person, explained: TYPE_EXPLAINED.person },
  organization: { heading: 'Named organizations', icon: TYPE_ICONS.organization, explained: TYPE_EXPLAINED.organization },
  document: { heading: 'Documents', icon: TYPE_ICONS.document, explained: TYPE_EXPLAINED.document },
  'unnamed-person': { heading: 'Unnamed individuals', icon: TYPE_ICONS['unnamed-person'], explained: TYPE_EXPLAINED['unnamed-person'] },
  'unnamed-group': { heading: 'Unnamed groups', icon: TYPE_ICONS['unnamed-group'], explained: TYPE_EXPLAINED['unnamed-group'] },
  'unresolved-pronoun': { heading: 'Unresolved pronouns', icon: 'question', explained: 'a pronoun (he, she, they, who) the analysis could not tie to anyone the story names or describes' },
};

/** The groups of the attributions list, in display order. */
export type KindGroup = 'anonymous' | 'named' | 'document';
export const KIND_GROUPS: readonly KindGroup[] = ['anonymous', 'named', 'document'];
export const KIND_GROUP_WORDS: Record<KindGroup, string> = {
  anonymous: 'Anonymous sources',
  named: 'Named sources',
  document: 'Documents',
};

export function kindGroup(a: Attribution): KindGroup {
  if (a.kind === 'anonymous') return 'anonymous';
  return a.type === 'document' ? 'document' : 'named';
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The first words of a sentence, on one line, for the list and the Sources view. */
export function sentencePreview(sentence: string, max = 90): string {
  const words = sentence.replace(/\s+/g, ' ').trim();
  return words.length <= max ? words : `${words.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** Label/value rows for what the story tells about an anonymous source. */
export function facetRows(facets: AnonymousFacets): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  // "an official": the article is the count as written, but "How many: an" reads oddly.
  const count = facets.count && /^an?$/i.test(facets.count) ? 'one' : facets.count;
  rows.push(['How many', count ?? 'not said']);
  rows.push(['Whose side', facets.affiliation ?? 'not said']);
  if (facets.role) rows.push(['Role', facets.role]);
  rows.push(['How they know', facets.knowledge ?? 'not said']);
  return rows;
}

/** A plain-text description of a source, for the clipboard: what the story tells. */
export function describeSource(a: Attribution): string {
  const who = a.antecedent ? `${a.text} (= ${a.antecedent.text})` : a.text;
  const sentences = [`${who}: ${a.kind} source, ${TYPE_WORDS[a.type]}, cue “${a.cue.text}”.`];
  if (a.facets) sentences.push(...facetRows(a.facets).map(([label, value]) => `${label}: ${value}.`));
  return sentences.join(' ');
}

export function describeValue(f: Figure): string | undefined {
  if (!f.value) return undefined;
  const fmt = (n: number) => n.toLocaleString('en-US');
  return f.value.min === f.value.max ? fmt(f.value.min) : `${fmt(f.value.min)} to ${fmt(f.value.max)}`;
}

/** The mark for each verdict on anonymity, wherever the editor shows it. */
export const VERDICT_MARK: Record<AnonymityVerdict['status'], string> = {
  explained: '✓',
  'stock-formula': '⚠',
  unexplained: '✗',
  'no-anonymous-sources': '',
};

/** "20 attributions · 8 anonymous · 13 figures · 2 unattributed · anonymity explained ✓" */
export function summaryLine(analysis: Analysis): string {
  const s = analysis.summary;
  const parts = [
    plural(s.attributions, 'attribution'),
    `${s.anonymous} anonymous`,
    plural(s.figures, 'figure'),
    `${s.unattributedFigures} unattributed`,
  ];
  const verdict = analysis.anonymity;
  if (verdict.status !== 'no-anonymous-sources') parts.push(`anonymity ${verdict.label} ${VERDICT_MARK[verdict.status]}`);
  return parts.join(' · ');
}

/** "156 problems not shown": what the cap held back from Problems. */
export function notShown(hidden: number): string {
  return `${hidden.toLocaleString('en-US')} ${hidden === 1 ? 'problem' : 'problems'} not shown`;
}
