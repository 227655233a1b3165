// A rendered résumé as one standalone HTML document (export to HTML, the PDF's input, the CLI's
// `render`). No markdown-it here so the client can import it without growing its bundle.
import { escapeHtml } from './escape';

export interface RenderedParts {
  title: string;
  body: string;
  css: string;
}

export interface DocumentOptions {
  /** Allow https: images (resumeStudio.preview.allowRemoteImages); otherwise nothing remote loads. */
  allowRemoteImages?: boolean;
  lang?: string;
}

/** The parts wrapped in a complete document with its CSS embedded and a CSP that forbids scripts. */
export function standaloneHtml(parts: RenderedParts, opts: DocumentOptions = {}): string {
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:${opts.allowRemoteImages ? ' https:' : ''}; form-action 'none'; base-uri 'none'`;
  return (
    '<!DOCTYPE html>\n' +
    `<html lang="${escapeHtml(opts.lang ?? 'en')}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="generator" content="Résumé Studio">\n' +
    `<title>${escapeHtml(parts.title)}</title>\n<style>\n${parts.css.replace(/<\/style/gi, '<\\/style')}\n` +
    'body { margin: 0; background: #fff; }\n' +
    '@media screen { body { background: #e8e8e8; padding: 24px 0; } .rs-resume { box-shadow: 0 1px 6px rgba(0,0,0,.25); min-height: var(--rs-paper-height); } }\n' +
    `</style>\n</head>\n<body>\n${parts.body}\n</body>\n</html>\n`
  );
}

/**
 * The body without the career timeline (it leads the preview body; exports leave it out). Résumé
 * text is escaped, so the first "</figure>" can only be the timeline's own.
 */
export function withoutTimeline(body: string): string {
  return body.startsWith('<figure class="rs-timeline') ? body.slice(body.indexOf('</figure>') + '</figure>'.length).replace(/^\n/, '') : body;
}
