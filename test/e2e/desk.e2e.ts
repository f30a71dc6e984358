// The desk report in a real browser: builds it with the CLI over a small newsroom
// (the seed under two desks and dates, a story with no sources), opens the file in
// headless Chromium and checks that the numbers shown are the analysis's, that the
// table sorts and links to each story, that nothing is requested from anywhere and
// nothing is logged as an error; then the empty-folder and bad-files pages.
// Screenshots, light and dark, go to test-results/e2e/.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { analyze } from '../../src/core';
import { launchBrowser, RESULTS, ROOT, SEED, tempDir } from '../vscode/codeServer';

const SHOTS = path.join(RESULTS, 'e2e');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const seedText = fs.readFileSync(path.join(ROOT, 'seeds', SEED), 'utf8');
const CALM = 'The river rose overnight and the old bridge is closed.\n\nTraffic moved to the ring road by the morning.\n';

let stepName = '';
function step(name: string): void {
  stepName = name;
  console.log(`- ${name}`);
}

/** Runs in `cwd`, so the page shows short relative paths as a user's run would. */
function report(args: string[], cwd?: string): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'report', ...args], { encoding: 'utf8', timeout: 120_000, cwd });
  return { status: r.status, stderr: r.stderr };
}

/** Everything a page asks for beyond its own file, and every error it logs. */
function watch(page: Page, file: string): { requests: string[]; errors: string[] } {
  const seen = { requests: [] as string[], errors: [] as string[] };
  const own = pathToFileURL(file).href;
  page.on('request', (r) => { if (r.url().split('#')[0] !== own) seen.requests.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') seen.errors.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => seen.errors.push(`pageerror: ${e.message}`));
  return seen;
}

async function cellNumbers(page: Page, row: number, columns: number[]): Promise<number[]> {
  const cells = page.locator('table.stories tbody tr').nth(row).locator('td');
  return Promise.all(columns.map(async (c) => Number(await cells.nth(c).getAttribute('data-v'))));
}

async function main(): Promise<void> {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: npm run build`);
  fs.mkdirSync(SHOTS, { recursive: true });
  const tmp = tempDir('desk');
  const desk = path.join(tmp, 'newsroom');
  // In the order the report lists them: folders walked by name.
  const stories: Array<[string, string]> = [
    ['metro/wire_2024-04-20_bridge-closed.txt', CALM],
    ['politics/nyt_2024-03-05_ceasefire-talks.txt', seedText],
    ['world/wire_2024-04-12_ceasefire-talks-again.txt', seedText],
  ];
  for (const [name, text] of stories) {
    fs.mkdirSync(path.dirname(path.join(desk, name)), { recursive: true });
    fs.writeFileSync(path.join(desk, name), text);
  }
  const file = path.join(tmp, 'report.html');
  step('sourcing-lens report newsroom --out report.html');
  const built = report(['newsroom', '--out', file], tmp);
  assert.equal(built.status, 0, built.stderr);

  const browser = await launchBrowser(tmp);
  const page = browser.pages()[0] ?? (await browser.newPage());
  const seen = watch(page, file);
  try {
    step('open the file in Chromium');
    await page.goto(pathToFileURL(file).href);
    const rows = page.locator('table.stories tbody tr');
    assert.equal(await rows.count(), 3);

    step('the rows show each story\'s analysis');
    const analyses = stories.map(([, text]) => analyze(text));
    for (let i = 0; i < stories.length; i++) {
      const s = analyses[i].summary;
      const vague = analyses[i].attributions.filter((a) => a.facets?.vague).length;
      // Attributions, Named, Anonymous, Vague, …, Figures, Unattributed
      assert.deepEqual(await cellNumbers(page, i, [4, 5, 6, 7, 10, 11]), [s.attributions, s.named, s.anonymous, vague, s.figures, s.unattributedFigures], stories[i][0]);
    }

    step('the totals and shares');
    const total = (f: (a: ReturnType<typeof analyze>) => number) => analyses.reduce((n, a) => n + f(a), 0);
    const anonymousShare = Math.round((total((a) => a.summary.anonymous) / total((a) => a.summary.attributions)) * 100);
    assert.equal((await page.locator('[data-total="anonymous"] b').textContent())?.trim(), `${anonymousShare}%`);
    assert.equal((await page.locator('[data-total="attributions"] b').textContent())?.trim(), String(total((a) => a.summary.attributions)));
    assert.deepEqual(await page.locator('table.trend').first().locator('tbody th').allTextContents(), ['2024-03', '2024-04']);

    step('each story\'s section: counts, shares and the paragraph map');
    const section = page.locator('#s-1');
    const seed = analyses[1];
    assert.equal(Number(await section.locator('.counts').getAttribute('data-anonymous')), seed.summary.anonymous);
    const legend = section.locator('.legend li[data-kind]');
    const counts = Object.fromEntries(await Promise.all((await legend.all()).map(async (li) => [await li.getAttribute('data-kind'), Number(await li.getAttribute('data-count'))])));
    const vague = seed.attributions.filter((a) => a.facets?.vague).length;
    assert.deepEqual(counts, { anonymous: seed.summary.anonymous - vague, vague, named: seed.summary.named - seed.summary.documents, documents: seed.summary.documents });
    const marks = await section.locator('g.prow').evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-marks'))));
    const expected = seed.paragraphs.map((_, p) =>
      seed.attributions.filter((a) => a.paragraph === p && a.kind === 'anonymous').length +
      seed.figures.filter((f) => f.paragraph === p && (f.status === 'unattributed' || f.sourceKind === 'anonymous')).length);
    assert.deepEqual(marks, expected);
    assert.equal(await section.locator('table.figures tbody tr').count(), seed.summary.figures);
    await page.screenshot({ path: path.join(SHOTS, 'report-desk-light.png') });

    step('sorting by a column, with the keyboard');
    const anonymousHeader = page.locator('table.stories thead th', { hasText: /^Anonymous$/ }).locator('button');
    await anonymousHeader.focus();
    await page.keyboard.press('Enter');
    const ascending = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelectorAll('td')[6].dataset.v)));
    assert.deepEqual(ascending, [...ascending].sort((a, b) => a - b));
    assert.equal(await page.locator('table.stories thead th[aria-sort="ascending"]').count(), 1);
    await page.keyboard.press('Enter');
    const descending = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelectorAll('td')[6].dataset.v)));
    assert.deepEqual(descending, [...ascending].reverse());

    step('a row links to its story');
    await rows.first().locator('a').click();
    const hash = await page.evaluate('location.hash') as string;
    assert.match(hash, /^#s-\d$/);
    assert.ok(await page.locator(hash).isVisible());

    step('dark');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: path.join(SHOTS, 'report-desk-dark.png') });
    await page.evaluate("document.getElementById('s-1').scrollIntoView()");
    await page.screenshot({ path: path.join(SHOTS, 'report-desk-story-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: path.join(SHOTS, 'report-desk-story-light.png') });

    step('a story with no sources has a whole section');
    const calm = page.locator('#s-0');
    assert.match((await calm.textContent()) ?? '', /No sources: the story attributes nothing to anyone/);
    assert.doesNotMatch((await page.locator('body').textContent()) ?? '', /NaN|undefined|Infinity/);

    step('an empty folder');
    fs.mkdirSync(path.join(tmp, 'empty'));
    const emptyFile = path.join(tmp, 'empty.html');
    assert.equal(report([path.join(tmp, 'empty'), '--out', emptyFile]).status, 0);
    const emptyPage = await browser.newPage();
    const emptySeen = watch(emptyPage, emptyFile);
    await emptyPage.goto(pathToFileURL(emptyFile).href);
    assert.match((await emptyPage.locator('#empty').textContent()) ?? '', /No stories to report/);

    step('a folder of bad files');
    const bad = path.join(tmp, 'bad');
    fs.mkdirSync(bad);
    fs.writeFileSync(path.join(bad, 'binary.txt'), Buffer.from([0x41, 0, 0x42]));
    fs.writeFileSync(path.join(bad, 'empty.txt'), '');
    const badFile = path.join(tmp, 'bad.html');
    assert.equal(report([bad, '--out', badFile]).status, 2);
    const badPage = await browser.newPage();
    const badSeen = watch(badPage, badFile);
    await badPage.goto(pathToFileURL(badFile).href);
    assert.equal(await badPage.locator('ul.skipped li').count(), 2);
    await badPage.screenshot({ path: path.join(SHOTS, 'report-desk-bad-files.png') });

    step('no network requests, no console errors');
    for (const s of [seen, emptySeen, badSeen]) {
      assert.deepEqual(s.requests, [], 'requests beyond the file itself');
      assert.deepEqual(s.errors, [], 'console errors or warnings');
    }
  } catch (error) {
    await page.screenshot({ path: path.join(SHOTS, `failed-desk-${stepName.replace(/\W+/g, '-')}.png`) }).catch(() => undefined);
    throw error;
  } finally {
    await browser.close();
  }
}

main().then(
  () => console.log(`Desk report test passed; screenshots in ${path.relative(ROOT, SHOTS)}/`),
  (error: unknown) => {
    console.error(`Desk report test FAILED at "${stepName}":`, error);
    process.exit(1);
  },
);
