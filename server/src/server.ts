// Entry point of dist/server.js: the language server over the transport its command line names
// (--node-ipc from the VS Code client, --stdio from other editors). The server itself is lsp/start.ts.
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from './lsp/start';

export { startServer };

// A bug in one handler must not take the editor's diagnostics down with it: log and carry on.
process.on('uncaughtException', (e) => console.error(`[resume-studio] uncaught: ${e?.stack ?? String(e)}`));
process.on('unhandledRejection', (e) => console.error(`[resume-studio] unhandled rejection: ${(e as Error)?.stack ?? String(e)}`));

startServer(createConnection());
