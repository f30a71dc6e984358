// Reads the review file beside each story (`.sourcing-review.json` in its folder),
// once per folder. The CLI only reads it; the editor writes it.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatProblem } from '../config';
import { MAX_REVIEW_CHARS, parseReview, REVIEW_FILE, type ReviewRecord } from '../review';
import { describeError } from './inputs';

export class ReviewReader {
  private readonly byDir = new Map<string, Record<string, ReviewRecord[]>>();
  readonly problems: string[] = [];

  /** Is there a review file beside the story? (read by recordsFor first) */
  hasFile(story: string): boolean {
    return this.present.has(path.dirname(path.resolve(story)));
  }

  private readonly present = new Set<string>();

  /** The records for `story` (none when its folder has no review file). */
  recordsFor(story: string): ReviewRecord[] {
    const abs = path.resolve(story);
    const dir = path.dirname(abs);
    let stories = this.byDir.get(dir);
    if (!stories) {
      stories = this.read(path.join(dir, REVIEW_FILE));
      this.byDir.set(dir, stories);
    }
    return stories[path.basename(abs)] ?? [];
  }

  private read(file: string): Record<string, ReviewRecord[]> {
    const shown = path.relative(process.cwd(), file) || file;
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      return {}; // no review file: every flag is pending
    }
    this.present.add(path.dirname(file));
    try {
      // bytes ≥ characters: a file over the limit in bytes may still be under it in characters
      if (size > MAX_REVIEW_CHARS * 4) throw new Error(`${Math.round(size / 1024 / 1024)} MB is over the ${MAX_REVIEW_CHARS / 1024 / 1024} MB a review file may take`);
      const { review, problems } = parseReview(readFileSync(file, 'utf8'));
      for (const p of problems) this.problems.push(formatProblem(shown, p));
      return review.stories;
    } catch (err) {
      this.problems.push(`${shown}: cannot read it (${describeError(err)}); its records are not used`);
      return {};
    }
  }
}
