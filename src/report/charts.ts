// The report's charts, as plain SVG strings: colours come from CSS classes (never
// style attributes, which a strict Content-Security-Policy blocks), and every chart
// carries its numbers as text for screen readers.
import { esc, percent } from './html';
import { SHARE_KINDS, type Mark, type MarkKind, type ParagraphRow, type Shares } from './storyFacts';
import { MARK_WORDS, SHARE_WORDS } from './words';

/** One stacked bar of the share kinds, with a legend that doubles as its text. */
export function shareBar(shares: Shares): string {
  const total = SHARE_KINDS.reduce((n, k) => n + shares[k], 0);
  const words = SHARE_KINDS.map((k) => `${shares[k]} ${SHARE_WORDS[k].label} (${percent(shares[k], total)})`).join(', ');
  let x = 0;
  const rects = total === 0
    ? '<rect class="track" x="0" y="0" width="100" height="6"/>'
    : SHARE_KINDS.filter((k) => shares[k] > 0).map((k) => {
      const w = (shares[k] / total) * 100;
      const rect = `<rect class="k-${k}" x="${x.toFixed(2)}" y="0" width="${w.toFixed(2)}" height="6"><title>${esc(`${SHARE_WORDS[k].label}: ${shares[k]} of ${total}`)}</title></rect>`;
      x += w;
      return rect;
    }).join('');
  const legend = SHARE_KINDS.map((k) =>
    `<li data-kind="${k}" data-count="${shares[k]}" title="${esc(SHARE_WORDS[k].explained)}"><span class="swatch k-${k}" aria-hidden="true"></span>` +
    `<b>${shares[k]}</b> ${esc(SHARE_WORDS[k].label)} <span class="muted">${percent(shares[k], total)}</span></li>`).join('');
  return `<svg class="share" viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label="${esc(total === 0 ? 'No attributions' : `Attributions: ${words}`)}">${rects}</svg>` +
    `<ul class="legend">${legend}</ul>`;
}

/** A small stacked bar for a table cell: `parts` in order, scaled to `scale`. */
export function miniBar(parts: ReadonlyArray<{ kind: string; value: number }>, scale: number, label: string): string {
  let x = 0;
  const rects = parts.filter((p) => p.value > 0).map((p) => {
    const w = scale > 0 ? (p.value / scale) * 60 : 0;
    const rect = `<rect class="${p.kind}" x="${x.toFixed(2)}" y="0" width="${w.toFixed(2)}" height="8"/>`;
    x += w;
    return rect;
  }).join('');
  return `<svg class="mini" viewBox="0 0 60 8" role="img" aria-label="${esc(label)}"><rect class="track" x="0" y="0" width="60" height="8"/>${rects}</svg>`;
}

const ROW = 14;
const LEFT = 44;
const TRACK = 550;

/** Shapes as well as colours, so the kinds are told apart without colour vision. */
function shape(kind: MarkKind, x: number, y: number): string {
  switch (kind) {
    case 'anonymous-source': return `<circle cx="${x}" cy="${y}" r="5"/>`;
    case 'vague-source': return `<circle class="ring" cx="${x}" cy="${y}" r="4.5"/>`;
    case 'unattributed-figure': return `<path d="M${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}L${x - 6} ${y}Z"/>`;
    case 'anonymous-figure': return `<rect x="${x - 4.5}" y="${y - 4.5}" width="9" height="9"/>`;
  }
}

export function markLabel(paragraph: number, mark: Mark): string {
  return `Paragraph ${paragraph}: ${MARK_WORDS[mark.kind]} “${mark.text.replace(/\s+/g, ' ')}”`;
}

/** One row per paragraph, as long as the paragraph, with a mark where each anonymous
 *  source or questionable figure sits. `interactive` marks are focusable buttons
 *  (the webview jumps to them); in a static page they are labelled images. */
export function paragraphMap(rows: readonly ParagraphRow[], interactive: boolean): string {
  if (rows.length === 0) return '<p class="muted">No paragraphs.</p>';
  const longest = Math.max(1, ...rows.map((r) => r.length));
  const marked = rows.reduce((n, r) => n + r.marks.length, 0);
  const body = rows.map((row, i) => {
    const y = i * ROW + ROW / 2;
    const width = Math.max(6, (row.length / longest) * TRACK);
    const marks = row.marks.map((mark) => {
      const x = (LEFT + mark.at * width).toFixed(1);
      // The <title> is the mark's accessible name and its tooltip at once.
      const role = interactive ? 'role="button" tabindex="0"' : 'role="img"';
      return `<g class="mark k-${mark.kind}" ${role} data-start="${mark.start}" data-end="${mark.end}"><title>${esc(markLabel(row.number, mark))}</title>${shape(mark.kind, Number(x), y)}</g>`;
    }).join('');
    // Kept short: a desk report draws some 15,000 of these rows for 840 stories.
    return `<g class="prow" data-marks="${row.marks.length}"><text x="${LEFT - 8}" y="${y + 4}">¶${row.number}</text>` +
      `<path class="ptrack" d="M${LEFT} ${y}h${width.toFixed(1)}"/>${marks}</g>`;
  }).join('');
  const summary = `Map of ${rows.length} paragraphs with ${marked} marks`;
  return `<svg class="pmap" viewBox="0 0 ${LEFT + TRACK + 10} ${rows.length * ROW}" role="group" aria-label="${esc(summary)}">${body}</svg>`;
}

/** The key to the map's shapes. */
export function mapLegend(): string {
  const kinds = Object.keys(MARK_WORDS) as MarkKind[];
  return `<ul class="legend">${kinds.map((k) =>
    `<li><svg class="key" viewBox="0 0 14 14" aria-hidden="true"><g class="mark k-${k}">${shape(k, 7, 7)}</g></svg>${esc(MARK_WORDS[k])}</li>`).join('')}</ul>`;
}
