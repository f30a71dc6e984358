#!/usr/bin/env node
// Fuzz the analysis core (dist/core.js; run `npm run build` first — `npm run fuzz` does).
//
//   npm run fuzz -- [--cases N] [--seed S | --seeds S1,S2,…] [--from I] [--case I]
//                   [--corpus DIR] [--core FILE] [--shapes] [--hang-seconds T]
//                   [--no-timing] [--no-edges] [--verbose]
//   npm run test:fuzz-ci            (the fixed seeds `npm test` runs: about two minutes of CPU)
//
//   --cases N         cases per seed (default 10000), numbered from --from (default 0)
//   --seed S          the seed (default 1); --seeds 2026,4242 runs each seed in turn,
//                     the same cases for each, and ends with one line per seed
//   --case I[,J…]     run only case I (and J…) of each seed (--only is the same): the
//                     replay of a failure, with the flags it was found with
//   --corpus DIR      PolNeAR-like .txt files to mutate (default ../shared/corpora/…)
//   --core FILE       the core bundle to test (default dist/core.js)
//   --shapes          cases 0..N-1 of every seed are the N pathological shapes
//   --hang-seconds T  a case running longer is reported as a hang (default 60)
//   --no-timing       skip the slowness check; --no-edges skip the span-edge check
//   --verbose         show every failure's messages, not only the first of each kind
//   --minimize        with --seed S --case I [--check C] [--format F]: shrink the text
//
// Every case is generated from (seed, case index) alone, so one failing case replays
// with `node scripts/fuzz.mjs --seed S --case I`; every failure is printed as
// "FAIL seed S case I" with that replay command, and an incremental failure also
// writes the text of each of its steps (the case, then each edit) to
// $TMPDIR/sourcing-lens-fuzz/seedS-caseI-FORMAT-stepK.txt, to replay by hand in the
// editor. Case kinds: random news-like text,
// random Markdown documents (front matter, headings, lists, code, tables, links),
// polnear articles with random mutations (inserted/deleted/swapped characters,
// joined lines, CRLF, NBSP, zero-width, RTL, combining marks, surrogate pairs, lone
// surrogates, NUL, Markdown syntax), and pathological shapes (one huge sentence,
// 10,000 numbers, nested/unbalanced quotes, a 100k-char line without punctuation,
// only punctuation, only newlines, …). --shapes makes cases 0..N-1 the N
// pathological shapes (plus a few extra ones), one each, so a short run still meets
// every one of them.
//
// For each case and both formats (plaintext, markdown) it checks:
//   - analyze() does not throw;
//   - every span (paragraphs, sentences, attributions and their cues/antecedents,
//     figures, anonymity notes, findings) is within [0, length], start < end, and
//     every `text` field equals text.slice(start, end) (for Markdown: the prose of
//     that slice, src/core/markdown.ts proseText); cross-references are valid;
//   - analyzing twice gives deep-equal results;
//   - createAnalyzer(): after a few edits, the cached result deep-equals a fresh
//     analyze() of the edited text; and every 25th case (LONG_EVERY) the same on a
//     long document dense in links, edited mostly near its start, so that the
//     analyzer's path that keeps paragraphs beyond an edit's reach is tested too;
//   - span edges (--no-edges to skip): no span starts or ends with ASCII whitespace or NBSP,
//     and in Markdown no span edge falls on a character the prose mask blanked;
//   - time: ms/KB no more than 20x the baseline measured at startup (and > 50 ms),
//     re-timed before it is reported, to catch quadratic behaviour;
//   - a watchdog: a case that runs longer than --hang-seconds (default 60) is
//     reported as a hang and the run continues after it.
// --minimize (with --only I) shrinks a failing case's text by chunk deletion while
// the same check still fails (each try runs in a child process, so hangs are
// caught with a timeout of --hang-seconds, default 5 when minimizing) and prints
// the smallest text found as a JS string literal, ready for a bug report.
// Exit code 1 when any case failed.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { isDeepStrictEqual } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

function parseArgs(argv) {
  const o = { shapes: false, minimize: false, check: null, format: null, probe: null, edges: true, core: null, cases: 10000, seed: 1, only: null, from: 0, corpus: null, hangSeconds: 60, timing: true, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--cases') o.cases = Number(next());
    else if (a === '--seed') o.seeds = [Number(next())];
    else if (a === '--seeds') o.seeds = String(next() ?? '').split(',').filter(Boolean).map(Number);
    else if (a === '--only' || a === '--case') o.caseList = String(next() ?? '').split(',').filter(Boolean).map(Number);
    else if (a === '--from') o.from = Number(next());
    else if (a === '--corpus') o.corpus = next();
    else if (a === '--core') o.core = next();
    else if (a === '--hang-seconds') {
      o.hangSeconds = Number(next());
      o.hangSecondsGiven = true;
    }
    else if (a === '--no-timing') o.timing = false;
    else if (a === '--no-edges') o.edges = false;
    else if (a === '--minimize') o.minimize = true;
    else if (a === '--shapes') o.shapes = true;
    else if (a === '--check') o.check = next();
    else if (a === '--format') o.format = next();
    else if (a === '--probe') o.probe = next();
    else if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: node scripts/fuzz.mjs [--cases N] [--seed S | --seeds S1,S2,…] [--case I] [--from I] [--corpus DIR] [--core dist/core.js] [--hang-seconds T] [--no-timing] [--no-edges] [--shapes] [--verbose]\n       node scripts/fuzz.mjs --seed S --case I --minimize [--check throws|span|trim|mask-edge|determinism|hang] [--format plaintext|markdown]');
      process.exit(0);
    } else {
      console.error(`unknown argument: ${a}`);
      process.exit(2);
    }
  }
  o.seeds ??= [o.seed];
  if (!Number.isFinite(o.cases) || !o.seeds.length || !o.seeds.every(Number.isInteger)) {
    console.error('--cases and --seed must be numbers, --seeds a comma-separated list of integers');
    process.exit(2);
  }
  if (o.caseList && (!o.caseList.length || !o.caseList.every(Number.isInteger))) {
    console.error('--case takes a case number or a comma-separated list of them');
    process.exit(2);
  }
  if (o.minimize && (o.seeds.length > 1 || (o.caseList?.length ?? 0) > 1)) {
    console.error('--minimize shrinks one case: use --seed S --case I');
    process.exit(2);
  }
  o.seed = o.seeds[0];
  o.only = o.caseList ? o.caseList[0] : null;
  o.coreGiven = o.core !== null;
  o.core = resolve(o.core ?? join(root, 'dist', 'core.js'));
  o.corpusGiven = o.corpus !== null;
  o.corpus = resolve(o.corpus ?? join(root, '..', 'shared', 'corpora', 'polnear', 'train', 'text'));
  return o;
}

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** A per-case PRNG depending only on (seed, index). */
function caseRng(seed, index) {
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return mulberry32(h ^ (h >>> 16));
}
const R = (rng) => ({
  f: rng,
  int: (n) => Math.floor(rng() * n),
  range: (a, b) => a + Math.floor(rng() * (b - a + 1)),
  pick: (arr) => arr[Math.floor(rng() * arr.length)],
  chance: (p) => rng() < p,
});

