// One story's report as an HTML fragment: the share of who is speaking, sources by
// type, the map of the story, the anonymity verdict and the figures table. The
// webview shows it for the open story, the desk report once per story.
import type { Analysis } from '../core';
import { mapLegend, paragraphMap, shareBar } from './charts';
import { esc, percent, plural } from './html';
import { storyFacts, type StoryFacts, type TypeRow } from './storyFacts';
import { GROUP_HEADINGS, STATUS_CLASS } from './words';

/** Review state shown under the verdict. The review workflow (sign-off) owns it; a
 *  shell that has it passes it in, the renderer only prints it. */
export interface SignOff {
  state: string;
  detail: string | null;
}

export interface StorySectionOptions {
  /** The section's id, for links from the desk table. */
  id?: string;
  title: string;
  /** A line under the title (date, desk, outlet…), already plain text. */
  subtitle?: string | null;
  /** Marks are buttons that the webview turns into jumps to the text. */
  interactive: boolean;
  signOff?: SignOff | null;
  /** Sources listed per type before "and N more": keeps a desk report of long stories small. */
  sourcesPerType?: number;
}

function countsLine(f: StoryFacts): string {
  const anonymous = f.shares.anonymous + f.shares.vague;
  return `<p class="counts" data-attributions="${f.attributions}" data-anonymous="${anonymous}" data-figures="${f.figures.length}" data-unattributed="${f.unattributedFigures}">` +
    `<b>${plural(f.attributions, 'attribution')}</b> · ${anonymous} anonymous (${f.shares.vague} vague) · ` +
    `${plural(f.figures.length, 'figure')} · ${f.unattributedFigures} unattributed · ${f.anonymousFigures} from anonymous sources</p>`;
}

function typeRows(types: readonly TypeRow[], perType: number): string {
  if (types.length === 0) return '<p class="muted">No sources: the story attributes nothing to anyone.</p>';
  const most = Math.max(1, ...types.map((t) => t.mentions));
  return `<ul class="types">${types.map((t) => {
    const shown = t.sources.slice(0, perType);
    const more = t.sources.length - shown.length;
    const heading = `${GROUP_HEADINGS[t.kind]}: ${plural(t.sources.length, 'source')}, cited ${plural(t.mentions, 'time')}`;
    return `<li class="type" data-kind="${t.kind}" data-sources="${t.sources.length}" data-mentions="${t.mentions}">` +
      `<div class="type-head"><span>${esc(GROUP_HEADINGS[t.kind])}</span><span class="muted">${plural(t.sources.length, 'source')}, ${t.mentions}×</span></div>` +
      `<svg class="hbar" viewBox="0 0 100 4" preserveAspectRatio="none" role="img" aria-label="${esc(heading)}"><rect class="track" x="0" y="0" width="100" height="4"/><rect class="g-${t.kind}" x="0" y="0" width="${((t.mentions / most) * 100).toFixed(2)}" height="4"/></svg>` +
      `<ul class="sources">${shown.map((s) => `<li><span>${esc(s.name)}</span> <span class="muted">${s.mentions}×</span></li>`).join('')}` +
      `${more > 0 ? `<li class="muted">and ${plural(more, 'more source')}</li>` : ''}</ul></li>`;
  }).join('')}</ul>`;
}

function verdict(f: StoryFacts): string {
  const v = f.anonymity;
  return `<p class="verdict v-${v.status}" data-status="${v.status}"><b>Anonymity: ${esc(v.label)}.</b> ${esc(v.message)}</p>`;
}

function figureTable(f: StoryFacts, interactive: boolean): string {
  if (f.figures.length === 0) return '<p class="muted">No figures.</p>';
  const rows = f.figures.map((row) => {
    const text = interactive
      ? `<a href="#" class="jump" data-start="${row.start}" data-end="${row.end}">${esc(row.text)}</a>`
      : esc(row.text);
    return `<tr data-status="${row.status}"><td>${text}</td><td class="num">${esc(row.value ?? '–')}</td>` +
      `<td><span class="swatch ${STATUS_CLASS[row.status]}" aria-hidden="true"></span>${esc(row.status)}</td><td>${esc(row.source ?? '–')}</td></tr>`;
  }).join('');
  return `<table class="figures"><caption class="sr">${plural(f.figures.length, 'figure')}, ${percent(f.unattributedFigures, f.figures.length)} unattributed</caption>` +
    `<thead><tr><th scope="col">Figure</th><th scope="col">Value</th><th scope="col">Status</th><th scope="col">Source</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function storySection(analysis: Analysis, options: StorySectionOptions): string {
  const f = storyFacts(analysis);
  const id = options.id ? ` id="${esc(options.id)}"` : '';
  const signOff = options.signOff
    ? `<h3>Sign-off</h3><p class="signoff" data-state="${esc(options.signOff.state)}"><b>${esc(options.signOff.state)}</b>${options.signOff.detail ? ` ${esc(options.signOff.detail)}` : ''}</p>`
    : '';
  return `<section class="story"${id} aria-label="${esc(`Sourcing of ${options.title}`)}">` +
    `<h2>${esc(options.title)}</h2>${options.subtitle ? `<p class="muted">${esc(options.subtitle)}</p>` : ''}` +
    countsLine(f) +
    `<h3>Who is speaking</h3>${shareBar(f.shares)}` +
    `<h3>Sources by type</h3>${typeRows(f.types, options.sourcesPerType ?? Number.POSITIVE_INFINITY)}` +
    `<h3>Map of the story</h3>${mapLegend()}${paragraphMap(f.paragraphs, options.interactive)}` +
    `<h3>Anonymity</h3>${verdict(f)}${signOff}` +
    `<h3>Figures</h3>${figureTable(f, options.interactive)}` +
    '</section>';
}
