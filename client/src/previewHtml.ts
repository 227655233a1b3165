// The preview webview's page: the CSP, the toolbar and the rendered résumé. Pure (no vscode) so a
// test can load exactly this page in Chromium and check the CSP holds.
import { escapeHtml } from '../../server/src/engine/render/escape';

export interface PreviewPageOptions {
  /** Fresh per page load. */
  nonce: string;
  /** webview.cspSource: where media/ files are served from. */
  cspSource: string;
  /** URIs of media/preview.css and media/preview.js as the webview sees them. */
  styleUri: string;
  scriptUri: string;
  allowRemoteImages: boolean;
  timeline: boolean;
  theme: string;
  paper: 'letter' | 'a4';
  topLine: number;
  /** The previewed document, saved as webview state so VS Code can restore the panel. */
  sourceUri?: string;
  /** The server's render, or a message when there is nothing to render. */
  render?: { version: number; title: string; body: string; css: string; jobMatch?: string };
  message?: string;
}

export function previewCsp(o: Pick<PreviewPageOptions, 'nonce' | 'cspSource' | 'allowRemoteImages'>): string {
  return [
    "default-src 'none'",
    `style-src ${o.cspSource} 'nonce-${o.nonce}'`,
    `script-src 'nonce-${o.nonce}'`,
    `img-src ${o.cspSource}${o.allowRemoteImages ? ' https:' : ''}`,
    `font-src ${o.cspSource}`,
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export function previewHtml(o: PreviewPageOptions): string {
  const r = o.render;
  const opt = (value: string, label: string, current: string) => `<option value="${value}"${value === current ? ' selected' : ''}>${label}</option>`;
  const content = r ? r.body : `<p class="rs-preview-message">${escapeHtml(o.message ?? '')}</p>`;
  const attr = (s: string) => escapeHtml(s);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attr(previewCsp(o))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${attr(o.styleUri)}" nonce="${attr(o.nonce)}">
<style nonce="${attr(o.nonce)}">${(r?.css ?? '').replace(/<\/style/gi, '<\\/style')}</style>
<title>${escapeHtml(r?.title ?? 'Résumé Preview')}</title>
</head>
<body class="rs-preview${o.timeline ? '' : ' rs-no-timeline'}" data-version="${r?.version ?? -1}" data-top-line="${Math.max(0, Math.floor(o.topLine))}" data-uri="${attr(o.sourceUri ?? '')}">
<div class="rs-toolbar" role="toolbar" aria-label="Preview options">
  <label>Theme <select id="rs-theme">${opt('classic', 'Classic', o.theme)}${opt('modern', 'Modern', o.theme)}</select></label>
  <label>Paper <select id="rs-paper">${opt('letter', 'Letter', o.paper)}${opt('a4', 'A4', o.paper)}</select></label>
  <button id="rs-timeline-toggle" type="button" aria-pressed="${o.timeline}">Timeline</button>
  <span id="rs-pages" class="rs-pages" aria-live="polite"></span>
</div>
<div id="rs-job-match-root">${r?.jobMatch ?? ''}</div>
<main id="rs-root">${content}</main>
<script nonce="${attr(o.nonce)}" src="${attr(o.scriptUri)}"></script>
</body>
</html>`;
}
