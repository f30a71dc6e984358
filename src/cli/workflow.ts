// The newsroom workflow in the CLI: each story's project config (severities, globs,
// failOn, house vocabulary), its suppression comments and its sign-off records. The
// decisions are in src/config and src/review; this file only finds what applies to
// which file and hands it over.
import path from 'node:path';
import type { Analysis, FindingCode } from '../core';
import { ignoreLayer, matchesAny, resolveFailOn, resolveSeverities } from '../config';
import { finishFindings, isOpen, type ReviewRecord } from '../review';
import type { Options } from './args';
import type { Input } from './inputs';
import { ConfigReader } from './projectConfig';
import { ReviewReader } from './reviewFile';

export interface FinishedFile {
  analysis: Analysis;
  orphans: ReviewRecord[];
  /** Does the story use the workflow (a config or a review file applies)? Only then
   *  does the text report tag flags pending / approved. */
  signOff: boolean;
  /** Whether an open flag (not silenced, not signed off) is one --fail-on names. */
  fails: boolean;
}

export class Workflow {
  readonly configs: ConfigReader;
  private readonly reviews = new ReviewReader();
  private printed = 0;
  private printedReviews = 0;

  constructor(private readonly opts: Options) {
    this.configs = new ConfigReader(opts.config);
  }

  /** Leaves out what --exclude and the configs' include/exclude leave out of folder
   *  walks (a file named on the command line is always analysed), and gives each
   *  story its config's vocabulary. */
  async *select(inputs: AsyncIterable<Input>): AsyncGenerator<Input> {
    const named = new Set(this.opts.paths);
    for await (const input of inputs) {
      if (input.kind !== 'file') { yield input; continue; }
      const found = this.configs.forStory(input.path);
      if (!named.has(input.path)) {
        const abs = path.resolve(input.path);
        if (matchesAny(path.relative(process.cwd(), abs), this.opts.exclude)) continue;
        if (found) {
          const rel = path.relative(found.dir, abs);
          if (matchesAny(rel, found.config.exclude)) continue;
          if (found.config.include.length && !matchesAny(rel, found.config.include)) continue;
        }
      }
      const v = found?.config.vocabulary;
      yield v ? { ...input, vocabulary: v } : input;
    }
  }

  finish(file: string, text: string, analysis: Analysis): FinishedFile {
    const found = this.configs.forStory(file);
    const severity = resolveSeverities(found?.config.severity, ignoreLayer(this.opts.ignore));
    const format = /\.(md|markdown)$/i.test(file) ? 'markdown' : 'plaintext';
    const finished = finishFindings(analysis, text, format, severity, this.reviews.recordsFor(file));
    const failOn: Set<FindingCode> = resolveFailOn(this.opts.failOn, found?.config ?? null);
    const fails = finished.analysis.findings.some((f) => isOpen(f) && failOn.has(f.code));
    for (const p of finished.directiveProblems) this.directiveProblems.push(`${file}: ${p.message}`);
    return { analysis: finished.analysis, orphans: finished.orphans, fails, signOff: !!found || this.reviews.hasFile(file) };
  }

  readonly directiveProblems: string[] = [];

  /** Problems found since the last call, to print on stderr now. */
  newProblems(): string[] {
    const config = this.configs.problems.slice(this.printed);
    this.printed = this.configs.problems.length;
    const review = this.reviews.problems.slice(this.printedReviews);
    this.printedReviews = this.reviews.problems.length;
    const directives = this.directiveProblems.splice(0);
    return [...config, ...review, ...directives];
  }

  /** A bad config or review file fails the run (exit 2), after the reports. */
  get hadProblems(): boolean {
    return this.configs.problems.length > 0 || this.reviews.problems.length > 0;
  }
}
