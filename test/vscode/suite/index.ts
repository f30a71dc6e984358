// Entry point of the in-host suite: VS Code (code-server's extension host, or a
// desktop VS Code under @vscode/test-electron) loads this bundle and calls run().
// The test files are required only after Mocha has set up its `tdd` interface, so
// their `suite()`/`test()` calls (imported from 'mocha') land in this run.
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'sourcing-lens-suite', mocha);
  require('./startup.test');
  require('./analysis.test');
  require('./features.test');
  require('./settings.test');
  require('./editing.test');
  require('./problems.test');
  require('./sourcesView.test');
  require('./workflow.test');
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} test(s) failed`);
}
