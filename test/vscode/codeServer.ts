// A real VS Code for the tests, offline: code-server (VS Code 1.100.3's server and
// web workbench, installed by scripts/vscode/setup.sh) driven by Debian's Chromium.
// See shared/recipes/vscode-offline.md. Used by the in-host suite's launcher
// (runTest.ts) and the UI test (test/e2e).
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** The checkout, found from the bundle's folder (out/…); out/ may hold a copy of
 *  package.json (tsc emits it), so look for this very folder's setup script too. */
function findRoot(from: string): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'scripts/vscode/setup.sh'))) return dir;
  }
  throw new Error(`no Sourcing Lens checkout above ${from}`);
}

export const ROOT = findRoot(__dirname);
export const SEED = '000_12528e0f19a89f36.txt';
export const RESULTS = path.join(ROOT, 'test-results');
const ENTRY = path.join(ROOT, '.tools/vscode/node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Workbench settings for quiet, reproducible runs and readable screenshots. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'editor.hover.delay': 300,
  // Word highlights would only clutter the screenshots.
  'editor.occurrencesHighlight': 'off',
  'editor.selectionHighlight': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** A fresh temporary folder, removed when this process exits, however it exits. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sourcing-lens-${prefix}-`));
  process.once('exit', () => {
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // A process still writing there (Chromium's profile) can make it fail; it is only /tmp.
    }
  });
  return dir;
}

/** A workspace holding a copy of the seed, so tests may write settings or edit. */
export function makeWorkspace(tmp: string): string {
  const ws = path.join(tmp, 'workspace');
  fs.mkdirSync(path.join(ws, 'seeds'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'seeds', SEED), path.join(ws, 'seeds', SEED));
  return ws;
}

export interface CodeServer {
  port: number;
  origin: string;
  /** The workbench URL for `folder`, with an optional test payload. */
  url(folder: string, payload?: Array<[string, string]>): string;
  stop(): Promise<void>;
}

export async function startCodeServer(tmp: string, extensionsDir: string, logFile: string): Promise<CodeServer> {
  if (!fs.existsSync(ENTRY)) throw new Error(`code-server is not installed: run bash scripts/vscode/setup.sh (${ENTRY})`);
  const port = await freePort();
  const data = path.join(tmp, 'data');
  fs.mkdirSync(path.join(data, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(data, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  fs.writeFileSync(path.join(tmp, 'config.yaml'), 'auth: none\ncert: false\n');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, [
    ENTRY,
    '--config', path.join(tmp, 'config.yaml'),
    '--user-data-dir', data,
    '--extensions-dir', extensionsDir,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
  ], { stdio: ['ignore', log, log], detached: true, env: { ...process.env, VSCODE_PROXY_URI: '' } });
  fs.closeSync(log);
  // However this process ends (a failed assertion, Ctrl+C, a closed pipe), code-server
  // and its extension host must not outlive it: 'exit' handlers run synchronously.
  // First in line, before the temporary folders are removed.
  const killGroup = () => signalGroup(child, 'SIGKILL');
  process.prependOnceListener('exit', killGroup);
  const origin = `http://127.0.0.1:${port}`;
  const server: CodeServer = {
    port,
    origin,
    url: (folder, payload) => {
      let url = `${origin}/?folder=${encodeURIComponent(folder)}`;
      if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return url;
    },
    stop: async () => {
      await stopProcess(child);
      process.off('exit', killGroup);
    },
  };
  try {
    await waitForHealth(`${origin}/healthz`, child, 60_000);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}; see ${logFile}`);
  }
  return server;
}

/** Installs a .vsix into `extensionsDir` with code-server's own CLI. */
export async function installVsix(vsix: string, extensionsDir: string): Promise<string> {
  const child = spawn(process.execPath, [ENTRY, '--extensions-dir', extensionsDir, '--install-extension', vsix], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`--install-extension failed (${code}): ${output}`);
  return output.trim();
}

export async function launchBrowser(tmp: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(path.join(tmp, 'chromium'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // The copy-description quick fix writes the clipboard through the browser.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  return context;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs / 1000} s`);
}

/** Stops code-server and the processes it started (extension host, pty host): it runs
 *  in a process group of its own, which is signalled by its id. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

// Turn Ctrl+C and kill into a normal exit, so the 'exit' handlers above run.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => process.exit(130));
