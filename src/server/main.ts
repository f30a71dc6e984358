// The `sourcing-lens-lsp` binary: the language server on stdio, whatever the flags
// an editor passes (`--stdio` is the default and the only transport).
import { runLanguageServer } from './stdio';

const status = runLanguageServer(process.argv.slice(2).filter((a) => a !== '--stdio'));
if (status !== null) process.exitCode = status;
