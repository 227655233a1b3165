// The `yaml` package's functions and classes, taken from its browser build: the same source as
// its Node build minus one thing, a `process.env.LOG_TOKENS` read for every token in Parser.next
// (a call into C++ each time, ~18% of parsing a 5 KB résumé; parsing takes about half the time
// without it). The package's "exports" hide browser/, hence the path: esbuild bundles the file,
// and fails the build if it ever moves. Types still come from 'yaml' itself.
import type * as Yaml from 'yaml';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = require('../../../../node_modules/yaml/browser/dist/index.js') as typeof Yaml;

export const { parseDocument, isAlias, isMap, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq } = yaml;
