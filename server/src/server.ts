// The language server bundle (dist/server-main.js): the server over the transport its command line
// names (--node-ipc from the VS Code client, --stdio from other editors). Editors start it through
// dist/server.js (server-loader.ts), which calls main() with a V8 code cache; run directly, it
// starts itself. The server itself is lsp/start.ts.
import { createConnection } from './lsp/lib';
import { startServer } from './lsp/start';
import type { ServerHooks } from './lsp/v8-flags';

export { startServer };

export function main(hooks: ServerHooks = {}): void {
  // A bug in one handler must not take the editor's diagnostics down with it: log and carry on.
  process.on('uncaughtException', (e) => console.error(`[resume-studio] uncaught: ${e?.stack ?? String(e)}`));
  process.on('unhandledRejection', (e) => console.error(`[resume-studio] unhandled rejection: ${(e as Error)?.stack ?? String(e)}`));
  startServer(createConnection(), hooks);
}

if (require.main === module) main();
