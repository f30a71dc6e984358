// The report's words for kinds and types, in one place so the webview, the desk
// report and the CSV headers say the same.
import type { SourceGroupKind } from '../core';
import type { FigureStatus, MarkKind, ShareKind } from './storyFacts';

export const SHARE_WORDS: Record<ShareKind, { label: string; explained: string }> = {
  anonymous: { label: 'anonymous', explained: 'unnamed sources the story describes (how many, whose side, how they know)' },
  vague: { label: 'vague anonymous', explained: 'unnamed sources with nothing but a bare role (“officials said”)' },
  named: { label: 'named', explained: 'people and organizations the story names' },
  documents: { label: 'documents', explained: 'statements, reports and records cited as the source' },
};

export const MARK_WORDS: Record<MarkKind, string> = {
  'anonymous-source': 'anonymous source',
  'vague-source': 'vague anonymous source',
  'unattributed-figure': 'unattributed figure',
  'anonymous-figure': 'figure from an anonymous source',
};

export const GROUP_HEADINGS: Record<SourceGroupKind, string> = {
  'unnamed-group': 'Unnamed groups',
  'unnamed-person': 'Unnamed individuals',
  person: 'Named people',
  organization: 'Named organizations',
  document: 'Documents',
  'unresolved-pronoun': 'Unresolved pronouns',
};

export const STATUS_CLASS: Record<FigureStatus, string> = {
  unattributed: 'k-unattributed-figure',
  'anonymous source': 'k-anonymous-figure',
  'named source': 'k-named',
};
