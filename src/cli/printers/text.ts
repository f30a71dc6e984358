// The human report, in the manner of Vale and ESLint: per file, the attributions,
// figures and anonymity notes paragraph by paragraph, each with its line:col; then
// the file's counts and its findings with clickable file:line:col; a grand total
// at the end.
import type { AnonymityNote, AnonymityVerdict, Attribution, Figure, Finding, Severity, SourceType, Summary } from '../../core';
import type { Palette } from '../color';
import type { FileResult, Printer, Skipped } from '../result';
import { countReview, countsLine, describeReview, type ReviewCounts } from '../../review';

const TYPE_WORDS: Record<SourceType, string> = {
  person: 'named person',
  organization: 'organization',
  document: 'document',
  'unnamed-person': 'unnamed person',
  'unnamed-group': 'unnamed group',
};

/** One line of the report, long spans cut short and on one line. */
export function quote(text: string, max = 72): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat}”`;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const SEVERITY_LABELS: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

/** 182000 → "182,000": a fixed locale, so reports read the same on every machine. */
const number = (n: number): string => n.toLocaleString('en-US');

type Row = { start: number; order: number; label: string; body: string; more?: string };

interface Totals {
  files: number;
  attributions: number;
  anonymous: number;
  figures: number;
  unattributed: number;
  findings: Record<Severity, number>;
  review: ReviewCounts;
}

export function textPrinter(c: Palette): Printer {
  const totals: Totals = { files: 0, attributions: 0, anonymous: 0, figures: 0, unattributed: 0, findings: { error: 0, warning: 0, information: 0, hint: 0 }, review: countReview([]) };

  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, information: c.blue, hint: c.dim };
  // Padded on the plain word: colour codes take no width on screen.
  const severityCell = (s: Severity): string => paint[s](SEVERITY_LABELS[s]) + ' '.repeat(7 - SEVERITY_LABELS[s].length);

  function attributionRow(a: Attribution): Row {
    const anonymous = a.kind === 'anonymous';
    const kind = anonymous ? c.yellow(`anonymous · ${TYPE_WORDS[a.type]}`) : c.green(TYPE_WORDS[a.type]);
    const vague = a.facets?.vague ? ` · ${c.yellow('vague')}` : '';
    const refers = a.antecedent ? ` · refers to ${quote(a.antecedent.text, 40)}` : '';
    const facets = a.facets ? facetWords(a.facets) : '';
    return {
      start: a.start, order: 1, label: 'source',
      body: `${c.bold(quote(a.text))}  ${kind}${vague} · cue ${quote(a.cue.text, 30)}${refers}`,
      more: facets ? c.dim(facets) : undefined,
    };
  }

  function figureRow(f: Figure): Row {
    const status = f.status === 'unattributed'
      ? c.yellow('unattributed')
      : `attributed${f.sourceKind === 'anonymous' ? c.yellow(' to an anonymous source') : f.sourceKind === 'named' ? ' to a named source' : ''}`;
    const value = f.value ? c.dim(` (${f.value.min === f.value.max ? number(f.value.min) : `${number(f.value.min)}–${number(f.value.max)}`})`) : '';
    return { start: f.start, order: 2, label: 'figure', body: `${c.bold(quote(f.text))}${value}  ${status}` };
  }

  function noteRow(n: AnonymityNote): Row {
    const why = n.reason ? `reason ${quote(n.reason, 60)}` : 'no reason given';
    return { start: n.start, order: 0, label: 'anonymity', body: `${quote(n.text)}  ${n.boilerplate ? c.yellow(`${why} (stock phrase)`) : why}` };
  }

  function summaryLines(s: Summary, notes: number, verdict: AnonymityVerdict): string[] {
    const docs = s.documents > 0 ? ` (${plural(s.documents, 'document')})` : '';
    // The core's verdict, the same one the findings and the editor's hovers give.
    const quoted = verdict.quote ? `: ${quote(verdict.quote, 60)}` : '';
    const anonymity = verdict.status === 'no-anonymous-sources'
      ? verdict.label
      : verdict.status === 'explained'
        ? c.green(`${verdict.label} (${plural(notes, 'note')})${quoted}`)
        : verdict.status === 'stock-formula'
          ? c.yellow(`${verdict.label} (${plural(notes, 'note')})${quoted}`)
          : c.yellow(`NOT explained: ${verdict.message}`);
    return [
      `${plural(s.attributions, 'attribution')}: ${s.named} named${docs}, ${s.anonymous} anonymous`,
      `${plural(s.figures, 'figure')}: ${s.unattributedFigures} unattributed, ${s.anonymousFigures} from anonymous sources`,
      `anonymity: ${anonymity}`,
    ];
  }

  function findingLine(result: FileResult, f: Finding): string {
    const at = result.lines.position(f.start);
    const state = f.review && result.signOff ? `  ${f.review.state === 'pending' || f.review.state === 'stale' ? c.yellow(`[${f.review.state}]`) : c.green(`[${f.review.state}]`)}` : '';
    const who = f.review && f.review.state !== 'pending' ? `\n           ${c.dim(describeReview(f.review))}` : '';
    return `  ${severityCell(f.severity)}  ${result.path}:${at.line}:${at.column}  ${f.message}  ${c.dim(f.code)}${state}${who}`;
  }

  return {
    begin: () => '',
    *file(result) {
      const { analysis: a, lines, path } = result;
      totals.files++;
      totals.attributions += a.summary.attributions;
      totals.anonymous += a.summary.anonymous;
      totals.figures += a.summary.figures;
      totals.unattributed += a.summary.unattributedFigures;
      // suppressed findings are counted, not listed (they are in JSON and SARIF)
      for (const f of a.findings) if (!f.suppressed) totals.findings[f.severity]++;
      // sign-off counts only for stories that use the workflow; suppressions always
      const review = result.signOff ? countReview(a.findings) : { ...countReview([]), suppressed: countReview(a.findings).suppressed };
      for (const k of Object.keys(review) as (keyof ReviewCounts)[]) totals.review[k] += review[k];

      // Every row is measured before any is printed (their line:col cells share a
      // width); then the rows are read again, paragraph by paragraph. Attributions,
      // figures and notes each come in paragraph order. A loop, not Math.max(...rows):
      // a call takes only so many arguments, and a long file has hundreds of thousands.
      let width = 0;
      const measure = (x: { start: number }): void => { const at = lines.position(x.start); width = Math.max(width, `${at.line}:${at.column}`.length); };
      for (const x of result.rows('attributions')) measure(x);
      for (const x of result.rows('figures')) measure(x);
      for (const x of a.anonymityNotes) measure(x);

      yield `${c.bold(c.cyan(path))}\n`;
      const sources = cursor(result.rows('attributions'));
      const figures = cursor(result.rows('figures'));
      const notes = cursor(a.anonymityNotes);
      const paragraphs = cursor(result.rows('paragraphs'));
      let paragraphIndex = 0;
      let printed = 0;
      for (;;) {
        const p = Math.min(sources.head?.paragraph ?? Infinity, figures.head?.paragraph ?? Infinity, notes.head?.paragraph ?? Infinity);
        if (p === Infinity) break;
        const rows: Row[] = [];
        for (; sources.head && sources.head.paragraph === p; sources.next()) rows.push(attributionRow(sources.head));
        for (; figures.head && figures.head.paragraph === p; figures.next()) rows.push(figureRow(figures.head));
        for (; notes.head && notes.head.paragraph === p; notes.next()) rows.push(noteRow(notes.head));
        for (; paragraphs.head && paragraphIndex < p; paragraphIndex++) paragraphs.next();
        const first = paragraphIndex === p ? paragraphs.head : undefined;
        const at = lines.position(first ? first.start : rows[0].start);
        let out = `  ${c.magenta(`¶ ${p + 1}`)}  ${c.dim(`${path}:${at.line}:${at.column}`)}\n`;
        rows.sort((x, y) => x.start - y.start || x.order - y.order);
        for (const row of rows) {
          const pos = lines.position(row.start);
          const cell = `${pos.line}:${pos.column}`.padEnd(width);
          out += `    ${c.dim(cell)}  ${row.label.padEnd(9)}  ${row.body}\n`;
          if (row.more) out += `    ${' '.repeat(width)}  ${' '.repeat(9)}  ${row.more}\n`;
        }
        printed++;
        yield out;
      }
      if (printed === 0) yield `${c.dim('  no attributions, figures or anonymity notes found')}\n`;

      yield `\n${summaryLines(a.summary, a.anonymityNotes.length, a.anonymity).map((l) => `  ${l}\n`).join('')}`;
      const findings = a.findings.filter((f) => !f.suppressed).sort((x, y) => x.start - y.start);
      const states = countsLine(review);
      if (findings.length > 0 || review.suppressed > 0) {
        yield `\n  ${c.bold(plural(findings.length, 'finding'))}${states ? ` (${states})` : ''}\n`;
        for (const f of findings) yield `${findingLine(result, f)}\n`;
      }
      for (const r of result.orphans ?? []) {
        yield `  ${c.yellow('stale')}    review record for “${r.phrase}” (${r.action}, ${r.by}, ${r.date}) matches no flag any more: its phrase is gone or no longer flagged\n`;
      }
      yield '\n';
    },
    end(skipped: readonly Skipped[]) {
      const f = totals.findings;
      const counts = [
        f.error ? c.red(plural(f.error, 'error')) : '',
        f.warning ? c.yellow(plural(f.warning, 'warning')) : '',
        f.information ? c.blue(`${f.information} info`) : '',
        f.hint ? plural(f.hint, 'hint') : '',
      ].filter(Boolean).join(', ');
      const findings = f.error + f.warning + f.information + f.hint;
      const parts = [
        `${plural(totals.files, 'file')} analysed`,
        `${plural(totals.attributions, 'attribution')} (${totals.anonymous} anonymous)`,
        `${plural(totals.figures, 'figure')} (${totals.unattributed} unattributed)`,
        findings ? `${plural(findings, 'finding')} (${counts})` : 'no findings',
      ];
      const states = countsLine(totals.review);
      if (states) parts.push(states);
      const skip = skipped.length ? `; ${c.red(`${plural(skipped.length, 'file')} skipped`)} (reasons on stderr)` : '';
      return `${c.bold(parts.join(' · '))}${skip}\n`;
    },
  };
}

/** An iterator that shows its next item before taking it. */
function cursor<T>(items: Iterable<T>): { head: T | undefined; next(): void } {
  const it = items[Symbol.iterator]();
  const c = {
    head: undefined as T | undefined,
    next(): void {
      const r = it.next();
      c.head = r.done ? undefined : r.value;
    },
  };
  c.next();
  return c;
}

function facetWords(f: NonNullable<Attribution['facets']>): string {
  const words = [
    f.count ? `count: ${f.count}` : '',
    f.affiliation ? `side: ${f.affiliation}` : '',
    f.role ? `role: ${f.role}` : '',
    f.knowledge ? `knows: ${f.knowledge}` : '',
  ].filter(Boolean);
  return words.join(' · ');
}
