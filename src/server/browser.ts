// The language server in a web worker, for the web extension (VS Code for the Web):
// the same message loop as `sourcing-lens lsp --stdio`, on the worker's messages,
// analysing in the worker itself. There is no file system here, so no project config
// and no review file: the settings and suppression comments apply.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { InlineThread } from './inlineThread';
import { startServer } from './server';

// The worker's global scope is its message port (the DOM types are not in this project's lib).
const scope = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
startServer(connection, { startAnalysis: (events) => new InlineThread(events) });
