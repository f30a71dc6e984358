// Bundles the editor tests with esbuild (the in-host suite, its launcher, the UI
// test) into out/vscode and out/e2e. scripts/build.mjs, which builds the product,
// is left alone. `vscode`, `mocha` and `playwright-core` stay external: the first
// is the host's own, the others resolve from node_modules at run time.
import { build } from 'esbuild';

// jsonc-parser: its ES module build (see scripts/build.mjs)
const common = { alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' }, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', sourcemap: 'inline', logLevel: 'warning', external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron'] };

await Promise.all([
  build({ ...common, entryPoints: ['test/vscode/suite/index.ts'], outfile: 'out/vscode/suite.js' }),
  build({ ...common, entryPoints: ['test/vscode/runTest.ts'], outfile: 'out/vscode/runTest.js' }),
  build({ ...common, entryPoints: ['test/e2e/editor.e2e.ts'], outfile: 'out/e2e/editor.e2e.js' }),
  build({ ...common, entryPoints: ['test/e2e/desk.e2e.ts'], outfile: 'out/e2e/desk.e2e.js' }),
]);
