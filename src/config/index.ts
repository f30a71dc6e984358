// The project config: parsing and checking `.sourcinglens.json`, globs, and which
// setting wins. Pure (no fs, no vscode): the shells find and read the file.
export * from './types';
export { parseConfig, MAX_CONFIG_CHARS } from './parse';
export { globToRegExp, matchesAny } from './glob';
export { ignoreLayer, resolveFailOn, resolveSeverities } from './merge';
export type { SeverityLayer } from './merge';
export { FAIL_ON_ALIASES, FAIL_ON_NAMES, failOnCodes } from './failOn';
