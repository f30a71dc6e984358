// Offsets on odd inputs: every reported span's text equals text.slice(start, end)
// (for Markdown: the prose of that slice, markup left out), spans lie inside the
// text and are non-empty, for both formats; and line-ending or
// invisible-character variants of one story find the same things.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { analyze, createAnalyzer } from '../../src/core/index';
import type { Analysis, AnalyzeOptions } from '../../src/core/index';
import { proseMask, proseText } from '../../src/core/markdown';

function repoRoot(): string {
  let d = __dirname;
  // Compiled tests live in out/test/robustness, sources in test/robustness.
  while (!existsSync(join(d, 'test', 'fixtures', 'odd')) && dirname(d) !== d) d = dirname(d);
  return d;
}
const ODD = join(repoRoot(), 'test', 'fixtures', 'odd');
const FORMATS: AnalyzeOptions['format'][] = ['plaintext', 'markdown'];

interface Spanish {
  start: number;
  end: number;
  text?: string;
}

/** Check one span: inside [0, length], non-empty, and its text (when it has one) is
 *  the slice, or for Markdown (`mask` given) the prose of the slice. */
function spanOf(where: string, s: Spanish, text: string, mask?: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${where}: integer offsets`);
  assert.ok(s.start >= 0 && s.end <= text.length, `${where}: [${s.start},${s.end}) inside [0,${text.length}]`);
  assert.ok(s.start < s.end, `${where}: non-empty [${s.start},${s.end})`);
  const shown = mask === undefined ? text.slice(s.start, s.end) : proseText(text, mask, s.start, s.end);
  if (s.text !== undefined) assert.equal(s.text, shown, `${where}: text equals the ${mask === undefined ? 'slice' : 'prose of the slice'}`);
}

/** All span checks of one analysis. */
function checkAll(a: Analysis, text: string, label: string, mask?: string): void {
  const span = (where: string, s: Spanish, t: string) => spanOf(where, s, t, mask);
  assert.equal(a.length, text.length, `${label}: length`);
  a.paragraphs.forEach((p, i) => span(`${label} paragraphs[${i}]`, p, text));
  a.sentences.forEach((s, i) => span(`${label} sentences[${i}]`, s, text));
  a.attributions.forEach((x, i) => {
    span(`${label} attributions[${i}]`, x, text);
    span(`${label} attributions[${i}].cue`, x.cue, text);
    if (x.antecedent) span(`${label} attributions[${i}].antecedent`, x.antecedent, text);
  });
  a.figures.forEach((x, i) => span(`${label} figures[${i}]`, x, text));
  a.anonymityNotes.forEach((x, i) => span(`${label} anonymityNotes[${i}]`, x, text));
  a.findings.forEach((x, i) => span(`${label} findings[${i}]`, x, text));
}

function both(text: string, label: string): Record<string, Analysis> {
  const out: Record<string, Analysis> = {};
  for (const format of FORMATS) {
    const a = analyze(text, { format });
    checkAll(a, text, `${label} (${format})`, format === 'markdown' ? proseMask(text) : undefined);
    // The editor's cached path must agree with the plain one.
    assert.deepEqual(createAnalyzer().analyze(text, { format }), a, `${label} (${format}): createAnalyzer agrees`);
    out[format!] = a;
  }
  return out;
}

const fixtures = existsSync(ODD) ? readdirSync(ODD).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').sort() : [];

test('odd fixtures exist', () => {
  assert.ok(fixtures.length >= 15, `found ${fixtures.length} fixtures in ${ODD}`);
});

for (const f of fixtures) {
  test(`fixture ${f}: spans are exact in both formats`, () => {
    both(readFileSync(join(ODD, f), 'utf8'), f);
  });
}

const STORY =
  'The health ministry said 300 people died in the strikes, according to figures released on Tuesday.\n' +
  'A senior official, who spoke on condition of anonymity, said the talks had stalled.\n\n' +
  '“We are ready,” said Ms. Ortiz, adding that about 1,200 families had been displaced.\n' +
  'More than 40 schools were closed.\n';

const generated: [string, string][] = [
  ['empty string', ''],
  ['one space', ' '],
  ['only whitespace', ' \t\n\r\n\u00A0\u2003\n\n   \n\u2028\u3000'],
  ['only newlines', '\n'.repeat(500)],
  ['only CRLF', '\r\n'.repeat(500)],
  ['only punctuation', '.,;:!?—…“”"\'()[]'.repeat(200)],
  ['no punctuation at all', 'officials said three hundred people died the ministry said more than forty schools were closed a senior official said the talks stalled '.repeat(20)],
  ['very long line (100k chars, one sentence)', 'Officials said the toll rose by 5 percent and the ministry estimated hundreds more were missing, residents said, '.repeat(900)],
  ['very long word', 'x'.repeat(100000) + ' said 3.'],
  ['CRLF story', STORY.replace(/\n/g, '\r\n')],
  ['CR-only story', STORY.replace(/\n/g, '\r')],
  ['NBSP story', STORY.replace(/ /g, '\u00A0')],
  ['tabs story', STORY.replace(/ /g, '\t')],
  ['emoji story', STORY.replace(/ (\d)/g, ' 😀$1').replace(/\./g, '.👍🏽')],
  ['astral letters', '𝐓𝐡𝐞 ministry said 𝟑𝟎𝟎 people died. 𠀀𠀁 said 3.'],
  ['lone surrogates', '\uD800The ministry said\uDC00 300 people died.\uD83D Officials said 4\uDFFF.'],
  ['combining marks', STORY.replace(/e/g, 'e\u0301').replace(/a/g, 'a\u0308\u0327')],
  ['RTL mixed', '\u202EThe ministry said 300 people died.\u202C שלום said 4. قال officials 5.'],
  ['zero-width everywhere', STORY.split('').join('\u200B')],
  ['NUL characters', STORY.replace(/ /g, '\0')],
  ['BOM at start', '\uFEFF' + STORY],
];

for (const [label, text] of generated) {
  test(`generated: ${label}`, () => {
    both(text, label);
  });
}

/** What an analysis found, independent of offsets and of the characters between words. */
function essence(a: Analysis, text: string, norm: (s: string) => string) {
  return {
    sources: a.attributions.map((x) => norm(text.slice(x.start, x.end))),
    cues: a.attributions.map((x) => norm(x.cue.text)),
    figures: a.figures.map((x) => norm(x.text)),
    notes: a.anonymityNotes.length,
    findings: a.findings.map((x) => x.code),
  };
}

test('CRLF, CR-only and LF versions of a story find the same things', () => {
  const norm = (s: string) => s.replace(/\r\n?/g, '\n');
  const lf = analyze(STORY);
  for (const [label, t] of [['CRLF', STORY.replace(/\n/g, '\r\n')], ['CR', STORY.replace(/\n/g, '\r')]]) {
    const a = analyze(t);
    assert.deepEqual(essence(a, t, norm), essence(lf, STORY, norm), label);
    assert.equal(a.paragraphs.length, lf.paragraphs.length, `${label} paragraphs`);
  }
});

test('NBSP instead of spaces finds the same things', () => {
  const t = STORY.replace(/ /g, '\u00A0');
  const norm = (s: string) => s.replace(/\u00A0/g, ' ');
  assert.deepEqual(essence(analyze(t), t, norm), essence(analyze(STORY), STORY, norm));
});

test('the markdown format finds the same things in plain prose', () => {
  const id = (s: string) => s;
  assert.deepEqual(essence(analyze(STORY, { format: 'markdown' }), STORY, id), essence(analyze(STORY), STORY, id));
});

test('markdown: no span starts or ends inside front matter, code, HTML or link targets', () => {
  const t = readFileSync(join(ODD, 'front-matter.md'), 'utf8');
  const a = analyze(t, { format: 'markdown' });
  const forbidden: [number, number][] = [];
  const add = (needle: string) => {
    const at = t.indexOf(needle);
    assert.ok(at >= 0, needle);
    forbidden.push([at, at + needle.length]);
  };
  add('---\ntitle: "Officials say 300 died"\nauthor: Staff\ntags: [gaza, health]\n---');
  add('```python\nprint("officials said 3000 died")\n```');
  add('<div class="aside">An estimated 5,000 people fled.</div>');
  add('(https://example.org/figures "Ministry figures")');
  add('`schools_closed = 40`');
  const spans = [...a.attributions, ...a.attributions.map((x) => x.cue), ...a.figures, ...a.anonymityNotes, ...a.findings];
  // A span may enclose a blanked region (a source named by a link's text keeps its
  // destination inside), but none may start or end inside one.
  for (const s of spans) {
    for (const [f0, f1] of forbidden) {
      const startsInside = s.start >= f0 && s.start < f1;
      const endsInside = s.end > f0 && s.end <= f1;
      assert.ok(!startsInside && !endsInside, `span [${s.start},${s.end}) ${JSON.stringify(t.slice(s.start, s.end))} starts or ends inside non-prose ${JSON.stringify(t.slice(f0, f1))}`);
    }
  }
  // …and the prose is still analysed.
  assert.ok(a.attributions.some((x) => x.cue.text === 'said'), 'prose attributions found');
});
