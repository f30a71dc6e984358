// The server's settings parser: package.json's defaults, nested or dotted keys, and
// anything else a client may send falling back to the default.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ALL_CODES, CODES } from '../../src/core';
import { parseSettings } from '../../src/server/settings';

test('with nothing sent, the defaults are the extension’s (package.json)', () => {
  const s = parseSettings(undefined);
  assert.deepEqual({ ...s, severity: undefined }, { maxFileSizeKB: 2048, debounceMs: 300, codeLens: true, maxProblems: 1000, severity: undefined });
  for (const code of ALL_CODES) assert.equal(s.severity[code], CODES[code].defaultSeverity);
});

test('nested and dotted keys both work', () => {
  const nested = parseSettings({ codeLens: { enabled: false }, severity: { 'anonymous-source': 'off' }, maxProblems: 20 });
  const dotted = parseSettings({ 'codeLens.enabled': false, 'severity.anonymous-source': 'off', maxProblems: 20 });
  assert.deepEqual(nested, dotted);
  assert.equal(nested.codeLens, false);
  assert.equal(nested.severity['anonymous-source'], 'off');
  assert.equal(nested.maxProblems, 20);
});

test('wrong types and out-of-range values fall back or are clamped', () => {
  const s = parseSettings({ maxFileSizeKB: 'big', debounceMs: -5, maxProblems: 1e9, codeLens: { enabled: 'yes' }, severity: { 'unattributed-figure': 'loud' } });
  assert.equal(s.maxFileSizeKB, 2048);
  assert.equal(s.debounceMs, 0);
  assert.equal(s.maxProblems, 1000);
  assert.equal(s.codeLens, true);
  assert.equal(s.severity['unattributed-figure'], CODES['unattributed-figure'].defaultSeverity);
  for (const raw of [null, 42, 'x', [], { severity: null }]) assert.doesNotThrow(() => parseSettings(raw));
});
