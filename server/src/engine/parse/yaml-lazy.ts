// The YAML readers pull in the `yaml` package (10–20 ms to load): loaded on the first YAML or JSON
// résumé (or Markdown page whose front matter lists roles), so Markdown and text users never pay for
// it at startup. The bundle is CommonJS, where esbuild turns this require() into a deferred module
// initialiser. One loader for every caller (parse/index.ts, front-matter.ts).
type YamlModule = typeof import('./yaml');
let yamlModule: YamlModule | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const yamlReader = (): YamlModule => (yamlModule ??= require('./yaml') as YamlModule);
