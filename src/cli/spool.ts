// A long file's paragraphs, sentences, attributions and figures, kept on disk between
// its analysis and its printing. The analysis makes them window by window, but
// the JSON lists all paragraphs before any sentence (and the text report measures
// every row before it prints one), so they wait somewhere: in a temporary folder,
// one file per array of length-prefixed V8-serialized batches, rather than in a
// heap that would then hold them all (hundreds of MB for a 50 MB story).
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Analysis, Attribution } from '../core';
import type { AnalysisWindow, Links, WindowedEnd } from '../core/windows';
import { findingsOfRows, sameSourceOf } from '../core/windows';
import { collectEvery } from './collect';
import type { RowKey, Rows } from './result';

export const ROW_KEYS: readonly RowKey[] = ['paragraphs', 'sentences', 'attributions', 'figures'];

/** What crosses back from the worker: where the spool is, the links the
 *  attributions get when they are read back (the analysis knows them only at the
 *  end), and whether the text is flagged at all. */
export interface Spool {
  dir: string;
  links: Links;
  flagged: boolean;
}

export interface SpoolWriter {
  add(window: AnalysisWindow): void;
  close(end: Omit<WindowedEnd, 'head'>): Spool;
  /** Removes what was written: the analysis failed. */
  discard(): void;
}

/** A run's spools go in one folder (`under`, made when first needed), so that the
 *  run can remove whatever is left of them when it ends, however it ends. */
export function spoolFolder(): string {
  return path.join(os.tmpdir(), `sourcing-lens-${process.pid}-${randomBytes(4).toString('hex')}`);
}

export function createSpool(under: string): SpoolWriter {
  mkdirSync(under, { recursive: true });
  const dir = mkdtempSync(path.join(under, 'file-'));
  const fds = new Map(ROW_KEYS.map((key) => [key, openSync(path.join(dir, key), 'w')]));
  const closeAll = (): void => { for (const fd of fds.values()) closeSync(fd); fds.clear(); };
  return {
    add(window) {
      for (const [key, fd] of fds) {
        const items = window[key];
        if (items.length === 0) continue;
        const bytes = serialize(items);
        const size = Buffer.alloc(4);
        size.writeUInt32LE(bytes.length);
        writeAll(fd, size);
        writeAll(fd, bytes);
      }
    },
    close(end) {
      closeAll();
      return { dir, links: end.links, flagged: end.flagged };
    },
    discard() {
      closeAll();
      removeSpool(dir);
    },
  };
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** The rows of a spool, read from disk each time they are asked for; attributions
 *  get their links back. */
export function spoolRows(spool: Spool): Rows {
  return <K extends RowKey>(key: K) => {
    const items = readItems(path.join(spool.dir, key));
    return (key === 'attributions' ? withLinks(items, spool.links) : items) as Iterable<Analysis[K][number]>;
  };
}

function* withLinks(items: Iterable<Attribution>, links: Links): Generator<Attribution> {
  for (const a of items) {
    a.sameSource = sameSourceOf(links, a.id);
    yield a;
  }
}

/** Bytes of spool read between two full collections: the rows read and printed
 *  before are garbage by then (collect.ts). */
const COLLECT_BYTES = 16 * 1024 * 1024;

function* readItems(file: string): Generator<never> {
  const fd = openSync(file, 'r');
  const collect = collectEvery(COLLECT_BYTES);
  let read = 0;
  try {
    const size = Buffer.alloc(4);
    while (readExactly(fd, size)) {
      const bytes = Buffer.alloc(size.readUInt32LE(0));
      if (!readExactly(fd, bytes)) throw new Error(`${file}: the spool ends inside a batch`);
      read += bytes.length;
      collect(read);
      yield* deserialize(bytes) as never[];
    }
  } finally {
    closeSync(fd);
  }
}

/** Fills `into`; false at the end of the file (nothing read). */
function readExactly(fd: number, into: Buffer): boolean {
  let done = 0;
  while (done < into.length) {
    const n = readSync(fd, into, done, into.length - done, null);
    if (n === 0) {
      if (done === 0) return false;
      throw new Error('the spool ends inside a batch');
    }
    done += n;
  }
  return true;
}

export function removeSpool(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A windowed file's analysis with its findings, made from its head and rows: the
 *  rows it holds are only what the findings point to (see findingsOfRows). */
export function spooledAnalysis(head: Analysis, spool: Spool): Analysis {
  const rows = spoolRows(spool);
  return findingsOfRows({ head, links: spool.links, flagged: spool.flagged }, { attributions: rows('attributions'), figures: rows('figures'), sentences: rows('sentences') });
}

/** A windowed file's analysis once its findings are finished: the printers read its
 *  rows from the spool, so the few kept for the findings can go. */
export function withoutRows(analysis: Analysis): Analysis {
  return { ...analysis, paragraphs: [], sentences: [], attributions: [], figures: [] };
}
