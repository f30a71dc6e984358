// A real editor that is not VS Code: Debian's Neovim, headless, with only its
// built-in LSP client (test/lsp/nvim/check.lua). Neovim converts LSP's UTF-16
// positions to byte columns, so the ranges are checked as bytes of each line: a
// wrong offset, a wrong encoding or a missing code fails here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../src/core';
import { hoverAt } from '../../src/common/hoverText';
import { publishedFindings } from '../../src/common/published';
import { parseSettings } from '../../src/server/settings';
import { positionAt, SEED_PATH, SEED_TEXT, SUITE_TIMEOUT, TIMEOUT } from './helpers';
import { CLI, ROOT } from './session';

/** vim.diagnostic.severity: the LSP numbers. */
const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const;

const NVIM = process.env.SOURCING_LENS_NVIM ?? 'nvim';

interface NvimDiagnostic { lnum: number; col: number; end_lnum: number; end_col: number; severity: number; source: string; message: string; code: string }

/** Byte column of a UTF-16 offset within its line, as Neovim counts. */
function byteColumn(text: string, offset: number): { line: number; col: number } {
  const { line, character } = positionAt(text, offset);
  const lineStart = offset - character;
  return { line, col: Buffer.byteLength(text.slice(lineStart, offset), 'utf8') };
}

describe('Neovim as a client', { timeout: SUITE_TIMEOUT }, () => {
  it('shows our diagnostics at the right places with their codes, and our hover', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sl-nvim-'));
    try {
      const out = path.join(dir, 'result.json');
      const hoverOffset = SEED_TEXT.indexOf('three officials involved in or briefed') + 6;
      const hoverPosition = positionAt(SEED_TEXT, hoverOffset);
      const run = spawnSync(NVIM, ['--headless', '--clean', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(ROOT, 'test/lsp/nvim/check.lua')}`], {
        cwd: dir,
        encoding: 'utf8',
        timeout: TIMEOUT + 60_000, // above the Lua script's own waits, so it reports first
        env: {
          ...process.env, SL_OUT: out, SL_STORY: SEED_PATH, SL_NODE: process.execPath, SL_CLI: CLI,
          SL_HOVER_LINE: String(hoverPosition.line), SL_HOVER_CHARACTER: String(hoverPosition.character),
          XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir,
        },
      });
      assert.equal(run.error, undefined, `could not run ${NVIM} (install Debian's neovim): ${run.error}`);
      const result = JSON.parse(readFileSync(out, 'utf8')) as { error?: string; diagnostics: NvimDiagnostic[]; hover: string };
      assert.equal(result.error, undefined, result.error);
      assert.equal(run.status, 0, run.stderr);

      const analysis = analyze(SEED_TEXT);
      const expected = publishedFindings(analysis, parseSettings(undefined)).shown;
      const order = (d: { lnum: number; col: number; code: string }) => `${String(d.lnum).padStart(6)}:${String(d.col).padStart(6)}:${d.code}`;
      const want = expected.map((f) => {
        const start = byteColumn(SEED_TEXT, f.start);
        const end = byteColumn(SEED_TEXT, f.end);
        return { lnum: start.line, col: start.col, end_lnum: end.line, end_col: end.col, code: f.code, severity: SEVERITY[f.severity], source: 'Sourcing Lens', message: f.message };
      }).sort((a, b) => order(a).localeCompare(order(b)));
      const got = result.diagnostics.map(({ lnum, col, end_lnum, end_col, code, severity, source, message }) => ({ lnum, col, end_lnum, end_col, code, severity, source, message }))
        .sort((a, b) => order(a).localeCompare(order(b)));
      assert.ok(want.some((d) => SEED_TEXT.split('\n')[d.lnum].length !== Buffer.byteLength(SEED_TEXT.split('\n')[d.lnum])), 'some flagged line has multi-byte characters');
      assert.deepEqual(got, want);

      const hover = hoverAt(analysis, hoverOffset, (o) => positionAt(SEED_TEXT, o).line + 1)!;
      assert.equal(result.hover, hover.parts.join('\n\n---\n\n'));
      assert.match(result.hover, /\*\*Anonymous source\*\*/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
