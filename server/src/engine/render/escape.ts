// HTML escaping for every piece of résumé text the renderer emits: the résumé is untrusted input
// (a pasted template can carry <script> or onerror=), so nothing from it is ever written raw.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and for double- or single-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Schemes a link from a résumé may use; everything else (javascript:, data:, vbscript:, file:) is refused. */
const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;

/** True when `href` may appear in an href attribute of the rendered résumé. */
export function isSafeHref(href: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:"),
  // so the check runs on the URL exactly as it will be written, after trimming nothing.
  return SAFE_HREF.test(href) && !/[\u0000-\u001f\u007f]/.test(href);
}

/** A link for a contact or profile value: the URL itself, https:// for bare domains, undefined when it is no URL. */
export function profileHref(value: string): string | undefined {
  const v = value.trim();
  if (/^https?:\/\/[^\s<>"']+$/i.test(v)) return v;
  if (/^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/[^\s<>"']*)?$/i.test(v)) return `https://${v}`;
  return undefined;
}

/** mailto: link for something that looks like one e-mail address. */
export function emailHref(value: string): string | undefined {
  const v = value.trim().replace(/^mailto:/i, '');
  return /^[^\s@<>"'():;,]+@[^\s@<>"'():;,]+\.[^\s@<>"'():;,]+$/.test(v) ? `mailto:${v}` : undefined;
}
