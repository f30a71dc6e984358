// Shared by the CLI tests: run the built CLI as a user would, and make scratch folders.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The repository root: compiled tests live in out/test/cli/. */
export const ROOT = path.resolve(__dirname, '../../..');
/** The bundle `npm test` builds first; SOURCING_LENS_CLI points elsewhere when needed. */
export const CLI = process.env.SOURCING_LENS_CLI ?? path.join(ROOT, 'dist', 'cli.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `timeoutMs` kills a run that hangs; its status is then null, which fails any
 *  assertion on the exit status. */
export function run(args: readonly string[], cwd = ROOT, cli = CLI, timeoutMs = 60_000, env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
    timeout: timeoutMs,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder under the OS temp dir, removed when the test ends. */
export function scratch(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sourcing-lens-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** 1-based line and column of `offset`, counted independently of the CLI:
 *  CRLF, CR and LF each end a line. */
export function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Sentences every version of the analyzer should find something in. */
export const ANONYMOUS = 'Officials said the bridge would reopen next month.';
export const UNATTRIBUTED_FIGURE = 'The fire destroyed 300 homes in the valley.';
