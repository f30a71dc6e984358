// Reading, checking and writing the review file. A bad file is reported with line,
// column and key; the good records in it still count. A file that is not valid JSON
// is never written over (every record in it would be lost): the shells refuse and say so.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { ALL_CODES } from '../core/codes';
import type { FindingCode } from '../core/types';
import { locator } from '../config/locate';
import type { ConfigProblem } from '../config/types';
import type { ReviewAction, ReviewFile, ReviewRecord } from './types';

/** Thousands of records are a few hundred KB; beyond this it is not a review file. */
export const MAX_REVIEW_CHARS = 16 * 1024 * 1024;

export interface ReadReview {
  review: ReviewFile;
  problems: ConfigProblem[];
  /** False when the text cannot be rewritten without losing what is in it. */
  writable: boolean;
}

const ACTIONS: readonly ReviewAction[] = ['approve', 'verify', 'ignore'];
const RECORD_KEYS = ['action', 'code', 'phrase', 'sentence', 'by', 'note', 'date'];

export function emptyReview(): ReviewFile {
  return { version: 1, stories: {} };
}

const describe = (n: Node): string => (n.type === 'array' ? 'a list' : n.type === 'object' ? 'an object' : n.type === 'null' ? 'null' : `${n.type} ${JSON.stringify(n.value)}`.slice(0, 60));

export function parseReview(text: string): ReadReview {
  const review = emptyReview();
  const problems: ConfigProblem[] = [];
  const at = locator(text);
  const bad = (n: { offset: number; length: number } | null, key: string, message: string): void => {
    const start = n?.offset ?? 0;
    problems.push({ ...at(start), key, message, start, end: start + (n?.length ?? 0) });
  };
  if (text.length > MAX_REVIEW_CHARS) {
    bad(null, '', `the file is ${Math.round(text.length / 1024 / 1024)} MB, over the ${MAX_REVIEW_CHARS / 1024 / 1024} MB a review file may take; no record is read from it`);
    return { review, problems, writable: false };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    bad(null, '', 'the file is empty; write { "version": 1, "stories": {} } or delete it');
    return { review, problems, writable: false };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text.replace(/^\uFEFF/, ' '), errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length || !root) {
    for (const e of errors.slice(0, 20)) bad(e, '', `not valid JSON: ${printParseErrorCode(e.error)}`);
    // Records we could still make out are used, but the file is not rewritten.
    if (root?.type === 'object') readStories(root, review, bad);
    return { review, problems, writable: false };
  }
  if (root.type !== 'object') { bad(root, '', `must be an object ({ "version": 1, "stories": … }), not ${describe(root)}`); return { review, problems, writable: false }; }
  readStories(root, review, bad);
  // Unknown keys and bad records would be dropped by a rewrite: keep the file as it is.
  return { review, problems, writable: problems.length === 0 };
}

function readStories(root: Node, review: ReviewFile, bad: (n: Node | null, key: string, message: string) => void): void {
  for (const prop of root.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (!k || !v) continue;
    const key = String(k.value);
    if (key === 'version') {
      if (v.value !== 1) bad(v, 'version', `must be 1, not ${describe(v)} (a newer Sourcing Lens wrote it?)`);
    } else if (key === 'stories') {
      if (v.type !== 'object') { bad(v, 'stories', `must be an object of story file → list of records, not ${describe(v)}`); continue; }
      for (const story of v.children ?? []) {
        const [sk, sv] = story.children ?? [];
        if (!sk || !sv) continue;
        const name = String(sk.value);
        if (sv.type !== 'array') { bad(sv, `stories.${name}`, `must be a list of records, not ${describe(sv)}`); continue; }
        const records: ReviewRecord[] = [];
        (sv.children ?? []).forEach((r, i) => {
          const record = readRecord(r, `stories.${name}[${i}]`, bad);
          if (record) records.push(record);
        });
        review.stories[name] = records;
      }
    } else bad(k, key, 'unknown key (known: version, stories)');
  }
}

