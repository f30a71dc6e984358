// --ignore turns codes off as the editor's severity settings do: an ignored specific
// code falls back to its general one (a vague anonymous source is still anonymous).
// Shared by the report printers' path (main.ts) and the archive paths (JSONL, queue).
import { applySeverities } from '../core/severity';
import { ALL_CODES, CODES } from '../core/codes';
import type { SeverityMap } from '../core/severity';
import type { Analysis } from '../core/types';

export function withoutIgnored(analysis: Analysis, ignore: ReadonlySet<string>): Analysis {
  if (ignore.size === 0) return analysis;
  const severity = Object.fromEntries(ALL_CODES.map((code) => [code, ignore.has(code) ? 'off' : CODES[code].defaultSeverity])) as SeverityMap;
  return { ...analysis, findings: applySeverities(analysis, severity) };
}
