// dist/cli.js, the `resume-studio` command: a few lines that choose what to load. `resume-studio lsp
// --stdio` (how Neovim, Helix and Emacs start the server) runs the language server exactly as editors
// start dist/server.js, through its loader and the V8 code cache it keeps (server-loader.ts), without
// reading or compiling the CLI (issue 10: the CLI bundle is ~1 MB, compiled afresh at every start);
// every other command, and `lsp` with anything else on its command line, runs the CLI bundle,
// dist/cli-main.js (cli.ts), which answers it as before.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const transports = args.slice(1);
const serverOnly = args[0] === 'lsp' && transports.length > 0 && transports.every((a) => a === '--stdio' || a === '--node-ipc');
const loader = join(__dirname, 'server.js');
// Required by path at run time: the two bundles stay apart (neither is built into this file).
if (serverOnly && existsSync(loader)) require(loader);
else (require(join(__dirname, 'cli-main.js')) as { run(): void }).run();
