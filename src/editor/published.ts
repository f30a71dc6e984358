// Which findings of a document reach Problems: the severity settings applied (a
// silenced specific code falls back to its general one), most severe first, capped
// at sourcingLens.maxProblems. Diagnostics, lenses and the status bar all read this
// one result, so what they count and what Problems shows cannot disagree.
import { applySeverities, limitFindings, type Analysis, type Finding, type Published } from '../core';
import type { Settings } from './settings';
import { finishedFindings } from './reviewWorkflow';

export interface PublishedFindings extends Published {
  /** Every finding that is on, before the cap, in position order. */
  all: Finding[];
}

// Three features ask for the same analysis and settings on every change: compute once.
const memo = new WeakMap<Analysis, { settings: Settings; result: PublishedFindings }>();

export function publishedFindings(analysis: Analysis, settings: Settings): PublishedFindings {
  const hit = memo.get(analysis);
  if (hit && hit.settings === settings) return hit.result;
  // A finished analysis (project config, comments, sign-off) already has its severities.
  const all = finishedFindings(analysis) ?? applySeverities(analysis, settings.severity);
  const result = { all, ...limitFindings(all, settings.maxProblems) };
  memo.set(analysis, { settings, result });
  return result;
}
