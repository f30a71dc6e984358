// Writes the editor's part of package.json ("contributes", "activationEvents",
// "browser", "capabilities", "galleryBanner", "icon") from this one script, with the
// severity settings generated from the core's CODES, so settings and findings can
// never disagree. Only these keys are touched, read and written in one go, because
// other people edit package.json too.
//   node scripts/vscode/contributes.mjs          update package.json
//   node scripts/vscode/contributes.mjs --check  exit 1 when package.json is stale
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkgPath = `${root}package.json`;

// The core's codes.ts imports only types, so it bundles to a few lines.
const bundled = await build({ entryPoints: [`${root}src/core/codes.ts`], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'error' });
const { CODES, ALL_CODES, docsUrl } = await import(`data:text/javascript,${encodeURIComponent(bundled.outputFiles[0].text)}`);

const category = 'Sourcing Lens';
const isText = '(editorLangId == plaintext || editorLangId == markdown)';

const severityLevels = ['error', 'warning', 'information', 'hint', 'off'];
const severityProperties = Object.fromEntries(ALL_CODES.map((code, i) => [`sourcingLens.severity.${code}`, {
  type: 'string',
  enum: severityLevels,
  enumDescriptions: [
    'Shown as an error.',
    'Shown as a warning.',
    'Shown as information.',
    'Shown only as a faint hint in the editor, not in Problems.',
    'Not reported.',
  ],
  default: CODES[code].defaultSeverity,
  order: i,
  markdownDescription: `**${CODES[code].title}** (\`${code}\`): ${CODES[code].summary}${CODES[code].fallback ? ` Turned off, these are reported as \`${CODES[code].fallback}\` instead.` : ''} [Documentation](${docsUrl(code)})`,
}]));

const editorKeys = {
  activationEvents: [
    'onLanguage:plaintext',
    'onLanguage:markdown',
    'workspaceContains:**/seeds/*.txt',
    'workspaceContains:**/seeds/*.md',
    'onCommand:sourcingLens.analyzeFile',
    'onCommand:sourcingLens.showAttributions',
    'onCommand:sourcingLens.showReport',
    'onView:sourcingLens.sources',
  ],
  browser: './dist/web/extension.js',
  // It only reads the text of open documents: nothing is executed and no file
  // outside the editor is read, so untrusted and virtual workspaces are safe.
  capabilities: {
    untrustedWorkspaces: { supported: true },
    virtualWorkspaces: true,
  },
  icon: 'docs/images/icon.png',
  galleryBanner: { color: '#1f2933', theme: 'dark' },
  contributes: {
    commands: [
      { command: 'sourcingLens.analyzeFile', title: 'Analyze This File', category, icon: '$(quote)' },
      { command: 'sourcingLens.stopAnalyzingFile', title: 'Stop Analyzing This File', category },
      { command: 'sourcingLens.showAttributions', title: 'Show All Attributions', category, icon: '$(list-flat)' },
      { command: 'sourcingLens.showReport', title: 'Show Sourcing Report', category, icon: '$(graph)' },
      { command: 'sourcingLens.showLog', title: 'Show Log', category },
      { command: 'sourcingLens.setSeverity', title: 'Set Severity of a Finding Code', category },
      { command: 'sourcingLens.copySourceDescription', title: 'Copy Source Description', category },
    ],
    menus: {
      commandPalette: [
        { command: 'sourcingLens.analyzeFile', when: `${isText} && !sourcingLens.activeAnalysed` },
        { command: 'sourcingLens.stopAnalyzingFile', when: 'sourcingLens.activeAnalysed' },
        { command: 'sourcingLens.showAttributions', when: 'sourcingLens.activeAnalysed' },
        { command: 'sourcingLens.showReport', when: 'sourcingLens.activeAnalysed' },
        // Called from quick fixes with arguments; meaningless from the palette.
        { command: 'sourcingLens.setSeverity', when: 'false' },
        { command: 'sourcingLens.copySourceDescription', when: 'false' },
      ],
      'editor/context': [
        { command: 'sourcingLens.analyzeFile', when: `${isText} && !sourcingLens.activeAnalysed`, group: '9_sourcingLens@1' },
        { command: 'sourcingLens.showAttributions', when: 'sourcingLens.activeAnalysed', group: '9_sourcingLens@1' },
        { command: 'sourcingLens.stopAnalyzingFile', when: 'sourcingLens.activeAnalysed', group: '9_sourcingLens@2' },
      ],
      'view/title': [
        { command: 'sourcingLens.showAttributions', when: 'view == sourcingLens.sources && sourcingLens.activeAnalysed', group: 'navigation' },
        { command: 'sourcingLens.showReport', when: 'view == sourcingLens.sources && sourcingLens.activeAnalysed', group: 'navigation' },
      ],
    },
    views: {
      explorer: [
        { id: 'sourcingLens.sources', name: 'Sources', contextualTitle: 'Sourcing Lens', icon: '$(quote)', when: 'sourcingLens.hasDocuments' },
      ],
    },
    // The project config gets completion and validation from its schema (docs/workflow.md).
    jsonValidation: [
      { fileMatch: '.sourcinglens.json', url: './schemas/sourcinglens.schema.json' },
      { fileMatch: '.sourcing-review.json', url: './schemas/sourcing-review.schema.json' },
    ],
    viewsWelcome: [
      {
        view: 'sourcingLens.sources',
        contents: 'The active editor is not analysed. Files under a seeds/ folder, and those matched by the setting sourcingLens.include, are analysed when opened.\n[Analyze This File](command:sourcingLens.analyzeFile)',
      },
    ],
    configuration: [
      {
        title: 'Sourcing Lens',
        order: 0,
        properties: {
          'sourcingLens.include': {
            type: 'array',
            items: { type: 'string' },
            default: [],
            order: 0,
            markdownDescription: 'Glob patterns of more plain-text and Markdown files to analyse when opened, relative to the workspace folder (files under any `seeds/` folder always are). Example: `articles/**/*.md`. Any other such file can be analysed with **Sourcing Lens: Analyze This File**.',
          },
          'sourcingLens.maxFileSizeKB': {
            type: 'number',
            default: 2048,
            minimum: 1,
            order: 1,
            markdownDescription: 'Documents larger than this many kilobytes (counted as 1,024 characters) are not analysed; the status bar says so. Keeps the editor responsive on huge files.',
          },
          'sourcingLens.debounceMs': {
            type: 'number',
            default: 300,
            minimum: 0,
            maximum: 5000,
            order: 2,
            markdownDescription: 'Milliseconds to wait after the last edit before analysing again. Only the paragraphs that changed are re-analysed.',
          },
          'sourcingLens.codeLens.enabled': {
            type: 'boolean',
            default: true,
            order: 3,
            markdownDescription: 'Show the summary above the first line and a note above each paragraph with anonymous sources or unattributed figures.',
          },
          'sourcingLens.maxProblems': {
            type: 'number',
            default: 1000,
            minimum: 1,
            maximum: 1000,
            order: 4,
            markdownDescription: 'At most this many problems per file are shown, the most severe first (warnings before information, then by position); the status bar and the summary above the first line say how many are left out. VS Code itself keeps no more than 1,000 per file.',
          },
        },
      },
      {
        title: 'Severity of findings',
        order: 1,
        properties: severityProperties,
      },
    ],
  },
};

const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
const stale = Object.keys(editorKeys).filter((k) => !isDeepStrictEqual(pkg[k], editorKeys[k]));
if (process.argv.includes('--check')) {
  if (stale.length) {
    console.error(`package.json is out of date in ${stale.join(', ')}: run node scripts/vscode/contributes.mjs`);
    process.exit(1);
  }
  console.log('package.json contributes are up to date');
} else if (stale.length) {
  // Re-read right before writing: others edit package.json too.
  const fresh = JSON.parse(readFileSync(pkgPath, 'utf8'));
  for (const k of stale) fresh[k] = editorKeys[k];
  writeFileSync(pkgPath, JSON.stringify(fresh, null, 2) + '\n');
  console.log(`package.json: updated ${stale.join(', ')}`);
}
