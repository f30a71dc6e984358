// The editor's Markdown path re-parses only the blocks around an edit
// (createProseMasker) and reuses the blocks of unchanged paragraphs; after any edit
// its mask must equal proseMask() of the whole text, and the analysis a fresh one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../src/core';
import { createProseMasker, proseMask } from '../../src/core/markdown';

const md = { format: 'markdown' } as const;

/** Masks and analyses every step through one masker and one analyzer, each checked
 *  against a fresh run; returns how each mask was made. */
function agreesAfter(steps: string[]): string[] {
  const masker = createProseMasker();
  const an = createAnalyzer();
  const paths: string[] = [];
  steps.forEach((text, i) => {
    assert.equal(masker.mask(text), proseMask(text), `mask after step ${i}`);
    paths.push(masker.lastPath);
    assert.deepEqual(an.analyze(text, md), analyze(text, md), `analysis after step ${i}`);
  });
  return paths;
}

const story = [
  '# Talks in Rome',
  'Officials met in Rome, according to three officials briefed on the talks.',
  'But no agreement has been reached, the [officials said](https://example.org/a "A source").',
  '- first point, a spokesman said\n- second point\n\n  still the second point',
  '> Kamel Abu Jamea, 73, a resident, said his wife was sick.',
  '```\ncode said nothing\n```',
  '<div>\nan html block said 3 things\n</div>',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  'About 182,000 people were displaced, the United Nations estimates.',
  'He said 12 people died.',
].join('\n\n');

/** `text` with the first `find` replaced. */
const edit = (text: string, find: string, by: string): string => {
  const at = text.indexOf(find);
  assert.ok(at >= 0, `no ${JSON.stringify(find)} in the text`);
  return text.slice(0, at) + by + text.slice(at + find.length);
};

test('a word edited in a paragraph re-parses only a region', () => {
  const paths = agreesAfter([story, edit(story, 'Rome,', 'Cairo,'), edit(story, 'Rome,', 'Cairo,').replace('12 people', '13 people')]);
  assert.deepEqual(paths, ['full', 'region', 'region']);
});

test('a link target edited (the mask does not change, the shown text does)', () => {
  agreesAfter([story, edit(story, 'https://example.org/a', 'https://example.org/bb'), edit(story, '"A source"', '"A  source"'), edit(story, '"A source"', '"Asource"')]);
});

test('an edit the mask hides but the shown text of a kept paragraph does not', () => {
  // the source's text is the prose of its span: the space inside the blanked HTML
  // comment shows as the space between "police" and "spokesman"; the mask is the same
  const text = story.replace('He said 12 people died.', 'A police<!--a b-->spokesman said 12 people died.');
  const an = createAnalyzer();
  const before = an.analyze(text, md);
  assert.ok(before.attributions.some((a) => a.text === 'A police spokesman'));
  const edited = edit(text, '<!--a b-->', '<!--axb-->');
  assert.equal(proseMask(edited), proseMask(text));
  const after = an.analyze(edited, md);
  assert.deepEqual(after, analyze(edited, md));
  assert.ok(after.attributions.some((a) => a.text === 'A policespokesman'));
  agreesAfter([text, edited, text, edit(text, 'Rome,', 'Paris,'), edit(edited, 'Rome,', 'Paris,')]);
});

test('opening and closing a code fence', () => {
  const open = edit(story, 'Officials met', '```\nOfficials met');
  agreesAfter([story, open, story, edit(story, 'He said 12', '~~~\nHe said 12'), edit(story, 'code said nothing\n```', 'code said nothing\n``'), story]);
  agreesAfter([story, story + '\n\n```', story + '\n\n```\n\nMore text said nothing.']);
});

test('a reference definition added, used elsewhere, and removed', () => {
  const used = story.replace('He said 12 people died.', 'He said 12 people [died][r].');
  const def = used.replace('# Talks in Rome', '# Talks in Rome\n\n[r]: https://example.org/r');
  agreesAfter([used, def, def.replace('12 people', '14 people'), used, used + '\n\n[r]: <https://example.org/r>']);
});

test('edits inside a list, a block quote, an HTML block, a table', () => {
  agreesAfter([
    story,
    edit(story, 'first point', 'first main point'),
    edit(story, '  still the second point', '  still the second point, he said'),
    edit(story, '  still the second point', 'no longer indented'),
    edit(story, 'Kamel Abu', 'Kamal Abu'),
    edit(story, '> Kamel', '>\n> Kamel'),
    edit(story, 'an html block said', 'an HTML block said'),
    edit(story, '</div>', '</dvi>'),
    edit(story, '| 1 | 2 |', '| 1 | 2 |\n| 3 | 4 |'),
    edit(story, 'About 182,000', '- About 182,000'),
    edit(story, 'About 182,000', '    About 182,000'),
  ]);
});