function readRecord(n: Node, path: string, bad: (n: Node | null, key: string, message: string) => void): ReviewRecord | null {
  if (n.type !== 'object') { bad(n, path, `a record must be an object, not ${describe(n)}`); return null; }
  const fields: Record<string, Node> = {};
  for (const p of n.children ?? []) {
    const [k, v] = p.children ?? [];
    if (!k || !v) continue;
    const key = String(k.value);
    if (!RECORD_KEYS.includes(key)) bad(k, `${path}.${key}`, `unknown key (known: ${RECORD_KEYS.join(', ')})`);
    else fields[key] = v;
  }
  let ok = true;
  const str = (key: string, check: (s: string) => string | null = () => null): string => {
    const v = fields[key];
    if (!v) { bad(n, `${path}.${key}`, 'missing'); ok = false; return ''; }
    if (v.type !== 'string') { bad(v, `${path}.${key}`, `must be a string, not ${describe(v)}`); ok = false; return ''; }
    const why = check(v.value);
    if (why) { bad(v, `${path}.${key}`, why); ok = false; }
    return v.value;
  };
  const action = str('action', (s) => ((ACTIONS as string[]).includes(s) ? null : `must be one of ${ACTIONS.join(', ')}`)) as ReviewAction;
  const record: ReviewRecord = {
    action,
    phrase: str('phrase', (s) => (s.trim() ? null : 'is empty')),
    sentence: str('sentence', (s) => (/^[0-9a-f]{8}$/.test(s) ? null : 'must be the 8 hex digits of a sentence fingerprint')),
    by: str('by', (s) => (s.trim() ? null : 'is empty: say who signed it off')),
    note: str('note'),
    date: str('date', (s) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? null : 'must be a date as YYYY-MM-DD')),
  };
  if (action === 'ignore' || fields.code) {
    const code = str('code', (s) => ((ALL_CODES as string[]).includes(s) ? null : `unknown finding code (known: ${ALL_CODES.join(', ')})`));
    if (ok) record.code = code as FindingCode;
  }
  return ok ? record : null;
}

/** Stable order for a readable diff: by phrase, then action, sentence and date. */
function byAnchor(a: ReviewRecord, b: ReviewRecord): number {
  return a.phrase.localeCompare(b.phrase, 'en') || a.action.localeCompare(b.action) || a.sentence.localeCompare(b.sentence) || a.date.localeCompare(b.date);
}

export function serializeReview(review: ReviewFile): string {
  const stories: Record<string, ReviewRecord[]> = {};
  for (const name of Object.keys(review.stories).sort()) {
    const records = review.stories[name];
    if (!records.length) continue;
    stories[name] = [...records].sort(byAnchor).map((r) => ({
      action: r.action, ...(r.code ? { code: r.code } : {}), phrase: r.phrase, sentence: r.sentence, by: r.by, note: r.note, date: r.date,
    }));
  }
  return `${JSON.stringify({ version: 1, stories }, null, 2)}\n`;
}

const same = (a: ReviewRecord, b: Pick<ReviewRecord, 'action' | 'phrase' | 'sentence' | 'code'>): boolean =>
  a.action === b.action && a.phrase === b.phrase && a.sentence === b.sentence && (a.code ?? null) === (b.code ?? null);

/** The review with `record` added for `story`, replacing a record of the same
 *  anchor and action (signing off again updates who, why and when). */
export function addRecord(review: ReviewFile, story: string, record: ReviewRecord): ReviewFile {
  const list = (review.stories[story] ?? []).filter((r) => !same(r, record));
  return { version: 1, stories: { ...review.stories, [story]: [...list, record] } };
}

/** The review without the records of this anchor (any action but ignore, or the
 *  ignore of this code), and how many went. */
export function revokeRecords(review: ReviewFile, story: string, anchor: { phrase: string; sentence?: string }, actions: readonly ReviewAction[]): { review: ReviewFile; removed: number } {
  const list = review.stories[story] ?? [];
  const kept = list.filter((r) => !(actions.includes(r.action) && r.phrase === anchor.phrase && (anchor.sentence === undefined || r.sentence === anchor.sentence)));
  return { review: { version: 1, stories: { ...review.stories, [story]: kept } }, removed: list.length - kept.length };
}

/** A record dated today (UTC), with what the editor's input boxes gave. */
export function newRecord(fields: Omit<ReviewRecord, 'date'>, now: Date): ReviewRecord {
  return { ...fields, by: fields.by.trim(), note: fields.note.trim(), date: now.toISOString().slice(0, 10) };
}
