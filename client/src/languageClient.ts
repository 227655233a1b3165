// Starts the bundled language server (dist/server.js) over IPC. The client never parses résumés:
// diagnostics, completions, highlighting, preview HTML and stats all come from the server.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { currentSelector } from './documents';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Résumés in their own languages, by name, resumeStudio.files and "Treat This File as a Résumé".
    documentSelector: currentSelector(),
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
    // selectsResumes: every document this client sends is one the user means as a résumé, whatever its name.
    initializationOptions: { clientName: 'resume-studio-vscode', selectsResumes: true },
  };
  return new LanguageClient('resumeStudio', 'Résumé Studio', serverOptions, clientOptions);
}
