// The desk report: one self-contained HTML page (inline CSS and SVG, one inline
// style and one sorting script under a nonce, nothing loaded from anywhere) with the totals, the
// trends, a sortable row per story and each story's own section.
import { miniBar, shareBar } from './charts';
import { deskRow, tallyRate, totals, trends, type DeskRow, type StoryRecord, type Tally, type TrendRow } from './deskFacts';
import { esc, percent, plural, rate } from './html';
import { storySection } from './storySection';
import { BASE_CSS, PAGE_THEME } from './styles';

export interface Skipped {
  path: string;
  reason: string;
}

export interface DeskPageOptions {
  /** What was asked for, shown under the title: the paths on the command line. */
  inputs: readonly string[];
  /** Allows the page's one inline script under its Content-Security-Policy. */
  nonce: string;
  skipped?: readonly Skipped[];
}

// Sorts a table by the column whose header button is pressed; numbers by value, text
// by locale. Kept tiny and inline so the file needs nothing else.
const SORT_SCRIPT = `for(const t of document.querySelectorAll('table.sortable')){const hs=[...t.tHead.rows[0].cells];hs.forEach((th,i)=>{const b=th.querySelector('button');if(!b)return;b.addEventListener('click',()=>{const asc=th.getAttribute('aria-sort')!=='ascending';for(const h of hs)h.removeAttribute('aria-sort');th.setAttribute('aria-sort',asc?'ascending':'descending');const body=t.tBodies[0];const num=th.dataset.type==='num';const keyed=[...body.rows].map((r)=>{const v=r.cells[i].dataset.v??'';return[num?Number(v):v,r]});keyed.sort((a,c)=>{const d=num?a[0]-c[0]:String(a[0]).localeCompare(String(c[0]));return asc?d:-d});const f=document.createDocumentFragment();for(const k of keyed)f.appendChild(k[1]);body.appendChild(f)})})}`;

function card(label: string, value: string, detail: string, key: string): string {
  return `<div class="card" data-total="${key}"><span class="muted">${esc(label)}</span><b>${esc(value)}</b><span class="muted">${esc(detail)}</span></div>`;
}

function totalsBlock(t: Tally): string {
  const described = t.anonymous - t.vague;
  const per1000 = tallyRate(t);
  return '<h2>Across all stories</h2><div class="cards">' +
    card('Stories', t.stories.toLocaleString('en-US'), t.storiesWithWords > 0 ? `${t.words.toLocaleString('en-US')} words` : 'length unknown', 'stories') +
    card('Attributions', t.attributions.toLocaleString('en-US'), `${t.named.toLocaleString('en-US')} named, ${t.documents.toLocaleString('en-US')} of them documents`, 'attributions') +
    card('Anonymous', percent(t.anonymous, t.attributions), `${t.anonymous.toLocaleString('en-US')} of the attributions, ${t.vague.toLocaleString('en-US')} vague`, 'anonymous') +
    card('Anonymity unexplained', `${t.unexplained} of ${t.withAnonymous}`, 'stories with anonymous sources that never say why', 'unexplained') +
    card('Unattributed figures', percent(t.unattributed, t.figures), `${t.unattributed.toLocaleString('en-US')} of ${plural(t.figures, 'figure')}`, 'unattributed') +
    card('Per 1,000 words', rate(per1000), 'unattributed figures', 'per1000') +
    '</div>' + shareBar({ named: t.named - t.documents, documents: t.documents, anonymous: described, vague: t.vague });
}

function shareCell(part: number, whole: number, kind: string): string {
  const label = `${percent(part, whole)} (${part} of ${whole})`;
  return `<td class="num" data-v="${whole > 0 ? part / whole : -1}">${miniBar([{ kind, value: part }], whole, label)} ${esc(percent(part, whole))}</td>`;
}

function trendTable(caption: string, rows: readonly TrendRow[]): string {
  if (rows.length === 0) return '';
  const body = rows.map((r) => `<tr><th scope="row" data-v="${esc(r.key)}">${esc(r.key)}</th><td class="num" data-v="${r.stories}">${r.stories}</td>` +
    `${shareCell(r.anonymous, r.attributions, 'k-anonymous')}${shareCell(r.unattributed, r.figures, 'k-unattributed-figure')}` +
    `<td class="num" data-v="${tallyRate(r) ?? -1}">${rate(tallyRate(r))}</td></tr>`).join('');
  return `<table class="sortable trend"><caption>${esc(caption)}</caption><thead><tr><th scope="col"><button type="button">${esc(caption.replace(/^By /, ''))}</button></th>` +
    '<th scope="col" class="num" data-type="num"><button type="button">Stories</button></th><th scope="col" class="num" data-type="num"><button type="button">Anonymous share</button></th>' +
    '<th scope="col" class="num" data-type="num"><button type="button">Unattributed figures</button></th><th scope="col" class="num" data-type="num"><button type="button">Per 1,000 words</button></th></tr></thead>' +
    `<tbody>${body}</tbody></table>`;
}

