// JSON: the core's Analysis as is (so it keeps the guide's §4 shape the scorer
// reads), with the file's path first. One object when the command line names a
// single file; otherwise one array, streamed element by element so a large folder
// never has to be held in memory.
import type { Analysis } from '../../core';
import type { FileResult, Printer } from '../result';

export type FileJson = { file: string } & Analysis;

export function toJson(result: Pick<FileResult, 'path' | 'analysis'>): FileJson {
  return { file: result.path, ...result.analysis };
}

export function jsonPrinter(single: boolean): Printer {
  let count = 0;
  return {
    begin: () => (single ? '' : '['),
    file(result) {
      const body = JSON.stringify(toJson(result), null, 2);
      if (single) return `${body}\n`;
      return `${count++ === 0 ? '\n' : ',\n'}${body}`;
    },
    end: () => (single ? '' : count === 0 ? ']\n' : '\n]\n'),
  };
}
