// The language server in a web worker, for the web extension (VS Code for the Web):
// the same message loop as `sourcing-lens lsp --stdio`, on the worker's messages,
// with the web worker's platform (browserHost.ts).
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { browserHost } from './browserHost';
import { startServer } from './server';

// The worker's global scope is its message port (the DOM types are not in this project's lib).
const scope = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
startServer(connection, browserHost(connection));
