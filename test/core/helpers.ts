// Small helpers so core tests read like tables: sentence in, findings out.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core';
import type { Analysis } from '../../src/core';

export interface Seen {
  source: string;
  cue: string;
  type: string;
}

export function attributionsOf(text: string): Seen[] {
  return analyze(text).attributions.map((a) => ({ source: a.text, cue: a.cue.text, type: a.type }));
}

export function figuresOf(text: string): { figure: string; status: string; sourceKind: string | null }[] {
  return analyze(text).figures.map((f) => ({ figure: f.text, status: f.status, sourceKind: f.sourceKind }));
}

/** Every span the analysis reports must be the text it claims. */
export function assertSpansExact(text: string, r: Analysis): void {
  const check = (s: { start: number; end: number; text?: string }, what: string) => {
    if (!(s.start >= 0 && s.end <= text.length && s.start < s.end)) throw new Error(`${what}: bad span ${s.start}-${s.end}`);
    if (s.text !== undefined && text.slice(s.start, s.end) !== s.text) throw new Error(`${what}: text mismatch ${JSON.stringify(s.text)}`);
  };
  r.attributions.forEach((a) => { check(a, 'source'); check(a.cue, 'cue'); });
  r.figures.forEach((f) => check(f, 'figure'));
  r.anonymityNotes.forEach((n) => check(n, 'note'));
  r.findings.forEach((f) => check(f, 'finding'));
}

const root = path.resolve(__dirname, '../../..');
/** The shared material beside the project (SOURCING_SHARED overrides it). */
export const SHARED = path.resolve(process.env.SOURCING_SHARED ?? path.join(root, '..', 'shared'));

/** The texts of the shared gold files, in name order ([] without the shared material). */
export function goldTexts(): string[] {
  const dir = path.join(SHARED, 'gold');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const rel = (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { text: string }).text;
    const file = [path.join(SHARED, rel), path.join(root, rel)].find((x) => existsSync(x));
    return file ? readFileSync(file, 'utf8') : '';
  }).filter(Boolean);
}
