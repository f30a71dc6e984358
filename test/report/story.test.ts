// The story report's numbers and pictures against the analysis they are drawn from:
// every count is recomputed here from the Analysis itself, not from the renderer.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyze, type Analysis } from '../../src/core';
import { SHARE_KINDS, storyFacts, storySection } from '../../src/report';

const ROOT = path.resolve(__dirname, '../../..');
const seedText = readFileSync(path.join(ROOT, 'seeds', '000_12528e0f19a89f36.txt'), 'utf8');
const seed = analyze(seedText);

/** Marks a paragraph should carry, counted straight from the analysis. */
function expectedMarks(a: Analysis): number[] {
  const counts = a.paragraphs.map(() => 0);
  for (const x of a.attributions) if (x.kind === 'anonymous') counts[x.paragraph]++;
  for (const f of a.figures) if (f.status === 'unattributed' || f.sourceKind === 'anonymous') counts[f.paragraph]++;
  return counts;
}

const attr = (html: string, name: string): string[] => [...html.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1]);

test('the share bar splits every attribution into exactly one kind', () => {
  const { shares } = storyFacts(seed);
  const total = SHARE_KINDS.reduce((n, k) => n + shares[k], 0);
  assert.equal(total, seed.summary.attributions);
  assert.equal(shares.anonymous + shares.vague, seed.summary.anonymous);
  assert.equal(shares.documents, seed.summary.documents);
  assert.equal(shares.vague, seed.attributions.filter((a) => a.facets?.vague).length);
  assert.ok(shares.vague > 0 && shares.anonymous > 0 && shares.named > 0 && shares.documents > 0, 'the seed has every kind');
});

test('the section shows the analysis: counts, legend, map marks per paragraph, figures', () => {
  const html = storySection(seed, { title: 'seed', interactive: true });
  const s = seed.summary;
  assert.match(html, new RegExp(`data-attributions="${s.attributions}" data-anonymous="${s.anonymous}" data-figures="${s.figures}" data-unattributed="${s.unattributedFigures}"`));
  const legend = [...html.matchAll(/<li data-kind="(\w+)" data-count="(\d+)"/g)].map((m) => [m[1], Number(m[2])]);
  const { shares } = storyFacts(seed);
  assert.deepEqual(legend, SHARE_KINDS.map((k) => [k, shares[k]]));
  const rows = [...html.matchAll(/<g class="prow" data-marks="(\d+)"/g)].map((m) => Number(m[1]));
  assert.deepEqual(rows, expectedMarks(seed));
  assert.equal((html.match(/<tr data-status=/g) ?? []).length, s.figures);
  assert.equal((html.match(/<tr data-status="unattributed"/g) ?? []).length, s.unattributedFigures);
  assert.match(html, new RegExp(`data-status="${seed.anonymity.status}"`));
});

test('marks point at the words they stand for, and are keyboard buttons only when interactive', () => {
  const html = storySection(seed, { title: 'seed', interactive: true });
  const starts = attr(html, 'data-start').map(Number);
  const ends = attr(html, 'data-end').map(Number);
  assert.ok(starts.length > 0);
  const spans = new Set([...seed.attributions, ...seed.figures].map((x) => `${x.start}-${x.end}`));
  starts.forEach((start, i) => assert.ok(spans.has(`${start}-${ends[i]}`), `mark ${start}-${ends[i]} is a span of the analysis`));
  assert.equal((html.match(/role="button" tabindex="0"/g) ?? []).length, expectedMarks(seed).reduce((a, b) => a + b, 0));
  const still = storySection(seed, { title: 'seed', interactive: false });
  assert.doesNotMatch(still, /role="button"|tabindex/);
  assert.doesNotMatch(still, /class="jump"/);
});

test('a strict CSP can show it: no style attributes, no scripts, no event handlers', () => {
  const html = storySection(seed, { title: 'seed', interactive: true });
  assert.doesNotMatch(html, /\sstyle=|<script|\son[a-z]+=/i);
});

test('every chart has a text alternative', () => {
  const html = storySection(seed, { title: 'seed', interactive: false });
  for (const svg of html.match(/<svg[^>]*>/g) ?? []) {
    assert.ok(/aria-label="[^"]+"|aria-hidden="true"/.test(svg), `unlabelled chart: ${svg}`);
  }
  assert.equal((html.match(/<g class="mark[^>]*><title>/g) ?? []).length, expectedMarks(seed).reduce((a, b) => a + b, 0));
});

test('text from the story is escaped', () => {
  const text = 'A spokesman for Smith & <Sons> said 300 homes burned. Officials said it was "bad".';
  const a = analyze(text);
  assert.ok(a.figures.length > 0 && a.attributions.length > 0);
  const html = storySection(a, { title: '<img src=x>', interactive: true });
  assert.doesNotMatch(html, /<img|<Sons>/);
  assert.match(html, /&lt;img src=x&gt;/);
  assert.doesNotMatch(html.replace(/&(amp|lt|gt|quot|#39);/g, ''), /&/, 'every & is escaped');
});

test('a story with no sources gives a clear section, not a broken one', () => {
  const a = analyze('The river rose overnight. The bridge is closed.');
  assert.equal(a.summary.attributions, 0);
  const html = storySection(a, { title: 'calm', interactive: false });
  assert.match(html, /No sources: the story attributes nothing to anyone/);
  assert.match(html, /aria-label="No attributions"/);
  assert.match(html, /No figures/);
  assert.match(html, /data-status="no-anonymous-sources"/);
  assert.doesNotMatch(html, /NaN|undefined|Infinity/);
});

test('sign-off is shown only when the review workflow provides it', () => {
  assert.doesNotMatch(storySection(seed, { title: 's', interactive: false }), /Sign-off/);
  const html = storySection(seed, { title: 's', interactive: false, signOff: { state: 'Signed off', detail: 'by the standards desk' } });
  assert.match(html, /<b>Signed off<\/b> by the standards desk/);
});
