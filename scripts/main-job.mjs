// `npm start`: the main job. Builds every bundle, packages resume-studio.vsix and the npm tarball
// (resume-studio-<version>.tgz: `npm install -g` it for the `resume-studio` command and language
// server in any LSP editor), then lints and renders the bundled sample with the CLI, as a user would.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packNpm } from './pack-npm.mjs';

const root = new URL('..', import.meta.url).pathname;
function run(title, cmd, args, okCodes = [0]) {
  console.log(`\n> ${title}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.error || !okCodes.includes(r.status ?? -1)) {
    console.error(`\n${title} failed (exit ${r.status ?? r.error?.message}). Fix the error above and run \`npm start\` again.`);
    process.exit(1);
  }
  return r.status;
}

run('Build bundles', process.execPath, ['scripts/build.mjs']);
run('Package resume-studio.vsix', process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', 'resume-studio.vsix']);
// (yazl writes at zlib's default level; every entry again at level 9 keeps the .vsix inside 2 MB.)
run('Recompress resume-studio.vsix', process.execPath, [join(root, 'scripts/zip-max.mjs'), 'resume-studio.vsix']);
console.log(`  resume-studio.vsix: ${(statSync(join(root, 'resume-studio.vsix')).size / 1024).toFixed(0)} KB`);
console.log('\n> Pack the npm tarball (CLI + language server for any LSP editor)');
let tarball;
try {
  tarball = packNpm(root);
} catch (e) {
  console.error(`\nPacking the npm tarball failed: ${e.message} Fix the error above and run \`npm start\` again.`);
  process.exit(1);
}
console.log(`  ${relative(root, tarball)}: ${(statSync(tarball).size / 1024).toFixed(0)} KB (install: npm install -g ./${relative(root, tarball)})`);
const samples = readdirSync(join(root, 'samples')).filter((f) => !f.startsWith('.')).map((f) => join('samples', f));
// Lint exits 1 when a sample has an error-level finding; the samples are written with deliberate
// weaknesses, so 0 and 1 are both a working run; 2 means the CLI itself failed.
run('Lint the bundled samples', process.execPath, ['dist/cli.js', 'lint', ...samples], [0, 1]);
mkdirSync(join(root, 'out'), { recursive: true });
run('Render samples/resume.md to out/sample.html', process.execPath, ['dist/cli.js', 'render', 'samples/resume.md', '-o', 'out/sample.html', '--force']);
console.log(`\nDone: resume-studio.vsix and ${relative(root, tarball)} packaged, samples linted, out/sample.html rendered.`);