// ---------------------------------------------------------------- material
const NAMES = ['Ms. Ortiz', 'Mr. Dekel-Chen', 'Dana Ruiz', 'Sen. Elizabeth Warren', 'Dr. Ahmed', 'President Obama', 'Hamas', 'the ministry', 'the Pentagon', 'Reuters', 'the health ministry', 'Gov. Chris Christie', 'Prof. Lee', 'the White House', 'a Pentagon spokeswoman', 'the company'];
const ANON = ['officials', 'a senior official', 'two people familiar with the matter', 'three Israeli officials', 'sources', 'a diplomat', 'an aide', 'several analysts', 'one person briefed on the talks', 'U.S. officials'];
const CUES = ['said', 'says', 'told reporters', 'added', 'estimated', 'warned', 'claimed', 'noted', 'confirmed', 'denied', 'argued', 'wrote', 'tweeted', 'found', 'reported'];
const NUMS = ['300', '1,200', '4.5 percent', '$3 million', 'hundreds of', 'dozens of', 'at least 30', 'about 2,000', 'nearly half', '12%', 'more than 40,000', 'three', 'a million', '2015', '1.5bn', '-7', '10,000,000,000,000', '0.000001', '½', '١٢٣'];
const NOUNS = ['people', 'schools', 'civilians', 'votes', 'trucks', 'distribution points', 'jobs', 'dollars', 'homes'];
const WORDS = ['the', 'a', 'talks', 'deal', 'was', 'close', 'ceasefire', 'in', 'Gaza', 'on', 'Tuesday', 'and', 'but', 'which', 'that', 'however', 'because', 'vote', 'campaign', 'budget', 'he', 'she', 'it', 'they', 'who', 'according', 'to', 'condition', 'anonymity', 'authorized', 'publicly', 'spoke'];
const ANON_NOTES = ['who spoke on condition of anonymity', 'who was not authorized to speak publicly', 'speaking on condition of anonymity to discuss sensitive matters', 'who requested anonymity because they feared reprisals'];
const PUNCT = ['.', ',', ';', ':', '!', '?', '—', '–', '-', '…', '(', ')', '[', ']', '"', "'", '“', '”', '‘', '’', '«', '»', '/', '&', '*', '#', '%', '$', '@'];
const ZW = ['\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u00AD'];
const SPACES = ['\u00A0', '\u2009', '\u202F', '\u3000', '\t', '\u2028', '\u2029', '\u0085', '\u000B', '\u000C'];
const RTL = ['שלום', 'אמר', 'مرحبا', 'قال', '\u200F', '\u200E', '\u202E', '\u202B', '\u202C', '\u2067', '\u2069', 'ק'];
const COMBINING = ['\u0301', '\u0308', '\u0327', '\u20DD', '\u0332', '\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307'];
const ASTRAL = ['😀', '👩‍👩‍👧', '🇺🇸', '𝐀𝐁', '𠀀', '🏳️‍🌈', '👍🏽', '𓀀'];
const LONE = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D'];
const MD = ['# ', '## ', '> ', '- ', '* ', '1. ', '```', '```js\n', '~~~', '`', '**', '*', '_', '__', '~~', '[', ']', '](', ')', '![', '<div>', '</div>', '<span>', '<!--', '-->', '| a | b |\n|---|---|\n', '---\n', '+++\n', '    ', '\\', '&amp;', '[x]: http://x\n', '<http://x.org>'];
const MISC = ['\0', '\uFFFD', '\uFFFF', '\u0007', '\u001B[31m', '\r', '\n', '\r\n', '\n\n', 'Mr.', 'U.S.', 'p.m.', 'Jan. 5.', '...', '?!'];

function sentence(r) {
  const shape = r.int(9);
  const num = () => `${r.pick(NUMS)} ${r.pick(NOUNS)}`;
  const filler = () => Array.from({ length: r.range(1, 8) }, () => r.pick(WORDS)).join(' ');
  const src = () => (r.chance(0.5) ? r.pick(NAMES) : r.pick(ANON));
  switch (shape) {
    case 0:
      return `${src()} ${r.pick(CUES)} ${num()} ${filler()}.`;
    case 1:
      return `According to ${src()}, ${num()} ${filler()}.`;
    case 2:
      return `“${filler()},” ${r.pick(CUES)} ${src()}.`;
    case 3:
      return `The ${filler()}, ${src()} ${r.pick(CUES)}, ${filler()} ${num()}.`;
    case 4:
      return `${src()}, ${r.pick(ANON_NOTES)}, ${r.pick(CUES)} ${filler()}.`;
    case 5:
      return `${num()} ${filler()}.`;
    case 6:
      return `${filler()} ${r.pick(PUNCT)} ${filler()}${r.pick(['.', '?', '!', '', '…', '."', '.”'])}`;
    case 7:
      return `"${filler()} '${filler()}' ${filler()}" ${src()} ${r.pick(CUES)}.`;
    default:
      return `${src()} ${r.pick(CUES)} that ${src()} ${r.pick(CUES)} ${num()}.`;
  }
}

function randomText(r) {
  const paras = r.range(0, r.chance(0.1) ? 60 : 8);
  const out = [];
  for (let p = 0; p < paras; p++) {
    const n = r.range(1, 6);
    const s = [];
    for (let i = 0; i < n; i++) s.push(sentence(r));
    out.push(s.join(r.pick([' ', ' ', '  ', '\n', '\u00A0'])));
  }
  return out.join(r.pick(['\n\n', '\n\n', '\n', '\r\n\r\n', '\n \n', '\n\n\n']));
}

