// Bundles the CLI and the extension (desktop and web) with esbuild. Entries that do
// not exist yet are skipped, so the core can be built on its own.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
// jsonc-parser's `main` is a UMD build whose dynamic requires esbuild cannot follow;
// its ES module build bundles cleanly.
const alias = { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' };
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', target: 'es2022', alias };

// The extension bundles note when their code starts and ends loading: activation is
// counted as VS Code counts it, code loading plus the activate() call (the API's
// activationMs, src/editor/extension.ts), not the host's own work in between.
const LOADING = { banner: { js: 'var sourcingLensLoading = { started: Date.now(), ended: 0 };' }, footer: { js: 'sourcingLensLoading.ended = Date.now();' } };

const targets = [
  // The core alone, for scripts (eval, bench, fuzz) that measure it without the CLI.
  { entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js', platform: 'neutral', format: 'cjs', mainFields: ['main', 'module'] },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' }, external: ['bullmq', 'ioredis'] },
  { entryPoints: ['src/cli/worker.ts'], outfile: 'dist/worker.js', platform: 'node', format: 'cjs' },
  // The language server: its own binary, and the analysis thread it starts.
  { entryPoints: ['src/server/main.ts'], outfile: 'dist/lsp.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['src/server/worker.ts'], outfile: 'dist/lspWorker.js', platform: 'node', format: 'cjs' },
  { entryPoints: ['src/cli/jsonl/lineWorker.ts'], outfile: 'dist/jsonl-worker.js', platform: 'node', format: 'cjs' },
  // The extension: a language client (src/editor) of the server above on the desktop,
  // and of the same server in a web worker (src/server/browser.ts) on the web.
  { entryPoints: ['src/editor/node.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], ...LOADING },
  { entryPoints: ['src/editor/web.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], ...LOADING },
  { entryPoints: ['src/server/browser.ts'], outfile: 'dist/web/server.js', platform: 'browser', format: 'iife' },
].filter((t) => existsSync(t.entryPoints[0]));

await Promise.all(targets.map((t) => build({ ...common, ...t })));
