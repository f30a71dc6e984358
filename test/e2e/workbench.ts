// Steps a user takes in the VS Code workbench, with the selectors that work in
// VS Code 1.100 (shared/recipes/vscode-offline.md).
import type { Locator, Page } from 'playwright-core';

export const EDITOR = '.editor-instance .monaco-editor';

export async function waitForWorkbench(page: Page): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
}

export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(EDITOR).first().waitFor();
}

export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

export async function goToLine(page: Page, line: number): Promise<void> {
  await page.locator(EDITOR).first().click({ position: { x: 200, y: 100 } });
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  // Go to Line is Quick Open with the ":" prefix; keep it when typing.
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Moves the mouse onto a character of `snippet` in the editor, in small steps as a
 *  hand would (the hover controller ignores jumps), and returns the hover widget. */
export async function hoverOver(page: Page, snippet: string, delta: number): Promise<Locator> {
  const line = page.locator(`${EDITOR} .view-line`, { hasText: snippet }).first();
  await line.waitFor();
  // Monaco renders spaces as no-break spaces.
  const text = ((await line.textContent()) ?? '').replace(/\u00a0/g, ' ');
  const index = text.indexOf(snippet);
  if (index < 0) throw new Error(`"${snippet}" not on the rendered line "${text}"`);
  const span = line.locator(':scope > span').first();
  const box = (await span.boundingBox())!;
  const charWidth = box.width / text.length;
  const x = box.x + (index + delta + 0.5) * charWidth;
  const y = box.y + box.height / 2;
  await page.mouse.move(x - 40, y + 30);
  await page.mouse.move(x, y, { steps: 10 });
  const hover = page.locator('.monaco-hover-content').filter({ hasText: /\S/ }).last();
  await hover.waitFor({ timeout: 10_000 });
  return hover;
}

export async function closeHover(page: Page): Promise<void> {
  await page.mouse.move(5, 5, { steps: 5 });
  await page.keyboard.press('Escape');
  await page.locator('.monaco-hover-content').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
}