/** A Markdown document: front matter, headings, lists, quotes, code, tables, links, HTML. */
function markdownDoc(r) {
  const blocks = [];
  if (r.chance(0.3)) blocks.push(r.pick(['---\ntitle: "Officials said 300 died"\ntags: [a, b]\n---', '+++\ntitle = "x"\n+++', '---\nnot: closed']));
  const inline = () =>
    sentence(r).replace(/\b(said|officials|300|ministry)\b/, (w) =>
      r.pick([`*${w}*`, `**${w}**`, `\`${w}\``, `[${w}](https://example.org/${w} "t")`, `<b>${w}</b>`, `~~${w}~~`, `[${w}][ref]`, `![${w}](i.png)`, w]),
    );
  const n = r.range(1, 15);
  for (let i = 0; i < n; i++) {
    switch (r.int(11)) {
      case 0:
        blocks.push(`${'#'.repeat(r.range(1, 6))} ${inline()}${r.chance(0.2) ? ' ##' : ''}`);
        break;
      case 1:
        blocks.push(Array.from({ length: r.range(1, 4) }, () => `${r.pick(['-', '*', '+', '1.', '2)'])} ${inline()}`).join('\n'));
        break;
      case 2:
        blocks.push(Array.from({ length: r.range(1, 3) }, () => `${r.pick(['>', '> >', '>'])} ${inline()}`).join('\n'));
        break;
      case 3:
        blocks.push(`${r.pick(['```', '~~~', '```js'])}\n${inline()}\n${r.chance(0.8) ? r.pick(['```', '~~~']) : ''}`);
        break;
      case 4:
        blocks.push(`    ${inline()}\n    ${inline()}`);
        break;
      case 5:
        blocks.push(`| a | b |\n|---|--:|\n| ${inline()} | 300 |`);
        break;
      case 6:
        blocks.push(`<div>\n${inline()}\n</div>`);
        break;
      case 7:
        blocks.push(`[ref]: https://example.org "Title"`);
        break;
      case 8:
        blocks.push(`${inline()}\n${'='.repeat(r.range(1, 5))}`);
        break;
      default:
        blocks.push(Array.from({ length: r.range(1, 4) }, inline).join(r.pick([' ', '\n', '  \n'])));
    }
  }
  return blocks.join(r.pick(['\n\n', '\n', '\r\n\r\n']));
}

/** One random mutation of `t`. */
function mutate(r, t) {
  const pos = () => r.int(t.length + 1);
  const ins = (s) => {
    const p = pos();
    return t.slice(0, p) + s + t.slice(p);
  };
  switch (r.int(16)) {
    case 0: { // delete a range
      const p = pos();
      return t.slice(0, p) + t.slice(Math.min(t.length, p + r.range(1, 40)));
    }
    case 1: { // swap two adjacent code units (may split a surrogate pair)
      if (t.length < 2) return t;
      const p = r.int(t.length - 1);
      return t.slice(0, p) + t[p + 1] + t[p] + t.slice(p + 2);
    }
    case 2: // join lines
      return r.chance(0.5) ? t.replace(/\n/g, ' ') : t.replace(/\n+/, r.pick(['', ' ']));
    case 3:
      return t.replace(/\r?\n/g, r.pick(['\r\n', '\r', '\u2028']));
    case 4: // NBSP / other spaces instead of spaces
      return t.replace(/ /g, (m) => (r.chance(0.2) ? r.pick(SPACES) : m));
    case 5:
      return ins(r.pick(ZW));
    case 6:
      return ins(r.pick(RTL) + (r.chance(0.5) ? ' ' + r.pick(RTL) : ''));
    case 7:
      return ins(r.pick(COMBINING));
    case 8:
      return ins(r.pick(ASTRAL));
    case 9:
      return ins(r.pick(LONE));
    case 10:
      return ins(r.pick(MD));
    case 11:
      return ins(r.pick(PUNCT));
    case 12:
      return ins(r.pick(MISC));
    case 13: { // duplicate a slice
      const p = pos();
      const q = Math.min(t.length, p + r.range(1, 300));
      return t.slice(0, q) + t.slice(p, q) + t.slice(q);
    }
    case 14: // truncate
      return t.slice(0, pos());
    default:
      return ins(sentence(r) + r.pick([' ', '\n', '\n\n']));
  }
}

let corpusFiles = null;
const corpusCache = new Map();
function corpusText(dir, r) {
  if (corpusFiles === null) corpusFiles = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : [];
  if (corpusFiles.length === 0) return null;
  const f = r.pick(corpusFiles);
  if (!corpusCache.has(f)) corpusCache.set(f, readFileSync(join(dir, f), 'utf8'));
  return corpusCache.get(f);
}

/** Pathological shapes; sizes are kept so one case takes well under a second on a linear analyzer. */
const PATHOLOGICAL = [
  ['huge-sentence', (r) => Array.from({ length: 8000 }, () => r.pick(WORDS.concat(NUMS, CUES, ['officials', 'said,']))).join(' ') + '.'],
  ['10000-numbers', (r) => Array.from({ length: 10000 }, () => (r.chance(0.5) ? String(r.int(1e6)) : r.pick(NUMS))).join(' ')],
  ['10000-numbers-lines', (r) => Array.from({ length: 10000 }, () => String(r.int(1e9))).join('\n')],
  ['nested-quotes', (r) => { const d = 400; let s = 'said'; for (let i = 0; i < d; i++) s = (i % 2 ? '“' : '"') + s + (i % 2 ? '”' : '"') + ' officials said ' + r.pick(NUMS); return s + '.'; }],
  ['unbalanced-quotes', (r) => Array.from({ length: 3000 }, () => r.pick(['“', '"', '‘', "'", '«', 'he said', '300 people', '.', ' '])).join(' ')],
  ['100k-line-no-punct', (r) => { let s = ''; while (s.length < 100000) s += r.pick(WORDS.concat(['Officials', 'said', 'Smith', 'according'])) + ' '; return s; }],
  ['100k-single-word', () => 'a'.repeat(100000)],
  ['only-punctuation', (r) => Array.from({ length: 20000 }, () => r.pick(PUNCT)).join('')],
  ['only-newlines', () => '\n'.repeat(20000)],
  ['only-crlf-mixed', (r) => Array.from({ length: 20000 }, () => r.pick(['\n', '\r\n', '\r', ' ', '\t'])).join('')],
  ['only-whitespace-unicode', (r) => Array.from({ length: 20000 }, () => r.pick(SPACES.concat(ZW, [' ']))).join('')],
  ['many-tiny-paragraphs', (r) => Array.from({ length: 10000 }, () => r.pick(['Yes.', 'He said.', '300.', 'Officials said.', '“No.”'])).join('\n\n')],
  ['repeated-anonymous', () => 'Officials said 300 people died. '.repeat(3000)],
  ['repeated-named', () => 'Ms. Ortiz said 12 schools closed, she said. '.repeat(3000)],
  ['repeated-according', () => 'according to '.repeat(10000) + 'the ministry, 40 died.'],
  ['repeated-said', () => 'said '.repeat(20000)],
  ['title-case-run', (r) => Array.from({ length: 15000 }, () => r.pick(['Smith', 'John', 'Ministry', 'Of', 'The', 'Health', 'Department', 'Mr.', 'Dr.'])).join(' ') + ' said 5.'],
  ['abbreviation-storm', () => 'Mr. Dr. U.S. p.m. Jan. Inc. Sen. Gov. '.repeat(5000)],
  ['anonymity-storm', () => 'An official, who spoke on condition of anonymity because he was not authorized to speak publicly about the talks, which were sensitive, '.repeat(800) + 'said 3.'],
  ['figure-storm', () => 'At least 30, about 40, nearly 50, more than 60 and hundreds of thousands of people, '.repeat(2000) + 'officials said.'],
  ['long-parenthetical', () => 'The deal' + ', two officials said'.repeat(5000) + ', is close.'],
  ['deep-markdown', () => '>'.repeat(5000) + ' said 3\n' + '- '.repeat(5000) + 'x\n' + '['.repeat(5000) + '`'.repeat(3000)],
  ['html-soup', (r) => Array.from({ length: 5000 }, () => r.pick(['<div>', '</div>', '<p>', 'said', '300', '<a href="x">', '</a>', '<!--', '-->', '<br>', '\n'])).join(' ')],
  ['surrogate-soup', (r) => Array.from({ length: 30000 }, () => r.pick(ASTRAL.concat(LONE, COMBINING, RTL, ZW))).join('')],
  ['digits-with-separators', () => '1,'.repeat(30000) + '5 people.'],
  ['decimal-storm', () => '1.'.repeat(30000) + '5 percent.'],
];

/** Shapes met only through --shapes (kept out of PATHOLOGICAL so that adding one does
 *  not change which case a (seed, index) pair generates). */
const EXTRA_SHAPES = [
  ['long-sentence-many-cues', () => 'Officials said the toll rose by 5 percent and the ministry estimated hundreds more were missing, residents said, '.repeat(900)],
  ['he-said-chain', () => 'He said 3 people died. '.repeat(4000)],
  ['one-paragraph-many-sentences', (r) => Array.from({ length: 3000 }, () => sentence(r)).join(' ')],
];
const ALL_SHAPES = PATHOLOGICAL.concat(EXTRA_SHAPES);

function makeCase(seed, index, corpusDir, shapes = false) {
  const rng = caseRng(seed, index);
  const r = R(rng);
  // --shapes: cases 0..N-1 are the N pathological shapes, one each, in order.
  if (shapes && index < ALL_SHAPES.length) {
    const [name, gen] = ALL_SHAPES[index];
    return { kind: `pathological:${name}`, text: gen(r), r };
  }
  const roll = r.f();
  if (roll < 0.02) {
    const [name, gen] = PATHOLOGICAL[r.int(PATHOLOGICAL.length)];
    return { kind: `pathological:${name}`, text: gen(r), r };
  }
  if (roll < 0.6) {
    const base = corpusText(corpusDir, r);
    if (base !== null) {
      let t = base;
      if (r.chance(0.1)) t = t + '\n\n' + corpusText(corpusDir, r);
      const n = r.chance(0.1) ? r.range(20, 200) : r.range(0, 12);
      for (let i = 0; i < n; i++) t = mutate(r, t);
      return { kind: `mutated-article(${n})`, text: t, r };
    }
  }
  if (r.chance(0.3)) {
    let t = markdownDoc(r);
    const n = r.range(0, 4);
    for (let i = 0; i < n; i++) t = mutate(r, t);
    return { kind: `markdown-doc(${n})`, text: t, r };
  }
  let t = randomText(r);
  const n = r.range(0, 10);
  for (let i = 0; i < n; i++) t = mutate(r, t);
  return { kind: `random(${n})`, text: t, r };
}

// ---------------------------------------------------------------- checks
function checkSpan(errs, where, s, text, { hasText = true } = {}, textOf = (a, b) => text.slice(a, b)) {
  if (s === null || typeof s !== 'object') {
    errs.push(`${where}: not an object`);
    return;
  }
  const { start, end } = s;
  if (!Number.isInteger(start) || !Number.isInteger(end)) errs.push(`${where}: non-integer offsets ${start}..${end}`);
  else if (start < 0 || end > text.length) errs.push(`${where}: [${start},${end}) outside [0,${text.length}]`);
  else if (!(start < end)) errs.push(`${where}: empty or reversed [${start},${end})`);
  else if (hasText && textOf && s.text !== textOf(start, end)) errs.push(`${where}: text ${JSON.stringify(String(s.text).slice(0, 60))} != ${JSON.stringify(textOf(start, end).slice(0, 60))} at [${start},${end})`);
}

/** Soft checks on span edges: no leading/trailing whitespace; in Markdown, no edge on a
 *  character the prose mask blanked (front matter, code, HTML, link target…). */
function checkEdges(a, text, mask) {
  const errs = [];
  const edge = (where, s) => {
    if (!s || !(s.start < s.end) || s.start < 0 || s.end > text.length) return;
    const x = text.slice(s.start, s.end);
    // ASCII whitespace and NBSP only: rarer Unicode separators (U+2028, U+202F…) are
    // not treated as a failure.
    if (/^[ \t\n\r\u00A0]|[ \t\n\r\u00A0]$/.test(x)) errs.push(`${where}: span ${JSON.stringify(x.slice(0, 40))}${x.length > 40 ? '…' : ''} starts or ends with whitespace`);
    if (mask) {
      for (const i of [s.start, s.end - 1]) {
        if (mask[i] !== text[i]) {
          errs.push(`${where}: edge at ${i} (${JSON.stringify(text[i])}) is outside the prose mask: ${JSON.stringify(x.slice(0, 60))}`);
          break;
        }
      }
    }
  };
  a.paragraphs?.forEach((x, i) => edge(`paragraphs[${i}]`, x));
  a.sentences?.forEach((x, i) => edge(`sentences[${i}]`, x));
  a.attributions?.forEach((x, i) => {
    edge(`attributions[${i}]`, x);
    edge(`attributions[${i}].cue`, x.cue);
  });
  a.figures?.forEach((x, i) => edge(`figures[${i}]`, x));
  a.anonymityNotes?.forEach((x, i) => edge(`anonymityNotes[${i}]`, x));
  a.findings?.forEach((x, i) => edge(`findings[${i}]`, x));
  return errs;
}

/** proseMask from src/core/markdown.ts, bundled on the fly (null when esbuild is missing). */
function loadProseMask() {
  return loadMarkdown()?.proseMask ?? null;
}

/** What a span's `text` must be: the slice, or for Markdown the prose of the slice;
 *  null (not checked) when the Markdown module cannot be loaded. */
function textOfFor(format, text) {
  if (format !== 'markdown') return (a, b) => text.slice(a, b);
  const md = loadMarkdown();
  if (!md) return null;
  const mask = md.proseMask(text);
  return (a, b) => md.proseText(text, mask, a, b);
}

let markdownModule;
function loadMarkdown() {
  if (markdownModule === undefined) markdownModule = bundleMarkdown();
  return markdownModule;
}

function bundleMarkdown() {
  try {
    const require = createRequire(import.meta.url);
    const { buildSync } = require('esbuild');
    const out = buildSync({ entryPoints: [join(root, 'src', 'core', 'markdown.ts')], bundle: true, write: false, platform: 'neutral', format: 'cjs', mainFields: ['main', 'module'], logLevel: 'silent' });
    const dir = join(tmpdir(), 'sourcing-lens-fuzz');
    mkdirSync(dir, { recursive: true });
    const f = join(dir, `markdown-${process.pid}.cjs`);
    writeFileSync(f, out.outputFiles[0].text);
    return require(f);
  } catch {
    return null;
  }
}

function validate(a, text, textOf) {
  const checkSpanOf = (errs2, where, sp, t, o) => checkSpan(errs2, where, sp, t, o, textOf);
  const errs = [];
  if (!a || typeof a !== 'object') return ['analysis is not an object'];
  if (a.length !== text.length) errs.push(`length ${a.length} != ${text.length}`);
  for (const key of ['paragraphs', 'sentences', 'attributions', 'figures', 'anonymityNotes', 'findings']) {
    if (!Array.isArray(a[key])) errs.push(`${key} is not an array`);
  }
  if (errs.length) return errs;
  const nS = a.sentences.length;
  const nP = a.paragraphs.length;
  const inIdx = (v, n) => Number.isInteger(v) && v >= 0 && v < n;
  let prevEnd = 0;
  a.paragraphs.forEach((p, i) => {
    checkSpanOf(errs, `paragraphs[${i}]`, p, text, { hasText: false });
    if (p.start < prevEnd) errs.push(`paragraphs[${i}] overlaps or is out of order (start ${p.start} < previous end ${prevEnd})`);
    prevEnd = p.end;
    if (!(Number.isInteger(p.firstSentence) && Number.isInteger(p.endSentence) && p.firstSentence <= p.endSentence && p.endSentence <= nS)) errs.push(`paragraphs[${i}]: bad sentence range ${p.firstSentence}..${p.endSentence}`);
  });
  prevEnd = 0;
  a.sentences.forEach((s, i) => {
    checkSpanOf(errs, `sentences[${i}]`, s, text, { hasText: false });
    if (s.start < prevEnd) errs.push(`sentences[${i}] overlaps or is out of order (start ${s.start} < previous end ${prevEnd})`);
    prevEnd = s.end;
    if (!inIdx(s.paragraph, nP)) errs.push(`sentences[${i}].paragraph ${s.paragraph} out of range`);
    else {
      const p = a.paragraphs[s.paragraph];
      if (s.start < p.start || s.end > p.end) errs.push(`sentences[${i}] [${s.start},${s.end}) not inside its paragraph [${p.start},${p.end})`);
      if (i < p.firstSentence || i >= p.endSentence) errs.push(`sentences[${i}] not in paragraph ${s.paragraph}'s sentence range`);
    }
  });
  const sentOk = (where, o) => {
    if (!inIdx(o.sentence, nS)) errs.push(`${where}.sentence ${o.sentence} out of range`);
    if (!inIdx(o.paragraph, nP)) errs.push(`${where}.paragraph ${o.paragraph} out of range`);
  };
  const nA = a.attributions.length;
  const nF = a.figures.length;
  a.attributions.forEach((x, i) => {
    const w = `attributions[${i}]`;
    checkSpanOf(errs, w, x, text);
    checkSpanOf(errs, `${w}.cue`, x.cue, text);
    if (x.antecedent != null) checkSpanOf(errs, `${w}.antecedent`, x.antecedent, text);
    if (x.id !== i) errs.push(`${w}.id ${x.id} != ${i}`);
    sentOk(w, x);
    if (!Array.isArray(x.sameSource) || x.sameSource.some((j) => !inIdx(j, nA))) errs.push(`${w}.sameSource has bad ids`);
  });
  a.figures.forEach((x, i) => {
    const w = `figures[${i}]`;
    checkSpanOf(errs, w, x, text);
    if (x.id !== i) errs.push(`${w}.id ${x.id} != ${i}`);
    sentOk(w, x);
    if (x.attribution !== null && !inIdx(x.attribution, nA)) errs.push(`${w}.attribution ${x.attribution} out of range`);
    if (x.value !== null && x.value !== undefined && !(Number.isFinite(x.value.min) && Number.isFinite(x.value.max) && x.value.min <= x.value.max)) errs.push(`${w}.value ${JSON.stringify(x.value)} not a finite min<=max range`);
  });
  a.anonymityNotes.forEach((x, i) => {
    checkSpanOf(errs, `anonymityNotes[${i}]`, x, text);
    sentOk(`anonymityNotes[${i}]`, x);
  });
  a.findings.forEach((x, i) => {
    const w = `findings[${i}]`;
    checkSpanOf(errs, w, x, text, { hasText: false });
    if (x.attribution !== null && x.attribution !== undefined && !inIdx(x.attribution, nA)) errs.push(`${w}.attribution out of range`);
    if (x.figure !== null && x.figure !== undefined && !inIdx(x.figure, nF)) errs.push(`${w}.figure out of range`);
    if (typeof x.message !== 'string' || x.message.length === 0) errs.push(`${w}: empty message`);
  });
  return errs;
}

/** Path of the first difference between two JSON-like values, for readable reports. */
function firstDiff(a, b, path = '') {
  if (Object.is(a, b)) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return `${path || '(root)'}: ${JSON.stringify(a)?.slice(0, 80)} vs ${JSON.stringify(b)?.slice(0, 80)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  if (Array.isArray(a) && a.length !== b.length) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = firstDiff(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return `${path}.length: ${a.length} vs ${b.length}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDiff(a[k], b[k], Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

/** An edit of the kind a writer makes: change a word, split/join paragraphs, type, delete. */
function edit(r, t) {
  if (t.length === 0) return r.pick(['Officials said 3.', 'x', '\n']);
  const p = r.int(t.length + 1);
  switch (r.int(8)) {
    case 0: { // replace one word
      const m = /\S+/g;
      m.lastIndex = p;
      const w = m.exec(t);
      if (!w) return t + ' said';
      return t.slice(0, w.index) + r.pick(['said', 'officials', '300', 'Smith', 'according', 'anonymity', 'x', '']) + t.slice(w.index + w[0].length);
    }
    case 1:
      return t.slice(0, p) + '\n\n' + t.slice(p);
    case 2: {
      const i = t.indexOf('\n\n', p);
      return i < 0 ? t : t.slice(0, i) + ' ' + t.slice(i + 2);
    }
    case 3:
      return t.slice(0, p) + r.pick([' officials said', ' 42 people', '.', ' “', '”', ' who spoke on condition of anonymity', 'a']) + t.slice(p);
    case 4:
      return t.slice(0, p) + t.slice(Math.min(t.length, p + r.range(1, 200)));
    case 5:
      return sentence(r) + '\n\n' + t;
    case 6:
      return t + '\n\n' + sentence(r);
    default:
      return mutate(r, t);
  }
}

function runCase(core, c, opts, baseline, proseMask) {
  const failures = [];
  const { text, r } = c;
  for (const format of ['plaintext', 'markdown']) {
    const o = { format };
    const fail = (check, msg) => failures.push({ format, check, msg });
    let a1;
    let t0 = performance.now();
    try {
      a1 = core.analyze(text, o);
    } catch (e) {
      fail('throws', `analyze threw: ${e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e}`);
      continue;
    }
    let ms = performance.now() - t0;
    for (const e of validate(a1, text, textOfFor(format, text)).slice(0, 3)) fail('span', e);
    if (opts.edges) {
      let mask = null;
      if (format === 'markdown' && proseMask) mask = proseMask(text);
      for (const e of checkEdges(a1, text, mask).slice(0, 2)) fail(e.includes('prose mask') ? 'mask-edge' : 'trim', e);
    }
    let a2;
    try {
      a2 = core.analyze(text, o);
    } catch (e) {
      fail('throws', `second analyze threw: ${e}`);
      continue;
    }
    if (!isDeepStrictEqual(a1, a2)) fail('determinism', `two analyses differ at ${firstDiff(a1, a2)}`);
    // Incremental: the editor's cache must agree with a fresh analysis after edits.
    try {
      const an = core.createAnalyzer();
      an.analyze(text, o);
      let t = text;
      const steps = [text];
      const edits = r.range(1, 3);
      for (let k = 0; k < edits; k++) {
        t = edit(r, t);
        steps.push(t);
        const inc = an.analyze(t, o);
        const fresh = core.analyze(t, o);
        if (!isDeepStrictEqual(inc, fresh)) {
          fail('incremental', `after edit ${k + 1} cached != fresh at ${firstDiff(inc, fresh)}${dumpSteps(c, format, steps)}`);
          break;
        }
      }
    } catch (e) {
      fail('throws', `createAnalyzer path threw: ${e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e}`);
    }
    // Time: ms per KB against the startup baseline; re-time before reporting.
    if (opts.timing && baseline && text.length > 0) {
      const kb = Math.max(text.length / 1024, 1);
      const limit = baseline[format] * 20;
      if (ms > 50 && ms / kb > limit) {
        for (let k = 0; k < 2 && ms > 50 && ms / kb > limit; k++) {
          t0 = performance.now();
          core.analyze(text, o);
          ms = Math.min(ms, performance.now() - t0);
        }
        if (ms > 50 && ms / kb > limit) fail('slow', `${ms.toFixed(0)} ms for ${kb.toFixed(1)} KB = ${(ms / kb).toFixed(2)} ms/KB, ${(ms / kb / baseline[format]).toFixed(0)}x baseline ${baseline[format].toFixed(3)} ms/KB`);
      }
    }
  }
  if (c.index % LONG_EVERY === 0) {
    const msg = longIncremental(core, c);
    if (msg) failures.push({ format: 'plaintext', check: 'incremental-long', msg });
  }
  return failures;
}

/** Writes the texts of an incremental case's steps (the case's text, then each edit)
 *  next to the case dump, for replaying by hand in the editor; returns a note. */
function dumpSteps(c, format, steps, tag = '') {
  try {
    const dir = join(tmpdir(), 'sourcing-lens-fuzz');
    mkdirSync(dir, { recursive: true });
    const base = join(dir, `seed${c.seed}-case${c.index}${tag}-${format}`);
    steps.forEach((t, k) => writeFileSync(`${base}-step${k}.txt`, t));
    return ` (steps: ${base}-step{0..${steps.length - 1}}.txt)`;
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------- long documents
// The editor's analyzer keeps the resolution of paragraphs beyond the reach of an edit
// (REACH in src/core/coreference.ts: 450 attributions and 10 sentences). The cases
// above are too short for that path, so every LONG_EVERY-th case also builds a long
// document dense in links (groups and their anaphors, pronoun chains, definite titles,
// "who" clauses), edits it near its start or anywhere, and compares the analyzer's
// result with a fresh analysis. Its random numbers come from their own stream, so the
// other cases of a (seed, index) are the same as without it.
const LONG_EVERY = 25;
const COUNTS = ['Three', 'Two', 'Four', 'Several', 'Dozens of', 'A', 'Senior', ''];
const GROUPS = ['officials', 'aides', 'diplomats', 'analysts', 'people', 'residents', 'official', 'aide'];
const KNOWS = ['briefed on the talks', 'familiar with the matter', 'involved in the negotiations', 'close to the campaign', ''];
const PEOPLE = [['Sen. Marco Rubio', 'The Florida senator', 'he'], ['Gov. Nikki Haley', 'The governor', 'she'], ['Donald Trump', 'The businessman', 'he'], ['Ms. Ortiz', 'The mayor', 'she'], ['Mr. Abu Jamea', 'The resident', 'he']];
const ORGS = ['The ministry', 'The Pentagon', 'Hamas', 'The company', 'The White House'];

/** A paragraph that links back: an anaphor, a pronoun, a title, a "who" clause… */
function longParagraph(r) {
  const g = r.pick(GROUPS);
  const p = r.pick(PEOPLE);
  const num = () => `${r.pick(NUMS)} ${r.pick(NOUNS)}`;
  switch (r.int(12)) {
    case 0: return `The ${g} said the deal was near.`;
    case 1: return `${r.pick(['They', 'They', 'He', 'She', 'It'])} said ${num()} had left.`;
    case 2: return `The talks went on. ${r.pick(['They', 'He', 'She'])} said no deal was close.`;
    case 3: return `The deal is near, according to the ${g}, who said it would be signed soon.`;
    case 4: return `The ${g} said so. ${r.pick(['They', 'He', 'She'])} said it again.`;
    case 5: return `“We will win,” ${p[2]} said.`;
    case 6: return `${p[1]} said ${num()} would vote.`;
    case 7: return `${r.pick(ORGS)} said ${num()} were hurt. It said more would follow.`;
    case 8: return `Nothing was signed on ${r.pick(['Monday', 'Tuesday', 'Friday'])}.`;
    case 9: return r.chance(0.2) ? sentence(r) : `Nothing more was said about ${r.pick(NOUNS)}.`;
    case 10: return `${p[0]} spoke in Miami on Tuesday. ${p[1]} said the race was far from over.`;
    default: return `${r.pick(['They', 'He', 'She'])} said ${num()} would return.`;
  }
}

/** A paragraph that introduces a source the others link back to. */
function rootParagraph(r) {
  if (r.chance(0.3)) {
    const p = r.pick(PEOPLE);
    return `${p[0]} spoke in Miami on Tuesday. ${p[1]} said the race was far from over.`;
  }
  return `${r.pick(COUNTS)} ${r.pick(GROUPS)} ${r.pick(KNOWS)} said ${r.pick(NUMS)} ${r.pick(NOUNS)} were affected.`.replace(/\s+/g, ' ').trim();
}

function longIncremental(core, c) {
  const r = R(caseRng(c.seed ^ 0x2545f491, c.index));
  // Sources are introduced at the start only, so that links reach back from far down
  // the document, across any edit near the start, to them.
  const roots = r.range(3, 15);
  const paras = Array.from({ length: r.range(300, 700) }, (_, k) => (k < roots ? rootParagraph(r) : longParagraph(r)));
  let t = paras.join('\n\n');
  const steps = [t];
  try {
    const an = core.createAnalyzer();
    an.analyze(t);
    const edits = r.range(1, 3);
    for (let k = 0; k < edits; k++) {
      const kind = r.int(10);
      if (kind < 4) {
        // rewrite one of the sources at the start: its count, group, way of knowing, or a name
        const ps = t.split('\n\n');
        const i = r.int(Math.min(roots, ps.length));
        ps[i] = rootParagraph(r);
        t = ps.join('\n\n');
      } else {
        // near the start (most of the document then lies beyond REACH), or anywhere
        const head = kind < 8 ? Math.floor(t.length * 0.1) : t.length;
        const cut = t.lastIndexOf('\n\n', r.int(head + 1));
        const at = cut < 0 ? 0 : cut + 2;
        t = t.slice(0, at) + (r.chance(0.5) ? edit(r, t.slice(at)) : longParagraph(r) + '\n\n' + t.slice(at));
      }
      steps.push(t);
      const inc = an.analyze(t);
      const fresh = core.analyze(t);
      if (!isDeepStrictEqual(inc, fresh)) return `long document (${t.length} chars, ${fresh.attributions.length} attributions): after edit ${k + 1} cached != fresh at ${firstDiff(inc, fresh)}${dumpSteps(c, 'plaintext', steps, '-long')}`;
    }
  } catch (e) {
    return `long document: createAnalyzer path threw: ${e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e}`;
  }
  return null;
}

function measureBaseline(core, corpusDir) {
  const r = R(mulberry32(7));
  const texts = [];
  for (let i = 0; i < 30; i++) texts.push(corpusText(corpusDir, r) ?? randomText(r) + randomText(r));
  const formats = ['plaintext', 'markdown'];
  for (const format of formats) for (const t of texts.slice(0, 10)) core.analyze(t, { format }); // warm-up
  // Three interleaved rounds; the lowest median per format (load on the machine only adds time).
  const res = { plaintext: Infinity, markdown: Infinity };
  for (let round = 0; round < 3; round++) {
    for (const format of formats) {
      const per = texts.map((t) => {
        const t0 = performance.now();
        core.analyze(t, { format });
        return (performance.now() - t0) / Math.max(t.length / 1024, 1);
      }).sort((x, y) => x - y);
      res[format] = Math.min(res[format], Math.max(per[per.length >> 1], 0.01));
    }
  }
  return res;
}

// ---------------------------------------------------------------- worker
if (!isMainThread) {
  const { opts, from, to } = workerData;
  const require = createRequire(import.meta.url);
  const core = require(opts.core);
  // A worker restarted after a hang reuses the first worker's baseline.
  const baseline = opts.timing ? workerData.baseline ?? measureBaseline(core, opts.corpus) : null;
  const proseMask = opts.edges ? loadProseMask() : null;
  parentPort.postMessage({ type: 'baseline', baseline });
  for (let i = from; i < to; i++) {
    const c = makeCase(opts.seed, i, opts.corpus, opts.shapes);
    c.seed = opts.seed;
    c.index = i;
    parentPort.postMessage({ type: 'start', index: i, kind: c.kind, length: c.text.length });
    const failures = runCase(core, c, opts, baseline, proseMask);
    parentPort.postMessage({ type: 'done', index: i, kind: c.kind, length: c.text.length, failures });
  }
  parentPort.postMessage({ type: 'end' });
} else {
  main();
}

// ---------------------------------------------------------------- main
/** --probe FILE: analyse one text and print which checks fail (child side of --minimize). */
function probe(opts) {
  const require = createRequire(import.meta.url);
  const core = require(opts.core);
  const text = readFileSync(opts.probe, 'utf8');
  const checks = new Set();
  for (const format of opts.format ? [opts.format] : ['plaintext', 'markdown']) {
    let a;
    try {
      a = core.analyze(text, { format });
    } catch {
      checks.add('throws');
      continue;
    }
    if (validate(a, text, textOfFor(format, text)).length) checks.add('span');
    const mask = format === 'markdown' && opts.check === 'mask-edge' ? loadProseMask()?.(text) ?? null : null;
    for (const e of checkEdges(a, text, mask)) checks.add(e.includes('prose mask') ? 'mask-edge' : 'trim');
    try {
      if (!isDeepStrictEqual(a, core.analyze(text, { format }))) checks.add('determinism');
    } catch {
      checks.add('throws');
    }
  }
  process.stdout.write(JSON.stringify([...checks]));
}

function minimize(opts) {
  const c = makeCase(opts.seed, opts.only, opts.corpus, opts.shapes);
  const dir = join(tmpdir(), 'sourcing-lens-fuzz');
  mkdirSync(dir, { recursive: true });
  const probeFile = join(dir, `probe-${process.pid}.txt`);
  const timeout = (opts.hangSecondsGiven ? opts.hangSeconds : 5) * 1000;
  const run = (text) => {
    writeFileSync(probeFile, text);
    const args = [fileURLToPath(import.meta.url), '--probe', probeFile, '--core', opts.core];
    if (opts.format) args.push('--format', opts.format);
    if (opts.check) args.push('--check', opts.check);
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout, maxBuffer: 1 << 26 });
    if (r.error && r.error.code === 'ETIMEDOUT') return ['hang'];
    if (r.status !== 0) return ['crash'];
    try {
      return JSON.parse(r.stdout);
    } catch {
      return ['crash'];
    }
  };
  const first = run(c.text);
  const check = opts.check ?? first[0];
  if (!check || !first.includes(check)) {
    console.log(`case ${opts.only} [${c.kind}]: ${first.length ? `fails ${first.join(', ')}, not ${check}` : 'no failure to minimize (incremental and slow cases are not minimized)'}`);
    process.exit(first.length ? 1 : 0);
  }
  console.log(`minimizing case ${opts.only} [${c.kind}, ${c.text.length} chars] for '${check}'${opts.format ? ` (${opts.format})` : ''}…`);
  let t = c.text;
  let n = 2;
  let tries = 0;
  while (t.length > 1) {
    const size = Math.ceil(t.length / n);
    let reduced = false;
    for (let i = 0; i < t.length; i += size) {
      const cand = t.slice(0, i) + t.slice(i + size);
      tries++;
      if (run(cand).includes(check)) {
        t = cand;
        reduced = true;
        n = Math.max(n - 1, 2);
        break;
      }
    }
    if (!reduced) {
      if (size <= 1) break;
      n = Math.min(n * 2, t.length);
    }
  }
  const out = join(dir, `seed${opts.seed}-case${opts.only}-min.txt`);
  writeFileSync(out, t);
  console.log(`minimal text (${t.length} chars, ${tries} tries), fails '${check}':`);
  console.log(JSON.stringify(t));
  console.log(`(written to ${out})`);
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.probe) return probe(opts);
  if (opts.minimize) {
    if (opts.only === null) {
      console.error('--minimize needs --case I');
      process.exit(2);
    }
    return minimize(opts);
  }
  if (!existsSync(opts.core)) {
    console.error(`${opts.core} not found: run 'npm run build' first (npm run fuzz does).`);
    process.exit(2);
  }
  // One seed after the other, each with the same cases (the range, or each listed case
  // in turn); one summary line per run at the end.
  const jobs = opts.seeds.flatMap((seed) => (opts.caseList ?? [null]).map((only) => ({ ...opts, seed, only: only ?? null })));
  const results = [];
  const started = Date.now();
  const next = (k) => {
    if (k === jobs.length) {
      if (jobs.length > 1) {
        console.log('');
        for (const x of results) console.log(`seed ${x.seed}${x.only !== null ? ` case ${x.only}` : ''}: ${x.stats.cases} cases in ${x.secs.toFixed(1)} s, ${x.stats.failed} failed${x.failedCases.length ? ` (cases ${x.failedCases.join(' ')})` : ''}`);
        const failed = results.reduce((n, x) => n + x.stats.failed, 0);
        console.log(`fuzz: ${opts.seeds.length} seed(s), ${results.reduce((n, x) => n + x.stats.cases, 0)} cases in ${((Date.now() - started) / 1000).toFixed(1)} s; ${failed} failed`);
      }
      process.exit(results.some((x) => x.stats.failed) ? 1 : 0);
    }
    // the timing baseline measures the machine, not the seed: measured once per run
    runSeed({ ...jobs[k], baseline: results[results.length - 1]?.baseline ?? null }, (x) => {
      results.push(x);
      next(k + 1);
    });
  };
  next(0);
}

/** Runs the cases of one seed in a worker (restarted after a hang or crash); calls
 *  `done` with the counts and failed cases. */
function runSeed(opts, done) {
  const first = opts.only ?? opts.from;
  const last = opts.only !== null ? opts.only + 1 : opts.from + opts.cases;
  const corpusNote = existsSync(opts.corpus) ? opts.corpus : `${opts.corpus} (missing: random text only)`;
  console.log(`fuzz: seed ${opts.seed}, cases ${first}..${last - 1}, corpus ${corpusNote}`);
  const started = Date.now();
  const stats = { cases: 0, failed: 0, byCheck: {}, byKind: {}, chars: 0, hangs: 0 };
  const failedCases = [];
  const shown = new Map();
  const replay = (i) => `node scripts/fuzz.mjs --seed ${opts.seed} --case ${i}${opts.corpusGiven ? ` --corpus ${JSON.stringify(opts.corpus)}` : ''}${opts.coreGiven ? ` --core ${JSON.stringify(opts.core)}` : ''}${opts.timing ? '' : ' --no-timing'}${opts.edges ? '' : ' --no-edges'}${opts.shapes ? ' --shapes' : ''}`;
  const dumpDir = join(tmpdir(), 'sourcing-lens-fuzz');

  const dump = (i) => {
    try {
      mkdirSync(dumpDir, { recursive: true });
      const c = makeCase(opts.seed, i, opts.corpus, opts.shapes);
      const f = join(dumpDir, `seed${opts.seed}-case${i}.txt`);
      writeFileSync(f, c.text);
      return f;
    } catch {
      return null;
    }
  };

  let current = null;
  let baseline = opts.baseline ?? null;
  let lastProgress = Date.now();
  let nextFrom = first;
  let worker = null;
  let watchdog = null;

  const finish = () => {
    clearInterval(watchdog);
    const secs = (Date.now() - started) / 1000;
    console.log('');
    console.log(`fuzz: ${stats.cases} cases (${(stats.chars / 1e6).toFixed(1)} M chars, both formats) in ${secs.toFixed(1)} s; ${stats.failed} failed${stats.hangs ? `, ${stats.hangs} hung` : ''}`);
    for (const [k, v] of Object.entries(stats.byCheck)) console.log(`  ${k}: ${v} case(s)`);
    if (opts.verbose) for (const [k, v] of Object.entries(stats.byKind).sort()) console.log(`  kind ${k}: ${v.n} cases, ${v.failed} failed`);
    if (failedCases.length) {
      console.log(`failed cases of seed ${opts.seed}: ${failedCases.join(' ')}`);
      console.log(`replay one: ${replay(failedCases[0])}`);
    }
    done({ seed: opts.seed, only: opts.only, stats, failedCases, secs, baseline });
  };

  const start = () => {
    if (nextFrom >= last) return finish();
    worker = new Worker(fileURLToPath(import.meta.url), { workerData: { opts, from: nextFrom, to: last, baseline } });
    worker.on('message', (m) => {
      lastProgress = Date.now();
      if (m.type === 'baseline') {
        if (m.baseline && !baseline) {
          baseline = m.baseline;
          console.log(`baseline: ${m.baseline.plaintext.toFixed(3)} ms/KB plaintext, ${m.baseline.markdown.toFixed(3)} ms/KB markdown (slow = >20x and >50 ms)`);
        }
      } else if (m.type === 'start') {
        current = m;
      } else if (m.type === 'done') {
        current = null;
        nextFrom = m.index + 1;
        stats.cases++;
        stats.chars += m.length;
        const kk = m.kind.replace(/\(\d+\)/, '');
        const kind = (stats.byKind[kk] ??= { n: 0, failed: 0 });
        kind.n++;
        if (m.failures.length) {
          stats.failed++;
          kind.failed++;
          failedCases.push(m.index);
          const checks = new Set(m.failures.map((f) => f.check));
          for (const ch of checks) stats.byCheck[ch] = (stats.byCheck[ch] ?? 0) + 1;
          // Every failure gets a line with its seed and case; the messages are shown for
          // the first few cases of each distinct message shape, not thousands of times.
          const sig = m.failures.map((f) => `${f.check}:${f.msg.replace(/\d+/g, 'N').slice(0, 80)}`).join('|');
          const n = (shown.get(sig) ?? 0) + 1;
          shown.set(sig, n);
          if (n <= 2 || opts.verbose) {
            console.log(`FAIL seed ${opts.seed} case ${m.index} [${m.kind}, ${m.length} chars]`);
            for (const f of m.failures.slice(0, 6)) console.log(`  ${f.format} ${f.check}: ${f.msg}`);
            const f = dump(m.index);
            console.log(`  replay: ${replay(m.index)}${f ? `   (text: ${f})` : ''}`);
          } else console.log(`FAIL seed ${opts.seed} case ${m.index} [${m.kind}]: ${[...checks].join(', ')}, as shown above`);
        }
        if (stats.cases % 500 === 0) console.log(`  … ${stats.cases} cases, ${stats.failed} failed, ${((Date.now() - started) / 1000).toFixed(0)} s`);
      } else if (m.type === 'end') {
        worker.removeAllListeners('exit');
        worker.terminate();
        finish();
      }
    });
    worker.on('error', (e) => {
      console.log(`worker crashed near seed ${opts.seed} case ${current ? current.index : nextFrom}: ${e && e.stack ? e.stack : e}`);
      if (!current) {
        console.error('fuzz: the worker failed outside a case (is dist/core.js loadable?)');
        process.exit(2);
      }
      if (current) {
        stats.cases++;
        stats.failed++;
        failedCases.push(current.index);
        stats.byCheck.crash = (stats.byCheck.crash ?? 0) + 1;
        console.log(`  replay: ${replay(current.index)}`);
        nextFrom = current.index + 1;
      }
      current = null;
      start();
    });
  };

  watchdog = setInterval(() => {
    if (current && Date.now() - lastProgress > opts.hangSeconds * 1000) {
      const c = current;
      current = null;
      stats.cases++;
      stats.failed++;
      stats.hangs++;
      stats.byCheck.hang = (stats.byCheck.hang ?? 0) + 1;
      failedCases.push(c.index);
      const f = dump(c.index);
      console.log(`HANG seed ${opts.seed} case ${c.index} [${c.kind}, ${c.length} chars]: no result after ${opts.hangSeconds} s`);
      console.log(`  replay: ${replay(c.index)}${f ? `   (text: ${f})` : ''}`);
      nextFrom = c.index + 1;
      const w = worker;
      w.removeAllListeners();
      w.terminate().then(start);
    }
  }, 1000);
  start();
}
