// JSON: the core's Analysis as is (so it keeps the guide's §4 shape the scorer
// reads), with the file's path first. One object when the command line names a
// single file; otherwise one array, streamed element by element so a large folder
// never has to be held in memory — and each file's object streamed piece by piece
// (jsonChunks), so a large file's JSON is never one string either.
import type { Analysis } from '../../core';
import type { FileResult, Printer } from '../result';
import { jsonChunks, StreamedArray } from './jsonChunks';

export type FileJson = { file: string } & Analysis;

/** The file's JSON value: `{ file, ...analysis }`, with the rows read as they are
 *  written (in the analysis' key order, which the spread keeps). */
function toJson(result: Pick<FileResult, 'path' | 'analysis' | 'rows'>): object {
  const { rows } = result;
  return {
    file: result.path, ...result.analysis,
    paragraphs: new StreamedArray(() => rows('paragraphs')), sentences: new StreamedArray(() => rows('sentences')),
    attributions: new StreamedArray(() => rows('attributions')), figures: new StreamedArray(() => rows('figures')),
  };
}

/** The text of JSON.stringify({ file, ...analysis }, null, 2) and a newline, in pieces. */
export function* fileJsonChunks(result: Pick<FileResult, 'path' | 'analysis' | 'rows'>): Generator<string> {
  yield* jsonChunks(toJson(result));
  yield '\n';
}

export function jsonPrinter(single: boolean): Printer {
  let count = 0;
  return {
    begin: () => (single ? '' : '['),
    *file(result) {
      if (single) { yield* fileJsonChunks(result); return; }
      yield count++ === 0 ? '\n' : ',\n';
      yield* jsonChunks(toJson(result));
    },
    end: () => (single ? '' : count === 0 ? ']\n' : '\n]\n'),
  };
}
