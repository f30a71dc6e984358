#!/usr/bin/env node
// Noise on texts that are not English news: how many findings (flags) the analyzer
// raises per 1,000 words on French/Spanish/German news, a recipe, pasted source
// code, legal boilerplate and a poem (test/fixtures/odd, written for this project).
// The target is near zero: a tool that flags a recipe will be switched off.
//
//   npm run build && node scripts/noise.mjs [--json] [--verbose] [--dir DIR] [--max-per-1k X]
//   node scripts/noise.mjs --odd     what every odd fixture gets (both formats), spans exact?
//
// --verbose lists every finding with its text. --max-per-1k X exits 1 when the
// overall rate is above X (for CI; no default gate).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const require = createRequire(join(root, 'package.json'));

const NOISE = [
  ['fr-news.txt', 'French news'],
  ['es-news.txt', 'Spanish news'],
  ['de-news.txt', 'German news'],
  ['recipe.txt', 'recipe'],
  ['code.txt', 'source code pasted as text'],
  ['legal.txt', 'legal boilerplate'],
  ['poem.txt', 'poem'],
];

const args = process.argv.slice(2);
const json = args.includes('--json');
const verbose = args.includes('--verbose') || args.includes('-v');
const dirArg = args.indexOf('--dir');
const dir = resolve(dirArg >= 0 ? args[dirArg + 1] : join(root, 'test', 'fixtures', 'odd'));
const gateArg = args.indexOf('--max-per-1k');
const gate = gateArg >= 0 ? Number(args[gateArg + 1]) : null;

const coreArg = args.indexOf('--core');
const corePath = coreArg >= 0 ? resolve(args[coreArg + 1]) : join(root, 'dist', 'core.js');
if (!existsSync(corePath)) {
  console.error("dist/core.js not found: run 'npm run build' first.");
  process.exit(2);
}
const core = require(corePath);

if (args.includes('--odd')) {
  oddTable();
  process.exit(0);
}

/** --odd: what every odd fixture gets, in both formats, and whether its spans are exact. */
function oddTable() {
  const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').sort();
  const out = [['fixture', 'chars', 'format', 'paras', 'sents', 'attrib.', 'figures', 'notes', 'findings', 'spans exact']];
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    for (const format of ['plaintext', 'markdown']) {
      let a;
      let ok = 'yes';
      try {
        a = core.analyze(text, { format });
        const all = [...a.paragraphs, ...a.sentences, ...a.attributions, ...a.attributions.map((x) => x.cue), ...a.figures, ...a.anonymityNotes, ...a.findings];
        const bad = all.filter((x) => !(x.start >= 0 && x.end <= text.length && x.start < x.end) || (x.text !== undefined && x.text !== text.slice(x.start, x.end)));
        if (bad.length) ok = `NO (${bad.length})`;
      } catch (e) {
        out.push([f, String(text.length), format, 'threw: ' + String(e).slice(0, 60), '', '', '', '', '', 'NO']);
        continue;
      }
      out.push([f, String(text.length), format, String(a.paragraphs.length), String(a.sentences.length), String(a.attributions.length), String(a.figures.length), String(a.anonymityNotes.length), String(a.findings.length), ok]);
    }
  }
  const w = out[0].map((_, c) => Math.max(...out.map((r) => r[c].length)));
  for (const r of out) console.log(r.map((x, c) => (c === 0 || c === 2 ? x.padEnd(w[c]) : x.padStart(w[c]))).join('  '));
}

const rows = [];
let totalWords = 0;
let totalFindings = 0;
for (const [file, label] of NOISE) {
  const p = join(dir, file);
  if (!existsSync(p)) {
    console.error(`missing fixture ${p}`);
    continue;
  }
  const text = readFileSync(p, 'utf8');
  const words = (text.match(/\S+/g) ?? []).length;
  const a = core.analyze(text, { format: 'plaintext' });
  const byCode = {};
  for (const f of a.findings) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  totalWords += words;
  totalFindings += a.findings.length;
  rows.push({
    file,
    label,
    words,
    findings: a.findings.length,
    per1k: +((a.findings.length * 1000) / Math.max(words, 1)).toFixed(1),
    attributions: a.attributions.length,
    figures: a.figures.length,
    byCode,
    flagged: a.findings.map((f) => ({ code: f.code, text: text.slice(f.start, f.end) })),
    attributionTexts: a.attributions.map((x) => `${x.text} ← ${x.cue.text}`),
  });
}
const overall = +((totalFindings * 1000) / Math.max(totalWords, 1)).toFixed(1);

// For scale: the same rate on real English news (the polnear corpus), when present.
const corpusDir = join(root, '..', 'shared', 'corpora', 'polnear', 'train', 'text');
let newsPer1k = null;
if (existsSync(corpusDir)) {
  let w = 0;
  let n = 0;
  for (const f of readdirSync(corpusDir).filter((x) => x.endsWith('.txt'))) {
    const text = readFileSync(join(corpusDir, f), 'utf8');
    w += (text.match(/\S+/g) ?? []).length;
    n += core.analyze(text).findings.length;
  }
  newsPer1k = +((n * 1000) / Math.max(w, 1)).toFixed(1);
}

if (json) {
  console.log(JSON.stringify({ overallPer1kWords: overall, words: totalWords, findings: totalFindings, newsPer1kWords: newsPer1k, texts: rows }, null, 2));
} else {
  console.log('Noise: findings per 1,000 words on non-English / non-news texts (target: near zero)\n');
  const head = ['text', 'words', 'findings', 'per 1k', 'attrib.', 'figures', 'codes'];
  const table = [head, ...rows.map((r) => [`${r.label} (${r.file})`, String(r.words), String(r.findings), r.per1k.toFixed(1), String(r.attributions), String(r.figures), Object.entries(r.byCode).map(([k, v]) => `${k}×${v}`).join(', ') || '—'])];
  const w = head.map((_, c) => Math.max(...table.map((r) => r[c].length)));
  for (const r of table) console.log(r.map((x, c) => (c === 0 || c === 6 ? x.padEnd(w[c]) : x.padStart(w[c]))).join('  '));
  console.log(`\noverall: ${totalFindings} findings in ${totalWords} words = ${overall} per 1,000 words`);
  if (newsPer1k !== null) console.log(`for scale, English news (polnear corpus): ${newsPer1k} findings per 1,000 words`);
  if (verbose) {
    for (const r of rows) {
      if (!r.flagged.length && !r.attributionTexts.length) continue;
      console.log(`\n${r.file}:`);
      for (const x of r.attributionTexts) console.log(`  attribution: ${x}`);
      for (const f of r.flagged) console.log(`  ${f.code}: ${JSON.stringify(f.text)}`);
    }
  }
}
if (gate !== null && overall > gate) {
  console.error(`noise ${overall} per 1k words is above --max-per-1k ${gate}`);
  process.exit(1);
}
