// Metadata for each finding code: one source of truth for the editor's settings,
// the CLI's SARIF rules and the documentation links.
import type { FindingCode, Severity } from './types';

export const DOCS_BASE = 'https://github.com/sourcing-lens/sourcing-lens/blob/main/docs/rules/';

export interface CodeInfo {
  code: FindingCode;
  title: string;
  /** Defaults keep the editor calm: only what usually needs an edit is a warning. */
  defaultSeverity: Severity;
  /** One sentence, for SARIF `shortDescription` and settings descriptions. */
  summary: string;
  /** A more general code that still applies when this one is turned off: a vague
   *  anonymous source is still an anonymous source (see severity.ts). */
  fallback?: FindingCode;
}

export const CODES: Record<FindingCode, CodeInfo> = {
  'anonymous-source': {
    code: 'anonymous-source',
    title: 'Anonymous source',
    defaultSeverity: 'information',
    summary: 'Information is credited to a source the story does not name.',
  },
  'vague-anonymous-source': {
    code: 'vague-anonymous-source',
    title: 'Vague anonymous source',
    defaultSeverity: 'warning',
    summary: 'An anonymous source is described with nothing but a bare role ("officials said"): no number, side or way of knowing.',
    fallback: 'anonymous-source',
  },
  'anonymity-unexplained': {
    code: 'anonymity-unexplained',
    title: 'Anonymity not explained',
    defaultSeverity: 'warning',
    summary: 'The story uses anonymous sources but never says why anonymity was granted.',
  },
  'unattributed-figure': {
    code: 'unattributed-figure',
    title: 'Unattributed figure',
    defaultSeverity: 'warning',
    summary: 'A figure is stated as fact with no attribution in its sentence.',
  },
  'figure-from-anonymous-source': {
    code: 'figure-from-anonymous-source',
    title: 'Figure from an anonymous source',
    defaultSeverity: 'information',
    summary: 'A figure rests only on an anonymous source.',
  },
};

export const ALL_CODES = Object.keys(CODES) as FindingCode[];

// One string per code: every finding carries its code's address.
const DOCS_URLS = new Map<FindingCode, string>();

export function docsUrl(code: FindingCode): string {
  let url = DOCS_URLS.get(code);
  if (url === undefined) DOCS_URLS.set(code, (url = `${DOCS_BASE}${code}.md`));
  return url;
}
