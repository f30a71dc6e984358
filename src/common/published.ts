// Which findings of a document reach Problems: the severity settings applied (a
// silenced specific code falls back to its general one), most severe first, capped
// at sourcingLens.maxProblems. Diagnostics, lenses and the status bar all read this
// one result, so what they count and what Problems shows cannot disagree; the
// extension and the language server both call it.
import { applySeverities, limitFindings, type Analysis, type Finding, type Published, type SeverityMap } from '../core';

/** The settings this depends on (the editor's and the server's Settings both fit). */
export interface PublishSettings {
  severity: SeverityMap;
  maxProblems: number;
}

export interface PublishedFindings extends Published {
  /** Every finding that is on, before the cap, in position order. */
  all: Finding[];
}

// Three features ask for the same analysis and settings on every change: compute once.
const memo = new WeakMap<Analysis, { settings: PublishSettings; result: PublishedFindings }>();

/** `finished(analysis)`: the findings as a shell already finished them (project config,
 *  suppression comments, sign-off), or null to apply the settings' severities here. */
export function publishedFindings(analysis: Analysis, settings: PublishSettings, finished?: (analysis: Analysis) => Finding[] | null): PublishedFindings {
  const hit = memo.get(analysis);
  if (hit && hit.settings === settings) return hit.result;
  const all = finished?.(analysis) ?? applySeverities(analysis, settings.severity);
  const result = { all, ...limitFindings(all, settings.maxProblems) };
  memo.set(analysis, { settings, result });
  return result;
}
