// The extension's view of src/common/published.ts (shared with the language server):
// a finished analysis (project config, suppression comments, sign-off records)
// already has its severities, and is shown as it is.
import type { Analysis } from '../core';
import { publishedFindings as published, type PublishedFindings } from '../common/published';
import type { Settings } from './settings';
import { finishedFindings } from './reviewWorkflow';

export type { PublishedFindings };

export function publishedFindings(analysis: Analysis, settings: Settings): PublishedFindings {
  return published(analysis, settings, finishedFindings);
}
