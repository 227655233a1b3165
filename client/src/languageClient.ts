// Starts the bundled language server (dist/server.js) over IPC. The client never parses résumés:
// diagnostics, completions, preview HTML and stats all come from the server.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { resumeSelector } from './selector';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const files = vscode.workspace.getConfiguration('resumeStudio').get<string[]>('files') ?? [];
  const clientOptions: LanguageClientOptions = {
    documentSelector: resumeSelector(files),
    synchronize: {
      // The workspace config file (words, rule settings) and cspell's word lists (cspell.json files,
      // the cSpell.words setting) are read by the server; tell it when they change.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/.resume-studio.json'),
        vscode.workspace.createFileSystemWatcher('**/{.cspell.json,cspell.json,.cSpell.json,cSpell.json,cspell.config.json}'),
      ],
      configurationSection: ['resumeStudio', 'cSpell'],
    },
    outputChannelName: 'Résumé Studio',
    initializationOptions: { clientName: 'resume-studio-vscode' },
  };
  return new LanguageClient('resumeStudio', 'Résumé Studio', serverOptions, clientOptions);
}
