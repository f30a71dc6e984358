// The server's settings: the same `sourcingLens.*` keys the extension contributes,
// with the same defaults, read from package.json so there is one source of truth.
// Clients send them nested ({ codeLens: { enabled } }) or dotted ("codeLens.enabled");
// both are accepted, and a value of the wrong type falls back to the default.
import pkg from '../../package.json';
// The codes table only: the analyzer itself runs on the analysis thread.
import { ALL_CODES } from '../core/codes';
import type { FindingCode } from '../core/types';
import type { SeverityChoice } from '../core/severity';
import type { PublishSettings } from '../common/published';

export const SECTION = 'sourcingLens';

export interface ServerSettings extends PublishSettings {
  /** Larger documents are refused, with a message, so a huge file cannot tie up the server. */
  maxFileSizeKB: number;
  /** Quiet time after the last edit before re-analysing. */
  debounceMs: number;
  codeLens: boolean;
}

/** VS Code's own limit of problems per file; the setting cannot go above it either. */
const MAX_PROBLEMS = 1000;
const CHOICES: readonly SeverityChoice[] = ['error', 'warning', 'information', 'hint', 'off'];

type Property = { default?: unknown };
const PROPERTIES: Record<string, Property> = Object.assign({}, ...pkg.contributes.configuration.map((c) => c.properties));

function defaultOf(key: string): unknown {
  return PROPERTIES[`${SECTION}.${key}`]?.default;
}

/** `raw.a.b` or `raw['a.b']`. */
function lookup(raw: unknown, key: string): unknown {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const flat = (raw as Record<string, unknown>)[key];
  if (flat !== undefined) return flat;
  let at: unknown = raw;
  for (const part of key.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

function numberOf(raw: unknown, key: string): number {
  const value = lookup(raw, key);
  return typeof value === 'number' && Number.isFinite(value) ? value : (defaultOf(key) as number);
}

/** Settings from the `sourcingLens` section as a client sends it (anything at all). */
export function parseSettings(raw: unknown): ServerSettings {
  const severity = {} as Record<FindingCode, SeverityChoice>;
  for (const code of ALL_CODES) {
    const value = lookup(raw, `severity.${code}`);
    severity[code] = CHOICES.includes(value as SeverityChoice) ? (value as SeverityChoice) : (defaultOf(`severity.${code}`) as SeverityChoice);
  }
  const codeLens = lookup(raw, 'codeLens.enabled');
  return {
    maxFileSizeKB: Math.max(1, numberOf(raw, 'maxFileSizeKB')),
    debounceMs: Math.min(5000, Math.max(0, numberOf(raw, 'debounceMs'))),
    codeLens: typeof codeLens === 'boolean' ? codeLens : (defaultOf('codeLens.enabled') as boolean),
    maxProblems: Math.min(MAX_PROBLEMS, Math.max(1, Math.floor(numberOf(raw, 'maxProblems')))),
    severity,
  };
}
