// Reads the text of a `.sourcinglens.json` (JSON with comments and trailing commas)
// into a checked ProjectConfig. Every problem is reported with its line, column and
// key; whatever is wrong is left at its default and the rest is kept, so a typo in
// one key never turns the whole file (or the tool) off. Pure: the shells read files.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { ALL_CODES } from '../core/codes';
import type { FindingCode, HouseVocabulary } from '../core/types';
import type { SeverityChoice } from '../core/severity';
import { emptyConfig, type ConfigProblem, type ProjectConfig, type ReadConfig } from './types';
import { failOnCodes, FAIL_ON_NAMES } from './failOn';
import { locator } from './locate';

/** A config is a few dozen lines; a megabyte is a wrong file, not a config. */
export const MAX_CONFIG_CHARS = 1024 * 1024;
/** Per list: a house vocabulary of thousands of names is still fine, millions are not. */
const MAX_LIST = 10_000;

const SEVERITIES: readonly SeverityChoice[] = ['error', 'warning', 'information', 'hint', 'off'];
const VOCABULARY_KEYS: readonly (keyof HouseVocabulary)[] = ['cueVerbs', 'anonymityFormulas', 'organizations', 'people', 'neverCues'];
const TOP_KEYS = ['$schema', 'severity', 'include', 'exclude', 'failOn', 'vocabulary'];

const describe = (n: Node): string => (n.type === 'array' ? 'a list' : n.type === 'object' ? 'an object' : n.type === 'null' ? 'null' : `${n.type} ${JSON.stringify(n.value)}`.slice(0, 60));

export function parseConfig(text: string): ReadConfig {
  const config = emptyConfig();
  const problems: ConfigProblem[] = [];
  const at = locator(text);
  const problem = (start: number, end: number, key: string, message: string): void => {
    problems.push({ ...at(start), key, message, start, end });
  };
  if (text.length > MAX_CONFIG_CHARS) {
    problem(0, 0, '', `the file is ${Math.round(text.length / 1024)} KB; a config is a few lines (limit ${MAX_CONFIG_CHARS / 1024} KB). Defaults are used.`);
    return { config, problems };
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    problem(0, 0, '', 'the file is empty; write {} for a config with every default');
    return { config, problems };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text.replace(/^\uFEFF/, ' '), errors, { allowTrailingComma: true, disallowComments: false });
  for (const e of errors.slice(0, 20)) problem(e.offset, e.offset + e.length, '', `not valid JSON: ${printParseErrorCode(e.error)}`);
  if (!root) return { config, problems };
  if (root.type !== 'object') {
    problem(root.offset, root.offset + root.length, '', `the config must be an object ({ … }), not ${describe(root)}`);
    return { config, problems };
  }
  for (const prop of root.children ?? []) {
    const [keyNode, value] = prop.children ?? [];
    if (!keyNode || !value) continue; // a parse error, reported above
    const key = String(keyNode.value);
    const bad = (n: Node, k: string, message: string): void => problem(n.offset, n.offset + n.length, k, message);
    switch (key) {
      case '$schema':
        if (value.type !== 'string') bad(value, key, `must be a string, not ${describe(value)}`);
        break;
      case 'severity':
        if (value.type !== 'object') { bad(value, key, `must be an object of finding code → severity, not ${describe(value)}`); break; }
        for (const p of value.children ?? []) {
          const [k, v] = p.children ?? [];
          if (!k || !v) continue;
          const code = String(k.value);
          const path = `severity.${code}`;
          if (!(ALL_CODES as string[]).includes(code)) { bad(k, path, `unknown finding code (known: ${ALL_CODES.join(', ')})`); continue; }
          if (v.type !== 'string' || !(SEVERITIES as string[]).includes(v.value)) { bad(v, path, `must be one of ${SEVERITIES.join(', ')}, not ${describe(v)}`); continue; }
          config.severity[code as FindingCode] = v.value as SeverityChoice;
        }
        break;
      case 'include':
      case 'exclude':
        config[key] = strings(value, key, bad, (s) => (s.trim() === '' ? 'an empty pattern matches nothing' : null));
        break;
      case 'failOn': {
        const names = strings(value, key, bad, (s) => (failOnCodes(s) ? null : `unknown name '${s}' (known: ${FAIL_ON_NAMES.join(', ')})`));
        if (value.type === 'array') config.failOn = [...new Set(names.flatMap((n) => failOnCodes(n) ?? []))];
        break;
      }
      case 'vocabulary':
        if (value.type !== 'object') { bad(value, key, `must be an object with ${VOCABULARY_KEYS.join(', ')}, not ${describe(value)}`); break; }
        for (const p of value.children ?? []) {
          const [k, v] = p.children ?? [];
          if (!k || !v) continue;
          const name = String(k.value);
          const path = `vocabulary.${name}`;
          if (!(VOCABULARY_KEYS as string[]).includes(name)) { bad(k, path, `unknown key (known: ${VOCABULARY_KEYS.join(', ')})`); continue; }
          const oneWord = name === 'cueVerbs' || name === 'neverCues';
          config.vocabulary[name as keyof HouseVocabulary] = strings(v, path, bad, (s) =>
            s.trim() === '' ? 'an empty entry'
              : oneWord && !/^[A-Za-z]+$/.test(s.trim()) ? `'${s}' must be one word of letters${name === 'cueVerbs' ? ' (the verb\'s base form: "opine")' : ''}`
                : s.length > 200 ? 'longer than 200 characters' : null);
        }
        break;
      default:
        bad(keyNode, key, `unknown key (known: ${TOP_KEYS.join(', ')})`);
    }
  }
  return { config, problems };
}

/** A list of strings; entries that are not (or fail `check`) are reported and left out. */
function strings(n: Node, key: string, bad: (n: Node, k: string, m: string) => void, check: (s: string) => string | null): string[] {
  if (n.type !== 'array') { bad(n, key, `must be a list of strings, not ${describe(n)}`); return []; }
  const out: string[] = [];
  const items = n.children ?? [];
  if (items.length > MAX_LIST) bad(n, key, `has ${items.length} entries; only the first ${MAX_LIST} are used`);
  items.slice(0, MAX_LIST).forEach((item, i) => {
    const path = `${key}[${i}]`;
    if (item.type !== 'string') { bad(item, path, `must be a string, not ${describe(item)}`); return; }
    const why = check(item.value as string);
    if (why) { bad(item, path, why); return; }
    out.push(item.value as string);
  });
  return out;
}
