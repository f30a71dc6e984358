// The Node server's platform: the analysis on a worker thread (its bundle beside the
// server's), the project files read from disk, and the event-loop monitor behind
// sourcingLens/serverStats.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { AnalysisThread } from './analysisThread';
import type { ServerHost } from './serverHost';
import { ProjectFiles } from './workflow';

export function nodeHost(workerFile: string): ServerHost {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  return {
    startAnalysis: (events) => new AnalysisThread(workerFile, events),
    workflowFiles: (onProblems) => new ProjectFiles(onProblems),
    loopDelay: { maxMs: () => loop.max / 1e6, p99Ms: () => loop.percentile(99) / 1e6, reset: () => loop.reset() },
  };
}
