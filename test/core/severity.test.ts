// Severity settings over findings: a silenced specific code falls back to its general
// one; the editor's cap keeps the most severe first and counts what it left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_CODES, analyze, applySeverities, CODES, docsUrl, limitFindings, type SeverityMap } from '../../src/core';

const defaults = (): SeverityMap => Object.fromEntries(ALL_CODES.map((c) => [c, CODES[c].defaultSeverity])) as SeverityMap;
const STORY = 'The border was tense, officials said. Three officials involved in the talks said 300 homes were hit. Hundreds of people fled.';

test('vague-anonymous-source off: the source is still reported, as anonymous-source at its severity', () => {
  const a = analyze(STORY);
  const vague = a.findings.filter((f) => f.code === 'vague-anonymous-source');
  assert.equal(vague.length, 1, 'the story has one vague source');
  const out = applySeverities(a, { ...defaults(), 'vague-anonymous-source': 'off' });
  const general = out.find((f) => f.attribution === vague[0].attribution && f.figure === null && f.code !== 'anonymity-unexplained');
  assert.ok(general, 'still reported');
  assert.equal(general.code, 'anonymous-source');
  assert.equal(general.severity, 'information');
  assert.equal(general.docsUrl, docsUrl('anonymous-source'));
  assert.match(general.message, /^Anonymous source “officials”/);
  assert.deepEqual([general.start, general.end], [vague[0].start, vague[0].end]);
  // as many anonymous-source findings as there are anonymous attributions
  const anonymous = a.attributions.filter((x) => x.kind === 'anonymous').length;
  assert.equal(out.filter((f) => f.code === 'anonymous-source').length, anonymous);
});

test('both off: gone; another code off: dropped with no fallback', () => {
  const a = analyze(STORY);
  const out = applySeverities(a, { ...defaults(), 'vague-anonymous-source': 'off', 'anonymous-source': 'off', 'unattributed-figure': 'off' });
  assert.ok(!out.some((f) => f.code === 'anonymous-source' || f.code === 'vague-anonymous-source' || f.code === 'unattributed-figure'));
  assert.ok(out.some((f) => f.code === 'anonymity-unexplained'), 'other codes stay');
});

test('a raised severity is applied; the analysis itself is left alone', () => {
  const a = analyze(STORY);
  const out = applySeverities(a, { ...defaults(), 'anonymous-source': 'error' });
  assert.ok(out.filter((f) => f.code === 'anonymous-source').every((f) => f.severity === 'error'));
  assert.ok(a.findings.filter((f) => f.code === 'anonymous-source').every((f) => f.severity === 'information'));
});

test('limitFindings: most severe first, then by position; counts what it holds back', () => {
  const a = analyze(STORY);
  const all = applySeverities(a, defaults());
  const { shown, hidden } = limitFindings(all, 2);
  assert.equal(shown.length, 2);
  assert.equal(hidden, all.length - 2);
  assert.ok(shown.every((f) => f.severity === 'warning'), shown.map((f) => f.severity).join());
  assert.ok(shown[0].start <= shown[1].start);
  const unlimited = limitFindings(all, 1000);
  assert.equal(unlimited.hidden, 0);
  const rank = { error: 0, warning: 1, information: 2, hint: 3 };
  for (let i = 1; i < unlimited.shown.length; i++) {
    const [x, y] = [unlimited.shown[i - 1], unlimited.shown[i]];
    assert.ok(rank[x.severity] < rank[y.severity] || rank[x.severity] === rank[y.severity] && x.start <= y.start, 'ordered');
  }
});

test('limitFindings: the one-pass-per-severity order is the sorted order, and unsorted input is sorted', () => {
  const severities = ['error', 'warning', 'information', 'hint'] as const;
  let seed = 7;
  const rnd = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
  const rank = { error: 0, warning: 1, information: 2, hint: 3 };
  const base = applySeverities(analyze(STORY), defaults())[0];
  for (let round = 0; round < 50; round++) {
    const findings = Array.from({ length: 40 }, (_, i) => ({ ...base, start: Math.floor(i / 3), end: Math.floor(i / 3) + 1 + (i % 3), severity: severities[Math.floor(rnd() * 4)] }));
    const expected = [...findings].sort((x, y) => rank[x.severity] - rank[y.severity] || x.start - y.start || x.end - y.end);
    assert.deepEqual(limitFindings(findings, 1000).shown, expected, 'position-ordered input');
    const shuffled = [...findings].sort(() => rnd() - 0.5);
    assert.deepEqual(limitFindings(shuffled, 1000).shown.map((f) => [f.severity, f.start, f.end]), expected.map((f) => [f.severity, f.start, f.end]), 'shuffled input');
  }
});