test('a paragraph turned into a setext heading, a lazy line, a new blank line', () => {
  agreesAfter([
    story,
    edit(story, 'He said 12 people died.', 'He said 12 people died.\n---'),
    edit(story, 'He said 12 people died.', 'He said 12 people died.\n==='),
    edit(story, '\n\nAbout 182,000', '\nAbout 182,000'),
    edit(story, '\n\nHe said', '\n\n\n\nHe said'),
    edit(story, 'He said 12 people died.', 'He said\n\n12 people died.'),
  ]);
});

test('front matter edited, created and broken', () => {
  const fm = '---\ntitle: Talks\nauthor: A. Writer\n---\n\n' + story;
  agreesAfter([fm, edit(fm, 'Talks\n', 'Talks in Rome\n'), edit(fm, 'author: A. Writer', 'author A Writer'), edit(fm, 'Rome,', 'Cairo,'), story]);
  // a document that starts with YAML-looking lines and no closing line: a late '---' closes it
  const yamlish = '---\na: b\nc: d\n\nmore: lines\n\nthe: end';
  agreesAfter([yamlish, yamlish + '\n---', yamlish + '\n---\n\nProse said so.']);
});

test('CRLF text, and edits at a CR LF pair', () => {
  const crlf = story.replace(/\n/g, '\r\n');
  agreesAfter([
    crlf,
    edit(crlf, 'Rome,', 'Paris,'),
    edit(crlf, '\r\n\r\nHe said', '\r\n\r\n\r\nHe said'),
    edit(crlf, 'died.', 'died.\r'),
    edit(crlf, '\r\n\r\nHe said', '\r\r\n\nHe said'),
    edit(crlf, 'He said', '\nHe said'),
    crlf.replace(/\r\n/g, '\r'),
  ]);
});

test('the first line edited: a title stays on the fast path, a new front matter opening does not', () => {
  const paths = agreesAfter([story, edit(story, '# Talks', '# Late talks'), '---\ntitle: x\n---\n' + story, '---\n' + story, story]);
  assert.deepEqual(paths, ['full', 'region', 'full', 'full', 'full']);
});

test('editing at the very start and the very end', () => {
  agreesAfter([story, 'X' + story, story, story + ' More.', story + '\n', story + '\n\n- a', story.slice(0, -5), '', story]);
});

/** A small deterministic PRNG (the same edits on every run). */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

const PIECES = [
  '\n', '\n\n', '\r\n', '\r', ' ', '    ', '\t', '```', '~~~', '---', '===', '***', '- ', '* ', '1. ', '> ', '#', '# ', '|', '|---|', '<div>', '</div>',
  '<!--', '-->', '<pre>', '</pre>', '[r]: /u', '[r]', '[a](b)', '`', '**', '_', '\\', '+++', 'x: y', 'the officials said', 'About 300 people', '\u00a0', '\0',
];

test('random edits of Markdown syntax keep the mask and the analysis exact', () => {
  const rnd = prng(20261202);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  let region = 0;
  let steps = 0;
  for (let doc = 0; doc < 30; doc++) {
    let text = doc % 3 === 0 ? '---\ntitle: x\n---\n\n' + story : doc % 3 === 1 ? story.replace(/\n/g, '\r\n') : story + '\n\n' + story;
    const masker = createProseMasker();
    const an = createAnalyzer();
    masker.mask(text);
    an.analyze(text, md);
    for (let e = 0; e < 100; e++) {
      const at = Math.floor(rnd() * (text.length + 1));
      const cut = rnd() < 0.4 ? Math.floor(rnd() * 6) : 0;
      text = text.slice(0, at) + (rnd() < 0.8 ? pick(PIECES) : '') + text.slice(Math.min(text.length, at + cut));
      const mask = masker.mask(text);
      assert.equal(mask, proseMask(text), `doc ${doc} edit ${e}: ${JSON.stringify(text)}`);
      if (masker.lastPath === 'region') region++;
      steps++;
      if (e % 5 === 0) assert.deepEqual(an.analyze(text, md), analyze(text, md), `doc ${doc} edit ${e} analysis`);
    }
  }
  // most of these edits are dangerous ones, but some must still take the fast path
  assert.ok(region > steps / 10, `${region} of ${steps} edits re-parsed a region only`);
});
