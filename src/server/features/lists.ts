// The custom requests' answers (protocol.ts): the Show All Attributions list and the
// Sources view, in the words the extension uses (src/common/describe.ts).
import { groupSources, type Attribution, type Figure } from '../../core';
import { GROUP_WORDS, KIND_GROUPS, KIND_GROUP_WORDS, kindGroup, plural, sentencePreview, TYPE_ICONS, TYPE_WORDS } from '../../common/describe';
import type { AttributionList, ListItem, SourceNode } from '../protocol';
import { lineOf, rangeOf, type Analysed } from './analysed';

export function attributionListOf(doc: Analysed, paragraph?: number): AttributionList {
  const { analysis, document } = doc;
  const text = document.getText();
  const sentence = (index: number, max = 90) => {
    const s = analysis.sentences[index];
    return s ? sentencePreview(text.slice(s.start, s.end), max) : '';
  };
  const inScope = (x: { paragraph: number }) => paragraph === undefined || x.paragraph === paragraph;
  const items: ListItem[] = [];
  const attributionItem = (a: Attribution): ListItem => ({
    separator: false,
    icon: TYPE_ICONS[a.type],
    label: a.text,
    // The antecedent goes last: it can be long, and the label must stay readable.
    description: `${a.cue.text} · line ${lineOf(document, a.start)} · ${TYPE_WORDS[a.type]}${a.antecedent ? ` · refers to “${a.antecedent.text}”` : ''}`,
    detail: sentence(a.sentence),
    range: rangeOf(document, a),
  });
  const figureItem = (f: Figure): ListItem => ({
    separator: false,
    icon: 'symbol-number',
    label: f.text,
    description: `line ${lineOf(document, f.start)} · no attribution in its sentence`,
    detail: sentence(f.sentence),
    range: rangeOf(document, f),
  });
  for (const group of KIND_GROUPS) {
    const members = analysis.attributions.filter((a) => inScope(a) && kindGroup(a) === group);
    if (!members.length) continue;
    items.push({ separator: true, label: `${KIND_GROUP_WORDS[group]} (${members.length})` });
    for (const a of members) items.push(attributionItem(a));
  }
  const loose = analysis.figures.filter((f) => inScope(f) && f.status === 'unattributed');
  if (loose.length) {
    items.push({ separator: true, label: `Unattributed figures (${loose.length})` });
    for (const f of loose) items.push(figureItem(f));
  }
  return { items };
}

export function sourcesOf(doc: Analysed): SourceNode[] {
  const { analysis, document } = doc;
  const text = document.getText();
  return groupSources(analysis).map((group): SourceNode => {
    const words = GROUP_WORDS[group.kind];
    const mentions = group.sources.reduce((n, s) => n + s.mentions.length, 0);
    return {
      kind: 'group',
      group: group.kind,
      label: words.heading,
      description: `${plural(group.sources.length, 'source')}, ${mentions}×`,
      tooltip: `${plural(group.sources.length, 'source')} cited ${plural(mentions, 'time')}: ${words.explained}`,
      icon: words.icon,
      children: group.sources.map((source): SourceNode => ({
        kind: 'source',
        type: source.type,
        label: source.name,
        description: `${source.mentions.length}×`,
        tooltip: `${source.name}: cited ${plural(source.mentions.length, 'time')} (${TYPE_WORDS[source.type]})`,
        children: source.mentions.map((a): SourceNode => {
          const s = analysis.sentences[a.sentence];
          return {
            kind: 'mention',
            type: a.type,
            label: `${a.text} ${a.cue.text}`,
            description: `line ${lineOf(document, a.start)}`,
            tooltip: s ? sentencePreview(text.slice(s.start, s.end), 300) : undefined,
            range: rangeOf(document, a),
            children: [],
          };
        }),
      })),
    };
  });
}
