// Inline Markdown (emphasis, code, links) inside bullets and the summary, through markdown-it with
// raw HTML off and a link validator that keeps only http(s) and mailto links. Images are off too:
// a résumé must not make the preview load anything remote.
import type MarkdownIt from 'markdown-it';
import { escapeHtml, isSafeHref } from './escape';

let md: MarkdownIt.MarkdownIt | undefined;

// Required at the first render, not at load: see markdown-lib.ts.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const markdownIt = (): typeof MarkdownIt => (require('./markdown-lib') as typeof import('./markdown-lib')).MarkdownIt;

/** Open links while rendering one text, so a refused link's close tag matches its open. */
interface LinkEnv {
  linkStack?: boolean[];
}

function markdown(): MarkdownIt.MarkdownIt {
  if (md) return md;
  const m = new (markdownIt())('default', { html: false, linkify: false, typographer: false, breaks: false });
  m.disable(['image', 'html_inline', 'html_block']);
  m.validateLink = (url: string) => isSafeHref(url);
  // markdown-it keeps a refused link as <a href="">; print it as plain text instead, and mark
  // kept links so they never open inside the preview (the preview script sends them outside).
  m.renderer.rules.link_open = (tokens, idx, _opts, e) => {
    const env = e as LinkEnv;
    const href = String(tokens[idx].attrGet('href') ?? '');
    const ok = isSafeHref(href);
    (env.linkStack ??= []).push(ok);
    return ok ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">` : '<span class="rs-link">';
  };
  m.renderer.rules.link_close = (_tokens, _idx, _opts, e) => ((e as LinkEnv).linkStack?.pop() ? '</a>' : '</span>');
  md = m;
  return m;
}

/** One line of résumé text as safe inline HTML. `markup: false` (plain text résumés) escapes only. */
export function renderInline(text: string, markup = true): string {
  if (!markup) return escapeHtml(text);
  // Soft breaks inside a wrapped bullet read as spaces, as on paper.
  return markdown().renderInline(text, {}).replace(/\n/g, ' ');
}

/**
 * A block of Markdown (a section the parser found no entries in) as safe HTML. Block elements get
 * data-line (`firstLine` + their line in `text`) so scroll sync and double-click work inside it.
 */
export function renderBlock(text: string, firstLine = 0): string {
  const m = markdown();
  const env = {};
  const tokens = m.parse(text, env);
  for (const t of tokens) if (t.map && t.nesting === 1) t.attrSet('data-line', String(firstLine + t.map[0]));
  return m.renderer.render(tokens, m.options, env);
}
