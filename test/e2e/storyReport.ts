// The story report webview in code-server, as a user meets it: opened from the
// summary lens's button, it shows the seed's numbers (checked against the analysis
// computed here from the same text), a mark clicked or pressed moves the editor's
// cursor there, an edit to the story redraws it, and the page neither logs errors
// nor requests anything. Screenshots in the light (default) and the dark theme.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { analyze, type Analysis } from '../../src/core';
import { ROOT, SEED } from '../vscode/codeServer';
import { EDITOR, goToLine, runCommand } from './workbench';

const seedText = fs.readFileSync(path.join(ROOT, 'seeds', SEED), 'utf8');

/** The webview's content frame: VS Code nests it in an iframe of its own. */
function reportFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

function lineCol(offset: number): { line: number; col: number } {
  const before = seedText.slice(0, offset).split('\n');
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

function expectedMarks(a: Analysis): number[] {
  return a.paragraphs.map((_, p) =>
    a.attributions.filter((x) => x.paragraph === p && x.kind === 'anonymous').length +
    a.figures.filter((f) => f.paragraph === p && (f.status === 'unattributed' || f.sourceKind === 'anonymous')).length);
}

async function cursor(page: Page): Promise<string> {
  return ((await page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first().textContent()) ?? '').trim();
}

/** Watches what the webview frames log and request while `steps` run. */
export async function storyReportJourney(page: Page, shot: (name: string) => Promise<void>, full = true): Promise<void> {
  const errors: string[] = [];
  const requests: string[] = [];
  const inWebview = (url: string) => /webview/.test(url);
  page.on('console', (m) => {
    if (m.type() === 'error' && (inWebview(m.location().url) || /Content Security Policy/i.test(m.text()))) errors.push(m.text());
  });
  page.on('request', (r) => {
    const frame = r.frame();
    if (inWebview(frame.url()) || inWebview(r.url())) requests.push(r.url());
  });
  const origin = new URL(page.url()).origin;

  console.log('- the Sourcing report button on the summary lens');
  await page.locator(`${EDITOR} .codelens-decoration a`, { hasText: 'Sourcing report' }).first().click();
  const frame = reportFrame(page);
  const counts = frame.locator('.counts');
  await counts.waitFor({ timeout: 30_000 });

  console.log('- the numbers shown are the analysis');
  const analysis = analyze(seedText);
  const s = analysis.summary;
  assert.equal(Number(await counts.getAttribute('data-attributions')), s.attributions);
  assert.equal(Number(await counts.getAttribute('data-anonymous')), s.anonymous);
  assert.equal(Number(await counts.getAttribute('data-figures')), s.figures);
  assert.equal(Number(await counts.getAttribute('data-unattributed')), s.unattributedFigures);
  const vague = analysis.attributions.filter((a) => a.facets?.vague).length;
  const legend = await frame.locator('.legend li[data-kind]').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-kind'), Number(li.getAttribute('data-count'))]));
  assert.deepEqual(Object.fromEntries(legend), { anonymous: s.anonymous - vague, vague, named: s.named - s.documents, documents: s.documents });
  const mentions = await frame.locator('li.type').evaluateAll((lis) => lis.reduce((n, li) => n + Number(li.getAttribute('data-mentions')), 0));
  assert.equal(mentions, s.attributions, 'sources by type count every attribution once');
  const marks = await frame.locator('g.prow').evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-marks'))));
  assert.deepEqual(marks, expectedMarks(analysis));
  assert.equal(await frame.locator('table.figures tbody tr').count(), s.figures);
  assert.equal(await frame.locator('.verdict').getAttribute('data-status'), analysis.anonymity.status);
  if (!full) return;
  // Room for the report in the screenshots: the side bar folded, the map in view.
  await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
  await frame.locator('svg.pmap').scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await shot('report-webview-light');

  console.log('- clicking a mark moves the editor\'s cursor there');
  const target = analysis.figures.find((f) => f.status === 'unattributed')!;
  await frame.locator(`g.mark[data-start="${target.start}"]`).click();
  const end = lineCol(target.end);
  await page.locator('.statusbar-item', { hasText: `Ln ${end.line}, Col ${end.col}` }).first().waitFor({ timeout: 10_000 });
  assert.match(await cursor(page), new RegExp(`Ln ${end.line}, Col ${end.col} \\(${target.end - target.start} selected\\)`));

  console.log('- and so does Enter on a mark reached with the keyboard');
  const anonymous = analysis.attributions.find((a) => a.kind === 'anonymous')!;
  const mark = frame.locator(`g.mark[data-start="${anonymous.start}"]`);
  await mark.focus();
  await page.keyboard.press('Enter');
  const to = lineCol(anonymous.end);
  await page.locator('.statusbar-item', { hasText: `Ln ${to.line}, Col ${to.col}` }).first().waitFor({ timeout: 10_000 });

  console.log('- an edit to the story redraws the report');
  const lastLine = seedText.split('\n').length;
  await goToLine(page, lastLine);
  await page.keyboard.press('End');
  await page.keyboard.type('\n\nOfficials said the crossing would stay shut.');
  await frame.locator(`.counts[data-anonymous="${s.anonymous + 1}"]`).waitFor({ timeout: 15_000 });
  await runCommand(page, 'File: Revert File');
  await frame.locator(`.counts[data-anonymous="${s.anonymous}"]`).waitFor({ timeout: 15_000 });

  console.log('- the dark theme');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.fill('>Preferences: Color Theme');
  // Not "Browse Color Themes in Marketplace", which the same words also find.
  await page.locator('.quick-input-widget .monaco-list-row[aria-label^="Preferences: Color Theme"]').first().click();
  await input.fill('Dark Modern');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Dark Modern' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(1000);
  await shot('report-webview-dark');

  console.log('- no console errors, no requests beyond code-server\'s own webview files');
  assert.deepEqual(errors, [], 'console errors in the webview');
  const elsewhere = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('vscode-webview:') && !url.startsWith('blob:') && !url.startsWith('data:'));
  assert.deepEqual(elsewhere, [], 'requests leaving the machine');
  const notWebviewShell = requests.filter((url) => url.startsWith(origin) && !/\/webview\/browser\/pre\//.test(url));
  assert.deepEqual(notWebviewShell, [], 'requests other than the webview shell');
}
