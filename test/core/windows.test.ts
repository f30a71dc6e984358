// The windowed analysis, joined up, is analyze() to the byte: on the seed, the shared
// gold texts and long texts made of them (LF, CRLF, Markdown), at window sizes from
// one paragraph to the default, so every lookback crosses window edges somewhere.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../src/core';
import type { Analysis, AnalyzeOptions } from '../../src/core';
import { analyzeInWindows, findingsOfRows, sameSourceOf, WINDOW_CHARS } from '../../src/core/windows';
import { goldTexts } from './helpers';

const root = path.resolve(__dirname, '../../..');

const seed = readFileSync(path.join(root, 'seeds', '000_12528e0f19a89f36.txt'), 'utf8');
const gold = goldTexts();

/** The windows and the end put back into one Analysis, the way a printer reads them. */
function joined(text: string, options: AnalyzeOptions, windowChars: number): { analysis: Analysis; view: Analysis; windows: number } {
  const parts: Pick<Analysis, 'paragraphs' | 'sentences' | 'attributions' | 'figures' | 'anonymityNotes'> = { paragraphs: [], sentences: [], attributions: [], figures: [], anonymityNotes: [] };
  let windows = 0;
  // Each window is copied as it comes, as the CLI writes it out: later windows must not
  // change what an earlier one handed over.
  const end = analyzeInWindows(text, options, (w) => {
    windows++;
    const copy = structuredClone(w);
    for (const key of Object.keys(parts) as (keyof typeof parts)[]) for (const x of copy[key]) (parts[key] as unknown[]).push(x);
  }, windowChars);
  for (const a of parts.attributions) a.sameSource = sameSourceOf(end.links, a.id);
  const view = findingsOfRows(end, parts);
  return { analysis: { ...end.head, ...parts, findings: view.findings }, view, windows };
}

function assertSame(text: string, options: AnalyzeOptions, label: string, sizes = [1, 3000, 40_000, WINDOW_CHARS]): void {
  const whole = analyze(text, options);
  for (const size of sizes) {
    const { analysis, view } = joined(text, options, size);
    // What the findings point to is there for the workflow to read, as analyze() has it.
    for (const f of view.findings) {
      const subject = f.figure !== null ? view.figures[f.figure] : f.attribution !== null ? view.attributions[f.attribution] : null;
      assert.deepEqual(subject, f.figure !== null ? whole.figures[f.figure] : f.attribution !== null ? whole.attributions[f.attribution] : null, `${label}: the subject of ${f.code} at ${f.start}`);
      if (subject) assert.deepEqual(view.sentences[subject.sentence], whole.sentences[subject.sentence]);
      if (f.attribution !== null) assert.deepEqual(view.attributions[f.attribution], whole.attributions[f.attribution]);
    }
    // Key order matters (the CLI prints it): compare the JSON, then the values for a readable diff.
    if (JSON.stringify(analysis) !== JSON.stringify(whole)) {
      assert.deepEqual(analysis, whole, `${label}, windows of ${size} characters`);
      assert.fail(`${label}, windows of ${size} characters: same values, different key order`);
    }
  }
}

test('the seed and each gold text, in windows down to one paragraph, give what analyze() gives', () => {
  assertSame(seed, {}, 'seed');
  assertSame(seed, { format: 'markdown' }, 'seed as Markdown');
  for (const [i, text] of gold.entries()) assertSame(text, {}, `gold text ${i}`, [1, 2000]);
});

test('long texts made of the gold texts, in LF, CRLF and Markdown, give what analyze() gives', () => {
  const long = [seed, ...gold].join('\n\n');
  const sizes = [1500, 40_000, WINDOW_CHARS];
  assertSame(long, {}, 'gold joined', sizes);
  assertSame(long.replace(/\n/g, '\r\n'), {}, 'gold joined, CRLF', sizes);
  // Markup inside names and sources: the prose shown differs from the file's text.
  const markdown = `# Joined\n\n${long.replace(/\b(Mr\.|Ms\.) (\p{Lu}\p{L}+)/gu, '$1 [$2](https://example.com/$2)').replace(/\bofficials\b/g, '*officials*')}`;
  assertSame(markdown, { format: 'markdown' }, 'gold joined, Markdown', sizes);
});

test('resolution that reaches far back crosses window edges: pronoun chains, anaphors, repeated names', () => {
  const chain = [
    'Senior officials familiar with the talks said the plan was dead.',
    'Mr. Alvarez said the vote would wait. He said it twice.',
    ...Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 'The officials said again.' : i % 3 === 1 ? 'He said more.' : `Nearly ${i} people, the officials said, had left.`)),
    'They said nothing else.',
  ].join('\n\n');
  assertSame(chain, {}, 'chains', [1, 200, 5000]);
  const repeated = `${seed}\n\n`.repeat(12);
  assertSame(repeated, {}, 'the seed 12 times', [1, 10_000]);
  assert.ok(joined(repeated, {}, 10_000).windows > 5);
});

test('a house vocabulary holds in every window', () => {
  const vocabulary = { cueVerbs: ['opine'], anonymityFormulas: ['on deep background'], organizations: ['Acme Widgets'], people: [], neverCues: ['added'] };
  const text = ['Acme Widgets opined that prices would rise, people on deep background said.', seed].join('\n\n').repeat(3);
  assertSame(text, { vocabulary }, 'vocabulary', [1, 5000]);
});

test('an empty or blank text gives the empty analysis', () => {
  for (const text of ['', '\n\n  \n']) assertSame(text, {}, JSON.stringify(text), [1, 100]);
});
