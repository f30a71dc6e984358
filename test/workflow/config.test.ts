// The project config: JSONC parsing, every problem with line, column and key, the
// good parts kept when others are bad, globs, and which setting wins.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ALL_CODES } from '../../src/core/codes';
import { emptyConfig, FAIL_ON_NAMES, globToRegExp, ignoreLayer, matchesAny, parseConfig, resolveFailOn, resolveSeverities, MAX_CONFIG_CHARS } from '../../src/config';

test('a config with comments and trailing commas is read whole', () => {
  const { config, problems } = parseConfig(`{
  // the desk's rules
  "$schema": "./schemas/sourcinglens.schema.json",
  "severity": { "anonymous-source": "warning", "unattributed-figure": "off", },
  /* globs */ "include": ["stories/**/*.md"], "exclude": ["stories/archive/**"],
  "failOn": ["anonymous", "unattributed-figure"],
  "vocabulary": { "cueVerbs": ["opine"], "anonymityFormulas": ["under rule 4"], "organizations": ["Harbor Ledger"], "people": ["Ada Quill"], "neverCues": ["slam"] },
}`);
  assert.deepEqual(problems, []);
  assert.deepEqual(config.severity, { 'anonymous-source': 'warning', 'unattributed-figure': 'off' });
  assert.deepEqual(config.include, ['stories/**/*.md']);
  assert.deepEqual(config.exclude, ['stories/archive/**']);
  assert.deepEqual(config.failOn, ['anonymous-source', 'vague-anonymous-source', 'unattributed-figure']);
  assert.deepEqual(config.vocabulary, { cueVerbs: ['opine'], anonymityFormulas: ['under rule 4'], organizations: ['Harbor Ledger'], people: ['Ada Quill'], neverCues: ['slam'] });
});

test('wrong types and unknown keys are reported with line, column and key; the rest is kept', () => {
  const text = [
    '{',
    '  "severity": { "anonymous-source": "loud", "unattributed-figure": "hint", "nope": "off" },',
    '  "include": "stories/*.md",',
    '  "failOn": ["anonymous", "everything"],',
    '  "vocabulary": { "cueVerbs": ["opine", 3, "point out"], "colours": [] },',
    '  "colour": true',
    '}',
  ].join('\n');
  const { config, problems } = parseConfig(text);
  const seen = problems.map((p) => `${p.line}:${p.column} ${p.key}`);
  assert.deepEqual(seen, [
    '2:37 severity.anonymous-source',
    '2:76 severity.nope',
    '3:14 include',
    '4:27 failOn[1]',
    '5:41 vocabulary.cueVerbs[1]',
    '5:44 vocabulary.cueVerbs[2]',
    '5:58 vocabulary.colours',
    '6:3 colour',
  ]);
  assert.match(problems[0].message, /must be one of error, warning, information, hint, off, not string "loud"/);
  assert.match(problems[3].message, /unknown name 'everything'/);
  assert.equal(text.slice(problems[0].start, problems[0].end), '"loud"', 'offsets point at the bad value');
  // what was right is used
  assert.deepEqual(config.severity, { 'unattributed-figure': 'hint' });
  assert.deepEqual(config.failOn, ['anonymous-source', 'vague-anonymous-source']);
  assert.deepEqual(config.vocabulary.cueVerbs, ['opine']);
  assert.deepEqual(config.include, [], 'a string instead of a list: the default');
});

test('invalid JSON, an empty file, a non-object and a huge file each give a clear problem and the defaults', () => {
  const broken = parseConfig('{\n  "severity": { "anonymous-source": "warning" \n  "failOn": []\n}');
  assert.ok(broken.problems.length > 0);
  assert.equal(broken.problems[0].line, 3);
  assert.match(broken.problems[0].message, /not valid JSON: CommaExpected/);
  assert.equal(parseConfig('').problems[0].message, 'the file is empty; write {} for a config with every default');
  assert.match(parseConfig('[1, 2]').problems[0].message, /must be an object/);
  const huge = parseConfig(`{"include": [${'"a",'.repeat(MAX_CONFIG_CHARS / 4)}"a"]}`);
  assert.equal(huge.problems.length, 1);
  assert.match(huge.problems[0].message, /a config is a few lines/);
  assert.deepEqual(huge.config.include, []);
  const binary = parseConfig('\u0000\u0001\u0002');
  assert.ok(binary.problems.length > 0, 'binary bytes are invalid JSON, not a crash');
  assert.equal(parseConfig('\uFEFF{}').problems.length, 0, 'a byte-order mark is fine');
  const crlf = parseConfig('{\r\n  "colour": 1\r\n}');
  assert.deepEqual([crlf.problems[0].line, crlf.problems[0].column], [2, 3], 'CRLF counts one line break');
});