function trendsBlock(rows: readonly DeskRow[]): string {
  const t = trends(rows);
  const dated = t.month.length > 0
    ? trendTable('By month', t.month)
    : '<p class="muted">No story carries a date (front matter <code>date:</code>, a date in the file name, or a <code>date</code> field in JSON), so there is no trend by month.</p>';
  return `<h2>Trends</h2>${dated}${trendTable('By desk', t.desk)}${trendTable('By outlet', t.outlet)}`;
}

const COLUMNS: ReadonlyArray<[string, boolean]> = [
  ['Story', false], ['Date', false], ['Desk', false], ['Outlet', false], ['Attributions', true], ['Named', true], ['Anonymous', true], ['Vague', true],
  ['Who speaks', true], ['Anonymity', false], ['Figures', true], ['Unattributed', true], ['Per 1,000 words', true],
];

function storyRow(r: DeskRow): string {
  const num = (v: number) => `<td class="num" data-v="${v}">${v}</td>`;
  const text = (v: string | null) => `<td data-v="${esc(v ?? '')}">${esc(v ?? '–')}</td>`;
  const parts = [{ kind: 'k-named', value: r.named }, { kind: 'k-anonymous', value: r.anonymous - r.vague }, { kind: 'k-vague', value: r.vague }];
  const bar = miniBar(parts, r.attributions, `${r.named} named, ${r.anonymous - r.vague} anonymous, ${r.vague} vague`);
  const per = r.unattributedPer1000;
  return `<tr data-index="${r.index}"><td data-v="${esc(r.meta.title)}"><a href="#s-${r.index}">${esc(r.meta.title)}</a></td>` +
    text(r.meta.date) + text(r.meta.desk) + text(r.meta.outlet) +
    num(r.attributions) + num(r.named) + num(r.anonymous) + num(r.vague) +
    `<td data-v="${r.attributions > 0 ? r.anonymous / r.attributions : -1}">${bar}</td>` +
    `<td data-v="${r.anonymity}">${esc(r.anonymity === 'no-anonymous-sources' ? '–' : r.anonymity.replace('-', ' '))}</td>` +
    num(r.figures) + num(r.unattributed) +
    `<td class="num" data-v="${per ?? -1}">${miniBar([{ kind: 'k-unattributed-figure', value: per ?? 0 }], 10, `${rate(per)} per 1,000 words`)} ${rate(per)}</td></tr>`;
}

function storiesTable(rows: readonly DeskRow[]): string {
  const head = COLUMNS.map(([name, numeric]) => `<th scope="col"${numeric ? ' class="num" data-type="num"' : ''}><button type="button">${esc(name)}</button></th>`).join('');
  return `<h2>Stories</h2><p class="muted">Press a column heading to sort; a story's name leads to its section. The bar splits its attributions into named, anonymous and vague; the last column's bar is full at 10 per 1,000 words.</p>` +
    `<table class="sortable stories"><thead><tr>${head}</tr></thead><tbody>${rows.map(storyRow).join('')}</tbody></table>`;
}

function skippedBlock(skipped: readonly Skipped[]): string {
  if (skipped.length === 0) return '';
  return `<h2>Not included</h2><p class="notice">${plural(skipped.length, 'input')} could not be read and ${skipped.length === 1 ? 'is' : 'are'} left out of every number above.</p>` +
    `<ul class="skipped">${skipped.map((s) => `<li><code>${esc(s.path)}</code>: ${esc(s.reason)}</li>`).join('')}</ul>`;
}

function subtitle(r: DeskRow): string {
  return [r.path, r.meta.date, r.meta.desk && `desk ${r.meta.desk}`, r.meta.outlet, r.meta.words !== null ? `${r.meta.words.toLocaleString('en-US')} words` : null]
    .filter((x): x is string => !!x).join(' · ');
}

export function deskPage(records: readonly StoryRecord[], options: DeskPageOptions): string {
  const rows = records.map(deskRow);
  const skipped = options.skipped ?? [];
  const what = options.inputs.length > 0 ? options.inputs.join(', ') : 'no input';
  const body = rows.length === 0
    ? `<p class="notice" id="empty">No stories to report from ${esc(what)}: ${skipped.length > 0 ? 'none of the inputs could be read (see below).' : 'no .txt, .md or .markdown files, and no JSON records, were found.'}</p>`
    : totalsBlock(totals(rows)) + trendsBlock(rows) + storiesTable(rows);
  const sections = rows.map((r, i) => storySection(records[i].analysis, { id: `s-${r.index}`, title: r.meta.title, subtitle: subtitle(r), interactive: false, sourcesPerType: 12 })).join('');
  // Nothing may load, and only the page's own style and script may run.
  const csp = `default-src 'none'; style-src 'nonce-${options.nonce}'; script-src 'nonce-${options.nonce}'`;
  return '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">` +
    '<meta name="viewport" content="width=device-width,initial-scale=1"><title>Sourcing report</title>' +
    `<style nonce="${esc(options.nonce)}">${PAGE_THEME}${BASE_CSS}</style></head><body class="sl"><main>` +
    `<h1>Sourcing report</h1><p class="muted">${plural(rows.length, 'story', 'stories')} from ${esc(what)}. Made by Sourcing Lens from its analysis of each story; nothing here was sent anywhere.</p>` +
    body + skippedBlock(skipped) + sections +
    `</main><script nonce="${esc(options.nonce)}">${SORT_SCRIPT}</script></body></html>\n`;
}
