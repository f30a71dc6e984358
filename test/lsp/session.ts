// A real JSON-RPC client for the protocol tests: spawns the built server
// (`node dist/cli.js lsp --stdio`) and speaks LSP to it over its stdin/stdout, as an
// editor would, recording what the server pushes (diagnostics, messages).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import {
  ConfigurationRequest, createProtocolConnection, LogMessageNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification,
  ShowMessageNotification, StreamMessageReader, StreamMessageWriter,
  type ClientCapabilities, type InitializeResult, type ProtocolConnection, type PublishDiagnosticsParams, type ShowMessageParams,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(__dirname, '../../..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

export const CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, versionSupport: true },
  },
};

export class Session {
  readonly child: ChildProcess;
  readonly connection: ProtocolConnection;
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  stderr = '';
  /** window/logMessage lines, shown when a wait times out. */
  log: string[] = [];
  /** The capabilities the server registered (client/registerCapability). */
  readonly registrations: Array<{ method: string; registerOptions?: unknown }> = [];
  /** What the client answers to workspace/configuration for `sourcingLens`. */
  config: unknown = {};
  private listeners: Array<() => void> = [];
  readonly exited: Promise<number | null>;

  constructor(args: string[] = [CLI, 'lsp', '--stdio']) {
    this.child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.setEncoding('utf8').on('data', (d: string) => { this.stderr += d; });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => { this.diagnostics.push(p); this.notify(); });
    this.connection.onNotification(ShowMessageNotification.type, (p) => { this.messages.push(p); this.notify(); });
    this.connection.onNotification(LogMessageNotification.type, (p) => { this.log.push(p.message); });
    this.connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => this.config));
    this.connection.onRequest('client/registerCapability', (p: { registrations?: Array<{ method: string; registerOptions?: unknown }> }) => {
      this.registrations.push(...(p?.registrations ?? []));
      return null;
    });
    this.connection.listen();
  }

  async initialize(capabilities = CAPABILITIES, initializationOptions?: unknown): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities, initializationOptions });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  open(uri: string, text: string, version = 1, languageId = 'plaintext'): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Resolves with the first published diagnostics for `uri` that pass `test`
   *  (looking at those already received too); rejects after `timeoutMs`. */
  waitForDiagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 120_000, from = 0): Promise<PublishDiagnosticsParams> {
    return this.waitFor(() => this.diagnostics.slice(from).find((p) => p.uri === uri && test(p)), timeoutMs, `diagnostics for ${uri}`);
  }

  waitForMessage(test: (m: ShowMessageParams) => boolean, timeoutMs = 120_000): Promise<ShowMessageParams> {
    return this.waitFor(() => this.messages.find(test), timeoutMs, 'a window/showMessage');
  }

  private waitFor<T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (found === undefined) return false;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve(found);
        return true;
      };
      const listener = () => { check(); };
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new Error(`timed out waiting for ${what}; stderr: ${this.stderr}; log: ${this.log.join('\n')}`));
      }, timeoutMs);
      if (!check()) this.listeners.push(listener);
    });
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  /** shutdown, then exit; resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.connection.dispose();
    this.child.kill();
  }
}
