// The desk table as CSV (RFC 4180: commas, CRLF, quotes doubled), for a spreadsheet.
import { deskRow, type StoryRecord } from './deskFacts';

const HEADER = ['file', 'title', 'date', 'desk', 'outlet', 'words', 'attributions', 'named', 'documents', 'anonymous', 'vague', 'anonymous_share',
  'anonymity', 'figures', 'unattributed_figures', 'anonymous_figures', 'unattributed_per_1000_words'];

function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  // A leading = + - @ makes spreadsheets run the cell as a formula: quote it as text.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const round = (n: number | null) => (n === null ? null : Math.round(n * 1000) / 1000);

export function deskCsv(records: readonly StoryRecord[]): string {
  const lines = [HEADER.join(',')];
  records.forEach((record, i) => {
    const r = deskRow(record, i);
    lines.push([r.path, r.meta.title, r.meta.date, r.meta.desk, r.meta.outlet, r.meta.words, r.attributions, r.named, r.documents, r.anonymous, r.vague,
      round(r.attributions > 0 ? r.anonymous / r.attributions : null), r.anonymity, r.figures, r.unattributed, r.anonymousFigures, round(r.unattributedPer1000)]
      .map(cell).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}
