// One story of an archive run: what the worker threads, the queue workers and the
// JSONL writer pass around. `fields` are the input record's other members (outlet,
// date, url…), carried through to the output line untouched.
import type { TextFormat } from '../inputs';

export type StoryId = string | number;

export interface Story {
  id: StoryId;
  text: string;
  format: TextFormat;
  fields: Record<string, unknown>;
}

/** What a story comes back as: its output line, or why it has none. */
export type StoryResult =
  | { ok: true; line: string; flagged: boolean }
  | { ok: false; reason: string };

/** 1 and "1" are different ids in JSON, so they are kept apart here too. */
export const idKey = (id: StoryId): string => (typeof id === 'number' ? `n${id}` : `s${id}`);
