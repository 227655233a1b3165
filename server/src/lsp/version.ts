// The package version, read at run time from the package.json beside the bundle (dist/..),
// so the server, the CLI and SARIF output report the version that was installed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let cached: string | undefined;

export function packageVersion(): string {
  if (cached) return cached;
  for (const dir of [join(__dirname, '..'), join(__dirname, '..', '..'), join(__dirname, '..', '..', '..')]) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'resume-studio' && pkg.version) return (cached = pkg.version);
    } catch {
      /* try the next folder up */
    }
  }
  return (cached = '0.0.0');
}
