// Shared by the protocol tests: the seed story, and what the core says about it, to
// check the server's answers against (positions computed here, independently).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Position, Range } from 'vscode-languageserver-protocol';
import { ROOT } from './session';

export const SEED_PATH = path.join(ROOT, 'seeds', readdirSync(path.join(ROOT, 'seeds')).find((f) => f.endsWith('.txt'))!);
export const SEED_TEXT = readFileSync(SEED_PATH, 'utf8');
export const SEED_URI = pathToFileURL(SEED_PATH).toString();

/** LSP position of a UTF-16 offset, counted from the text itself. */
export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) { line++; lineStart = i + 1; }
  }
  return { line, character: offset - lineStart };
}

export function rangeAt(text: string, span: { start: number; end: number }): Range {
  return { start: positionAt(text, span.start), end: positionAt(text, span.end) };
}

/** Generous: the tests must pass on a loaded 2-core machine. */
export const TIMEOUT = 120_000;
/** For a whole suite of such waits. */
export const SUITE_TIMEOUT = 600_000;