test('precedence: CLI flags > config file > VS Code settings > defaults', () => {
  const settings = { 'anonymous-source': 'hint', 'unattributed-figure': 'error' } as const;
  const config = { 'anonymous-source': 'error' } as const;
  const cli = ignoreLayer(['unattributed-figure']);
  const m = resolveSeverities(settings, config, cli);
  assert.equal(m['anonymous-source'], 'error', 'the config beats the settings');
  assert.equal(m['unattributed-figure'], 'off', '--ignore beats the settings');
  assert.equal(m['vague-anonymous-source'], 'warning', 'unset everywhere: the default');
  assert.equal(resolveSeverities(settings)['anonymous-source'], 'hint', 'the settings beat the default');
  const cfg = parseConfig('{"failOn": ["unattributed-figure"]}').config;
  assert.deepEqual([...resolveFailOn(new Set(), cfg)], ['unattributed-figure'], 'no --fail-on: the config');
  assert.deepEqual([...resolveFailOn(new Set(['anonymity-unexplained']), cfg)], ['anonymity-unexplained'], '--fail-on replaces it');
  assert.deepEqual([...resolveFailOn(new Set(), null)], []);
});

test('globs: ** across folders, * within a name, a bare name at any depth, braces', () => {
  assert.ok(matchesAny('stories/2026/a.md', ['stories/**/*.md']));
  assert.ok(matchesAny('stories/a.md', ['stories/**/*.md']), '** matches no folder too');
  assert.ok(!matchesAny('stories/a.txt', ['stories/**/*.md']));
  assert.ok(matchesAny('x/archive/old.md', ['archive']), 'a bare name matches a folder at any depth');
  assert.ok(matchesAny('drafts/b.txt', ['drafts/*.{md,txt}']));
  assert.ok(!matchesAny('drafts/sub/b.txt', ['drafts/*.txt']), '* stays within a folder');
  assert.ok(matchesAny('./a.md', ['a.md']));
  assert.ok(globToRegExp('a[bc].md').test('ab.md'));
});

test('the JSON Schema VS Code validates with names the same keys and values the reader accepts', () => {
  const schema = JSON.parse(readFileSync(path.join(__dirname, '../../../schemas/sourcinglens.schema.json'), 'utf8'));
  assert.deepEqual(Object.keys(schema.properties.severity.properties), ALL_CODES);
  assert.deepEqual(schema.properties.failOn.items.enum, FAIL_ON_NAMES);
  const sample: Record<string, unknown> = { $schema: 'x', severity: {}, include: [], exclude: [], failOn: [], vocabulary: {} };
  assert.deepEqual(Object.keys(schema.properties).sort(), Object.keys(sample).sort());
  assert.deepEqual(parseConfig(JSON.stringify(sample)).problems, []);
  const vocabulary = Object.fromEntries(Object.keys(schema.properties.vocabulary.properties).map((k) => [k, []]));
  assert.deepEqual(parseConfig(JSON.stringify({ vocabulary })).problems, [], 'every vocabulary key of the schema is read');
  assert.deepEqual(Object.keys(vocabulary).sort(), Object.keys(emptyConfig().vocabulary).sort());
  const pkg = JSON.parse(readFileSync(path.join(__dirname, '../../../package.json'), 'utf8'));
  assert.ok(pkg.contributes.jsonValidation.some((v: { fileMatch: string; url: string }) => v.fileMatch === '.sourcinglens.json' && v.url === './schemas/sourcinglens.schema.json'));
});
