// What the desk report knows about a story besides its analysis: a title, its date,
// its desk and its outlet, and its length in words. Read from the path (the folder
// is the desk; a file name such as `nyt_2016-05-17_slug.txt` gives the outlet and the
// date), from YAML-style front matter (`date:`, `outlet:`, `desk:`, `title:`), or
// from fields of a JSON record. Pure string work, so it runs anywhere.
import type { Analysis } from '../core';

export interface StoryMeta {
  title: string;
  /** YYYY-MM-DD, or YYYY-MM when only the month is known; null when not known. */
  date: string | null;
  desk: string | null;
  outlet: string | null;
  /** Words in the story's paragraphs (front matter and markup left out); null when
   *  the text is not at hand (JSON input without a `words` or `text` field). */
  words: number | null;
}

/** Fields a JSON record may carry beside the analysis. */
export interface RecordFields {
  date?: unknown;
  desk?: unknown;
  outlet?: unknown;
  title?: unknown;
  words?: unknown;
}

const ISO_DATE = /(?:^|[^0-9])((?:19|20)[0-9]{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12][0-9]|3[01])(?![0-9])/;
const MONTH_ONLY = /^((?:19|20)[0-9]{2})-(0[1-9]|1[0-2])$/;
/** The outlet is what comes before the date in `outlet_YYYY-MM-DD_…`. */
const OUTLET_BEFORE_DATE = /^([a-z][a-z0-9.-]*?)[_ ](?:19|20)[0-9]{2}-?[01][0-9]-?[0-3][0-9](?:[_ .-]|$)/i;

/** "2016-05-17", "20160517", "2016-05-17T10:00Z" → "2016-05-17"; "2016-05" stays; else null. */
export function normaliseDate(value: string): string | null {
  const trimmed = value.trim().replace(/^["']|["']$/g, '');
  const month = MONTH_ONLY.exec(trimmed);
  if (month) return `${month[1]}-${month[2]}`;
  const m = ISO_DATE.exec(trimmed);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** The `key: value` lines of a front matter block at the very top, lower-cased keys. */
export function frontMatter(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/.exec(text.slice(0, 20_000));
  if (!m) return fields;
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv && kv[2].trim() !== '') fields.set(kv[1].toLowerCase(), kv[2].trim().replace(/^["']|["']$/g, ''));
  }
  return fields;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Words inside the analysed paragraphs: what a reader reads, not the markup around it. */
export function countWords(text: string, analysis: Analysis): number {
  let n = 0;
  for (const p of analysis.paragraphs) n += text.slice(p.start, p.end).match(WORD)?.length ?? 0;
  return n;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** Path pieces with either slash, so a Windows path read from JSON works too. */
function pieces(path: string): string[] {
  return path.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
}

export function storyMeta(path: string, text: string | null, analysis: Analysis, fields: RecordFields = {}): StoryMeta {
  const front = text === null ? new Map<string, string>() : frontMatter(text);
  const parts = pieces(path);
  const fileName = parts[parts.length - 1] ?? path;
  const stem = fileName.replace(/\.[^.]+$/, '');
  const dateText = str(fields.date) ?? front.get('date') ?? null;
  const date = (dateText && normaliseDate(dateText)) ?? normaliseDate(stem);
  const outlet = str(fields.outlet) ?? front.get('outlet') ?? front.get('publisher') ?? OUTLET_BEFORE_DATE.exec(stem)?.[1] ?? null;
  const desk = str(fields.desk) ?? front.get('desk') ?? (parts.length > 1 ? parts[parts.length - 2] : null);
  const words = typeof fields.words === 'number' && Number.isFinite(fields.words) && fields.words >= 0
    ? Math.round(fields.words)
    : text === null ? null : countWords(text, analysis);
  return { title: str(fields.title) ?? front.get('title') ?? stem, date, desk, outlet, words };
}
