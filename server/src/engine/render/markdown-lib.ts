// markdown-it, for the preview and export only: the language server loads it from a file of its
// own (dist/markdown-lib.js) the first time it renders, so a start that only lints never parses
// it (scripts/build.mjs). Everything else bundles it as it is.
import MarkdownIt from 'markdown-it';

export { MarkdownIt };
