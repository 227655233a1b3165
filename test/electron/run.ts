// `npm run test:electron`: the same editor checks in a downloaded VS Code via @vscode/test-electron,
// for machines that can reach the VS Code download servers. CI here cannot: it runs the
// code-server suite (test/e2e) instead.
import { runTests } from '@vscode/test-electron';
import { join } from 'node:path';
import { repoRoot } from '../util/paths';

async function main(): Promise<void> {
  try {
    await runTests({
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: join(repoRoot, 'out/electron/suite.js'),
      launchArgs: [join(repoRoot, 'samples'), '--disable-extensions', '--skip-welcome', '--skip-release-notes'],
    });
  } catch (e) {
    console.error(`The @vscode/test-electron suite failed: ${(e as Error).message}.\nIf VS Code could not be downloaded, run \`npm run test:e2e\` (code-server) instead.`);
    process.exit(1);
  }
}
void main();
