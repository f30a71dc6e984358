// What one queue job holds, and its id. The job id is derived from the story id,
// so enqueuing a story twice (a rerun of `queue add`, two machines adding the same
// day) adds it once, and its result is kept once, under that id.
import { idKey, type Story, type StoryId } from '../cli/jsonl/story';

/** A job's data is the story itself, as `analyze --input jsonl` reads it. */
export type StoryJob = Story;

/** BullMQ refuses custom ids that look like integers or hold ':'; base64url of
 *  the key has neither and maps back one to one. */
export function jobIdOf(id: StoryId): string {
  return `story-${Buffer.from(idKey(id), 'utf8').toString('base64url')}`;
}

/** Attempts for a failure that may pass (Redis lost, the worker shut down mid-job).
 *  A story that cannot be analysed fails at once, with its reason, not retried. */
export const ATTEMPTS = 3;
