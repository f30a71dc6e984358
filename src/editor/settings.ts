// Reads the `sourcingLens.*` settings. Every feature asks here rather than calling
// `getConfiguration` itself, so defaults live in one place: package.json, whose
// severity entries are generated from the core's CODES (scripts/vscode/contributes.mjs).
import * as vscode from 'vscode';
import { ALL_CODES, CODES, type FindingCode, type SeverityChoice } from '../core';

export const SECTION = 'sourcingLens';

export type SeveritySetting = SeverityChoice;

export interface Settings {
  /** Extra globs (besides any `seeds/` folder) whose files are analysed on open. */
  include: string[];
  /** Larger documents are not analysed, so a huge file can never stall the host. */
  maxFileSizeKB: number;
  /** Quiet time after the last edit before re-analysing. */
  debounceMs: number;
  codeLens: boolean;
  /** At most this many problems per file; VS Code itself keeps no more than 1,000
   *  and drops the rest silently, so we choose which (the most severe) and say so. */
  maxProblems: number;
  severity: Record<FindingCode, SeveritySetting>;
}

/** VS Code's own limit of problems per file (extHostDiagnostics). */
export const MAX_PROBLEMS = 1000;

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const severity = {} as Record<FindingCode, SeveritySetting>;
  for (const code of ALL_CODES) {
    const value = config.get<string>(`severity.${code}`);
    // A hand-edited settings.json can hold anything; fall back to the code's default.
    severity[code] = SEVERITIES.includes(value as SeveritySetting)
      ? (value as SeveritySetting)
      : CODES[code].defaultSeverity;
  }
  return {
    include: config.get<string[]>('include', []).filter((g) => typeof g === 'string' && g.trim() !== ''),
    maxFileSizeKB: Math.max(1, config.get<number>('maxFileSizeKB', 2048)),
    debounceMs: Math.max(0, config.get<number>('debounceMs', 300)),
    codeLens: config.get<boolean>('codeLens.enabled', true),
    maxProblems: Math.min(MAX_PROBLEMS, Math.max(1, Math.floor(config.get<number>('maxProblems', MAX_PROBLEMS)))),
    severity,
  };
}

/** Writes `sourcingLens.severity.<code>` where the user will find it: the
 *  workspace when one is open, else the user settings. */
export async function setSeverity(code: FindingCode, value: SeveritySetting): Promise<void> {
  const target = vscode.workspace.workspaceFolders?.length
    ? vscode.ConfigurationTarget.Workspace
    : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration(SECTION).update(`severity.${code}`, value, target);
}
