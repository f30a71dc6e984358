// What the document cache asks of the project files: the house vocabulary for the
// analysis, and the finished findings (settings < config severities, suppression
// comments, sign-off records) — both computed by the shared pure modules.
import * as vscode from 'vscode';
import type { Analysis, Finding, HouseVocabulary } from '../core';
import { matchesAny, resolveSeverities } from '../config';
import { finishFindings } from '../review';
import type { ProjectFiles } from './projectConfig';
import type { Settings } from './settings';

/** Analyses whose findings are final: published.ts shows them as they are. */
const finished = new WeakSet<Analysis>();
/** Those of stories under a project config or beside a review file: only they show
 *  sign-off counts (a workspace that does not use the workflow is not told "9 pending"). */
const inWorkflow = new WeakSet<Analysis>();

export function showsSignOff(analysis: Analysis): boolean {
  return inWorkflow.has(analysis);
}

export function finishedFindings(analysis: Analysis): Finding[] | null {
  return finished.has(analysis) ? analysis.findings.filter((f) => !f.suppressed) : null;
}

export interface CacheWorkflow {
  vocabulary(document: vscode.TextDocument): HouseVocabulary | undefined;
  finish(document: vscode.TextDocument, analysis: Analysis): Analysis;
  /** Matched by the config's include / exclude globs. */
  includes(document: vscode.TextDocument): boolean;
  excludes(document: vscode.TextDocument): boolean;
}

/** The config-relative path of the document, when it is below the config's folder. */
function relative(files: ProjectFiles, document: vscode.TextDocument): { rel: string; globs: { include: string[]; exclude: string[] } } | null {
  const found = files.configFor(document.uri);
  if (!found) return null;
  const base = `${found.folder.path.replace(/\/$/, '')}/`;
  if (!document.uri.path.startsWith(base)) return null;
  return { rel: document.uri.path.slice(base.length), globs: found.config };
}

export function cacheWorkflow(files: ProjectFiles, settings: () => Settings): CacheWorkflow {
  return {
    vocabulary: (document) => files.configFor(document.uri)?.config.vocabulary,
    finish(document, analysis) {
      const severity = resolveSeverities(settings().severity, files.configFor(document.uri)?.config.severity);
      const format = document.languageId === 'markdown' ? 'markdown' : 'plaintext';
      const done = finishFindings(analysis, document.getText(), format, severity, files.recordsFor(document.uri)).analysis;
      finished.add(done);
      if (files.configFor(document.uri) || files.hasReview(document.uri)) inWorkflow.add(done);
      return done;
    },
    includes(document) {
      const r = relative(files, document);
      return !!r && r.globs.include.length > 0 && matchesAny(r.rel, r.globs.include);
    },
    excludes(document) {
      const r = relative(files, document);
      return !!r && matchesAny(r.rel, r.globs.exclude);
    },
  };
}
