// Which setting wins: CLI flags > the project config > VS Code settings > defaults.
// One function per setting, used by both shells, so the order is written once.
import { ALL_CODES, CODES } from '../core/codes';
import type { FindingCode } from '../core/types';
import type { SeverityChoice, SeverityMap } from '../core/severity';
import type { ProjectConfig } from './types';

export type SeverityLayer = Partial<Record<FindingCode, SeverityChoice>>;

/** Layers from lowest to highest; each sets some codes; the highest that sets a code wins. */
export function resolveSeverities(...layers: (SeverityLayer | null | undefined)[]): SeverityMap {
  const out = Object.fromEntries(ALL_CODES.map((c) => [c, CODES[c].defaultSeverity])) as SeverityMap;
  for (const layer of layers) if (layer) for (const code of ALL_CODES) if (layer[code] !== undefined) out[code] = layer[code]!;
  return out;
}

/** The CLI's --ignore as a layer: the codes it names are off. */
export function ignoreLayer(ignore: Iterable<FindingCode>): SeverityLayer {
  return Object.fromEntries([...ignore].map((c) => [c, 'off'])) as SeverityLayer;
}

/** --fail-on replaces the config's `failOn` (it does not add to it): a command line
 *  says what this run checks. Nothing set anywhere: nothing fails the run. */
export function resolveFailOn(cli: ReadonlySet<FindingCode> | null, config: ProjectConfig | null): Set<FindingCode> {
  if (cli && cli.size > 0) return new Set(cli);
  return new Set(config?.failOn ?? []);
}
