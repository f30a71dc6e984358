// Start-up stays in budget now that the extension is a client of the language
// server: activation (loading the bundle and activate()) within 200 ms; the server
// process starts meanwhile, and its first answers arrive without a reload.
import * as assert from 'assert';
import { suite, test } from 'mocha';
import { analysedSeed } from './helpers';

/** The budget of the issue that moved the analysis into the language server. */
const ACTIVATION_BUDGET_MS = 200;

suite('Start-up', () => {
  test(`activation takes at most ${ACTIVATION_BUDGET_MS} ms, and the server then analyses the seed`, async () => {
    const { lens, uri } = await analysedSeed();
    console.log(`      activation: ${lens.activationMs} ms`);
    assert.ok(lens.activationMs >= 0 && lens.activationMs <= ACTIVATION_BUDGET_MS, `activation took ${lens.activationMs} ms`);
    assert.ok(lens.isAnalysed(uri));
  });
});
