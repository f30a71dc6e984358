// Reads the results the CLI writes back in, for `report`: the JSON of
// `analyze --format json` (one object, or an array of them), and JSONL (one such
// object per line). Tolerant of what it can be sure of: the analysis at the top level
// or under an `analysis` key, the path in `file` or `path`, blank lines, a JSONL file
// named .json. Anything else is refused with its line number, never guessed at, so a
// malformed record cannot crash the renderer or silently change a total.
import type { Analysis } from '../core';
import type { RecordFields } from '../report';

export interface ParsedRecord {
  path: string;
  analysis: Analysis;
  /** The story's text, when the record carries it (for the word count). */
  text: string | null;
  fields: RecordFields;
}

export type RecordResult = { ok: true; record: ParsedRecord } | { ok: false; where: string; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === 'string';

const SOURCE_TYPES = new Set(['person', 'organization', 'document', 'unnamed-person', 'unnamed-group']);
const SUMMARY_FIELDS = ['attributions', 'named', 'anonymous', 'documents', 'figures', 'unattributedFigures', 'anonymousFigures'];
const VERDICTS = new Set(['explained', 'stock-formula', 'unexplained', 'no-anonymous-sources']);

function spanProblem(v: unknown, what: string): string | null {
  if (!isObject(v)) return `${what} is not an object`;
  if (!isNumber(v.start) || !isNumber(v.end)) return `${what} has no numeric start and end`;
  return null;
}

function attributionProblem(a: unknown, i: number): string | null {
  const what = `attributions[${i}]`;
  const span = spanProblem(a, what);
  if (span || !isObject(a)) return span;
  if (!isString(a.text) || !isNumber(a.paragraph) || !isNumber(a.sentence)) return `${what} lacks text, sentence or paragraph`;
  // Sources are grouped through these ids: they must be what the analyzer writes.
  if (a.id !== i) return `${what}.id is ${JSON.stringify(a.id)}, not its index ${i}`;
  if (!SOURCE_TYPES.has(a.type as string)) return `${what} has an unknown type ${JSON.stringify(a.type)}`;
  if (a.kind !== 'named' && a.kind !== 'anonymous') return `${what} has an unknown kind ${JSON.stringify(a.kind)}`;
  if (!Array.isArray(a.sameSource) || !a.sameSource.every(isNumber)) return `${what}.sameSource is not a list of numbers`;
  if (a.antecedent !== null && (spanProblem(a.antecedent, `${what}.antecedent`) || !isString((a.antecedent as Record<string, unknown>).text))) return `${what}.antecedent is malformed`;
  if (a.facets !== null && !isObject(a.facets)) return `${what}.facets is malformed`;
  return null;
}

function figureProblem(f: unknown, i: number): string | null {
  const what = `figures[${i}]`;
  const span = spanProblem(f, what);
  if (span || !isObject(f)) return span;
  if (!isString(f.text) || !isNumber(f.paragraph)) return `${what} lacks text or paragraph`;
  if (f.status !== 'attributed' && f.status !== 'unattributed') return `${what} has an unknown status`;
  if (f.sourceKind !== null && f.sourceKind !== 'named' && f.sourceKind !== 'anonymous') return `${what} has an unknown sourceKind`;
  if (f.attribution !== null && !isNumber(f.attribution)) return `${what}.attribution is not a number`;
  if (f.value !== null && !(isObject(f.value) && isNumber(f.value.min) && isNumber(f.value.max))) return `${what}.value is malformed`;
  return null;
}

/** Why `v` is not an Analysis the report can draw, or null when it is one. */
export function analysisProblem(v: unknown): string | null {
  if (!isObject(v)) return 'not a JSON object';
  for (const key of ['paragraphs', 'attributions', 'figures']) {
    if (!Array.isArray(v[key])) return `no "${key}" list (is this the JSON of sourcing-lens analyze?)`;
  }
  const paragraphs = v.paragraphs as unknown[];
  for (let i = 0; i < paragraphs.length; i++) { const p = spanProblem(paragraphs[i], `paragraphs[${i}]`); if (p) return p; }
  const attributions = v.attributions as unknown[];
  for (let i = 0; i < attributions.length; i++) { const p = attributionProblem(attributions[i], i); if (p) return p; }
  const figures = v.figures as unknown[];
  for (let i = 0; i < figures.length; i++) { const p = figureProblem(figures[i], i); if (p) return p; }
  if (!isObject(v.summary) || !SUMMARY_FIELDS.every((k) => isNumber((v.summary as Record<string, unknown>)[k]))) return 'no "summary" with the counts';
  const anonymity = v.anonymity;
  if (!isObject(anonymity) || !VERDICTS.has(anonymity.status as string) || !isString(anonymity.label) || !isString(anonymity.message)) return 'no "anonymity" verdict';
  return null;
}

function toRecord(value: unknown, where: string): RecordResult {
  if (!isObject(value)) return { ok: false, where, reason: 'not a JSON object' };
  const analysis = isObject(value.analysis) ? value.analysis : value;
  const problem = analysisProblem(analysis);
  if (problem) return { ok: false, where, reason: problem };
  const path = isString(value.file) ? value.file : isString(value.path) ? value.path : where;
  const text = isString(value.text) ? value.text : null;
  const { date, desk, outlet, title, words } = value;
  return { ok: true, record: { path, analysis: analysis as unknown as Analysis, text, fields: { date, desk, outlet, title, words } } };
}

function parseLines(content: string, file: string): RecordResult[] {
  const results: RecordResult[] = [];
  const lines = content.split('\n');
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '') return;
    const where = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (err) {
      results.push({ ok: false, where, reason: `not JSON (${err instanceof Error ? err.message : String(err)})` });
      return;
    }
    results.push(toRecord(value, where));
  });
  return results;
}

/** Every record in one file's content, or why each bad one was left out. */
export function parseRecords(content: string, file: string): RecordResult[] {
  const text = content.replace(/^\uFEFF/, '');
  if (text.trim() === '') return [{ ok: false, where: file, reason: 'empty file' }];
  let whole: unknown;
  try {
    whole = JSON.parse(text);
  } catch {
    // Not one JSON value: read it as JSON Lines, whatever its name.
    return parseLines(text, file);
  }
  if (Array.isArray(whole)) return whole.map((item, i) => toRecord(item, `${file}[${i}]`));
  return [toRecord(whole, file)];
}

/** Files `report` reads as results rather than as stories. */
export function isResultFile(file: string): boolean {
  return /\.(?:json|jsonl|ndjson)$/i.test(file);
}
