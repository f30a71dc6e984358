// Analyses one story and writes its JSONL output line. The streaming CLI's worker
// threads and the queue workers both call this, so a story gives the same line
// byte for byte whichever way it was run. Never throws: an analyzer failure is
// the story's result, so one bad story cannot stop an archive.
import { analyze } from '../../core/analyze';
import type { FindingCode } from '../../core/types';
import { withoutIgnored } from '../ignore';
import type { Story, StoryResult } from './story';

export interface LineOptions {
  ignore: readonly FindingCode[];
  failOn: readonly FindingCode[];
}

/** Field order of a line: the id, the record's own fields, then the analysis. */
export function storyLine(story: Story, opts: LineOptions): StoryResult {
  try {
    const analysis = withoutIgnored(analyze(story.text, { format: story.format }), new Set(opts.ignore));
    const flagged = analysis.findings.some((f) => opts.failOn.includes(f.code));
    return { ok: true, line: JSON.stringify({ id: story.id, ...story.fields, analysis }), flagged };
  } catch (err) {
    return { ok: false, reason: `the analyzer failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}
