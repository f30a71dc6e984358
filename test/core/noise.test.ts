// Text that is not English news must not set off a stream of flags (issue: robustness).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core';

test('a paragraph in another language is not analysed', () => {
  const r = analyze("Le conseil municipal a voté mardi un budget de 42 millions d'euros, a annoncé la mairie. Selon elle, près de 30 bâtiments ont besoin de travaux.");
  assert.deepEqual([r.attributions.length, r.figures.length, r.findings.length], [0, 0, 0]);
});

test('English news is still analysed next to it', () => {
  const r = analyze('Le conseil a voté un budget de 42 millions, a annoncé la mairie.\n\nAt least 12 people were killed, officials said.');
  assert.equal(r.figures.length, 1);
  assert.equal(r.attributions.length, 1);
});

test('source code pasted as text is skipped', () => {
  const r = analyze('const delay = 2 ** attempt * 250; // retries\nif (res.status === 429) { throw new Error(`HTTP ${res.status}`); }\nconsole.warn(`said the logger`);');
  assert.deepEqual([r.paragraphs.length, r.figures.length], [0, 0]);
});

test('numbers in formulas, list numbers and cooking units are not figures', () => {
  assert.equal(analyze('Set x = 3 and y * 250 here.').figures.length, 0);
  assert.equal(analyze('1. Definitions apply to the tenant.').figures.length, 0);
  assert.equal(analyze('Stir in 200 g of flour and 2 tablespoons of oil.').figures.length, 0);
  assert.equal(analyze('- 3 large eggs\n- 2 lemons').figures.length, 0);
  assert.equal(analyze('- 12 people were killed in the blast').figures.length, 1);
});

test('"no one" is not a source', () => {
  assert.equal(analyze('And no one tells the secret of the harbour bells.').attributions.length, 0);
});
