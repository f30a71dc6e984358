// The public face of the analysis core: a pure function of a string (and a cached
// variant for editors). No I/O, no `vscode`, no Node built-ins.
export { analyze, createAnalyzer } from './analyze';
export type { Analyzer } from './analyze';
export * from './types';
export { CODES, ALL_CODES, DOCS_BASE, docsUrl } from './codes';
export type { CodeInfo } from './codes';
export { applySeverities, limitFindings } from './severity';
export type { Published, SeverityChoice, SeverityMap } from './severity';
export { groupSources, GROUP_ORDER } from './sourceGroups';
export type { SourceCluster, SourceGroup, SourceGroupKind } from './sourceGroups';
export { applySuppressions, ignoreComment, parseDirectives, suppressedRanges } from './suppressions';
export type { Directive, DirectiveKind, DirectiveProblem, SuppressedRange } from './suppressions';
