// SARIF 2.1.0, in the subset GitHub code scanning reads: one run, the rules from the
// core's CODES (so rule text and help links have one source), one result per finding
// with a region in both line/column and character offsets. Results are streamed;
// the files that could not be read go in the run's invocation as notifications.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_CODES, CODES, DOCS_BASE, docsUrl } from '../../core/codes';
import type { Finding, FindingCode, Severity } from '../../core/types';
import { describeReview } from '../../review/describe';
import type { FileResult, Printer, Skipped } from '../result';

type Level = 'error' | 'warning' | 'note';

// SARIF has no "information" or "hint"; both are notes.
const LEVELS: Record<Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The repository the docs live in (DOCS_BASE is …/blob/main/docs/rules/). */
const INFORMATION_URI = DOCS_BASE.replace(/\/blob\/.*$/, '');
const SRCROOT = '%SRCROOT%';

function ruleName(code: FindingCode): string {
  return code.replace(/(^|-)([a-z])/g, (_m, _dash: string, c: string) => c.toUpperCase());
}

function rules(): object[] {
  return ALL_CODES.map((code) => {
    const info = CODES[code];
    return {
      id: code,
      name: ruleName(code),
      shortDescription: { text: info.title },
      fullDescription: { text: info.summary },
      helpUri: docsUrl(code),
      help: { text: `${info.summary} See ${docsUrl(code)}`, markdown: `${info.summary} [Read more](${docsUrl(code)}).` },
      defaultConfiguration: { level: LEVELS[info.defaultSeverity] },
      properties: { tags: ['journalism', 'sourcing'] },
    };
  });
}

/** SARIF's `suppressions` for a silenced or signed-off finding (GitHub then shows it
 *  as closed, not open), and the sign-off state in `properties`. */
export function sarifReview(f: Finding): { suppressions?: object[]; properties?: object } {
  const out: { suppressions?: object[]; properties?: object } = {};
  if (f.suppressed) {
    out.suppressions = [{ kind: f.suppressed.kind === 'comment' ? 'inSource' : 'external', status: 'accepted', justification: f.suppressed.justification }];
  } else if (f.review && (f.review.state === 'approved' || f.review.state === 'verified')) {
    out.suppressions = [{ kind: 'external', status: 'accepted', justification: describeReview(f.review) }];
  }
  if (f.review) out.properties = { reviewState: f.review.state, ...(f.review.by ? { reviewedBy: f.review.by, reviewDate: f.review.date, reviewNote: f.review.note } : {}) };
  return out;
}

/** A URI relative to the working folder (where `upload-sarif` expects the checkout)
 *  when the file is inside it; an absolute file: URI otherwise. */
export function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  const outside = relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  if (outside) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

// Stand-ins for the two arrays only known as the run goes: the document is
// stringified once around them and the pieces printed before and after.
const RESULTS = '@@results@@';
const INVOCATIONS = '@@invocations@@';

export function sarifPrinter(version: string, cwd: string): Printer {
  const ruleIndex = new Map(ALL_CODES.map((code, i) => [code, i]));
  const run = {
    tool: { driver: { name: 'Sourcing Lens', version, semanticVersion: version, informationUri: INFORMATION_URI, rules: rules() } },
    originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
    columnKind: 'utf16CodeUnits',
    results: RESULTS,
    invocations: INVOCATIONS,
  };
  const doc = JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] }, null, 2);
  const [head, middle, tail] = doc.split(new RegExp(`"${RESULTS}"|"${INVOCATIONS}"`));
  let count = 0;
  return {
    begin: () => `${head}[`,
    *file(result: FileResult) {
      const location = artifactLocation(result.path, cwd);
      for (const finding of result.analysis.findings) {
        const start = result.lines.position(finding.start);
        const end = result.lines.position(finding.end);
        const entry = {
          ruleId: finding.code,
          ruleIndex: ruleIndex.get(finding.code),
          level: LEVELS[finding.severity],
          message: { text: finding.message },
          locations: [{
            physicalLocation: {
              artifactLocation: location,
              region: {
                startLine: start.line,
                startColumn: start.column,
                endLine: end.line,
                endColumn: end.column,
                charOffset: finding.start,
                charLength: finding.end - finding.start,
                snippet: { text: result.text.slice(finding.start, finding.end) },
              },
            },
          }],
          ...sarifReview(finding),
        };
        // One result a line: valid JSON that still greps well.
        yield `${count++ === 0 ? '\n' : ',\n'}        ${JSON.stringify(entry)}`;
      }
    },
    end(skipped: readonly Skipped[]) {
      const invocation = {
        executionSuccessful: skipped.length === 0,
        toolExecutionNotifications: skipped.map((s) => ({
          level: 'error',
          message: { text: `skipped ${s.path}: ${s.reason}` },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(s.path, cwd) } }],
        })),
      };
      return `${count === 0 ? '' : '\n      '}]${middle}${JSON.stringify([invocation])}${tail}\n`;
    },
  };
}
