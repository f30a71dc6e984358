// `sourcing-lens lsp --stdio` and `sourcing-lens-lsp`: the language server on stdin
// and stdout, the transport every editor supports. The analysis thread's bundle
// (dist/lspWorker.js) sits beside the CLI's.
import path from 'node:path';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { nodeHost } from './nodeHost';
import { preserializingEncoder } from './preserialized';
import { startServer } from './server';

export const LSP_USAGE = `Usage: sourcing-lens lsp --stdio
  Starts the Sourcing Lens language server on stdin/stdout (see docs/lsp.md).
`;

/** Starts the server; returns an exit status only for a usage mistake (the server
 *  itself exits when the client sends exit or closes the pipe). */
export function runLanguageServer(args: readonly string[]): number | null {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(LSP_USAGE);
    return 0;
  }
  const unknown = args.filter((a) => a !== '--stdio' && !a.startsWith('--clientProcessId'));
  if (unknown.length > 0) {
    process.stderr.write(`sourcing-lens lsp: only --stdio is supported (got ${unknown.join(' ')})\n${LSP_USAGE}`);
    return 2;
  }
  // Whatever writes to stdout would corrupt the protocol: the library sends console
  // output to the client's log instead, and we never print.
  // The analysis thread's diagnostics arrive as JSON text: the writer sends it as it is.
  const writer = new StreamMessageWriter(process.stdout, { contentTypeEncoder: preserializingEncoder });
  const connection = createConnection(new StreamMessageReader(process.stdin), writer);
  startServer(connection, nodeHost(path.join(__dirname, 'lspWorker.js')));
  return null;
}
