// Worker-thread entry of the JSONL mode (bundled to dist/jsonl-worker.js): takes a
// batch of stories, answers with one output line per story as each is done. The
// line is made here, not on the main thread: turning an analysis into JSON costs
// a fair part of analysing, and done on the main thread it made two jobs slower
// than one on a 2-core machine (see linePool.ts).
import { parentPort } from 'node:worker_threads';
import type { Story } from './story';
import { storyLine, type LineOptions } from './storyLine';

export interface BatchMessage {
  stories: Story[];
  /** Index of stories[0] in its batch. */
  from: number;
  opts: LineOptions;
}

if (!parentPort) throw new Error('dist/jsonl-worker.js is meant to run as a worker thread of the sourcing-lens CLI');
const port = parentPort;

port.on('message', (message: BatchMessage) => {
  message.stories.forEach((story, i) => port.postMessage({ index: message.from + i, result: storyLine(story, message.opts) }));
});
