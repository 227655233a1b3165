// How a job match is told: the one-line summary (diagnostic, CLI), the hover on a matched term,
// and the "Job match" part of the preview (coverage bar, matched and missing terms, each use a
// button that jumps to it). Pure: every text from the résumé or the posting is escaped.
import { escapeHtml } from '../render/escape';
import type { JobMatch, TermMatch, UseKind } from './coverage';
import { USE_CREDIT } from './coverage';
import type { Level, PostingTerm } from './posting';

export const LEVEL_LABEL: Record<Level, string> = {
  title: 'job title',
  required: 'required',
  responsibility: 'responsibility',
  preferred: 'nice to have',
  other: 'mentioned',
};

export const USE_LABEL: Record<UseKind, string> = {
  experience: 'experience bullet',
  title: 'role title',
  summary: 'summary',
  education: 'education',
  certification: 'certifications',
  skills: 'skills list',
  other: 'elsewhere',
};

export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** "Kubernetes (required)". */
export function termLabel(t: PostingTerm): string {
  return `${t.name} (${LEVEL_LABEL[t.level]})`;
}

/** The summary: the figure, the heaviest missing terms, and what to do. */
export function summaryMessage(m: JobMatch, postingName: string, top = 5): string {
  const total = m.terms.length;
  const head = `Job match with ${postingName}: ${percent(m.coverage)} of the posting's weighted terms (${m.matched.length} of ${total} shown).`;
  if (!m.missing.length) {
    const thin = m.matched.filter((x) => x.credit < 1).map((x) => x.term.name);
    return thin.length
      ? `${head} Every term is there; ${thin.slice(0, top).join(', ')} ${thin.length === 1 ? 'is' : 'are'} only listed, not shown in an experience bullet: add a bullet that uses ${thin.length === 1 ? 'it' : 'them'}.`
      : `${head} Every term it asks for is shown in your experience.`;
  }
  const names = m.missing.slice(0, top).map((x) => termLabel(x.term));
  const more = m.missing.length > top ? ` and ${m.missing.length - top} more` : '';
  return `${head} Missing: ${names.join(', ')}${more}. Add the ones you have to an experience bullet (a bullet counts more than the skills list); open the preview's Job match part for all of them.`;
}

/** The posting's words where it asks for the term (its first, strongest mention), one line. */
export function askedFor(term: PostingTerm, postingText: string): string {
  const best = [...term.mentions].sort((a, b) => levelRank(b.level) - levelRank(a.level))[0] ?? term.mentions[0];
  if (!best) return '';
  const lineStart = postingText.lastIndexOf('\n', best.start - 1) + 1;
  let lineEnd = postingText.indexOf('\n', best.end);
  if (lineEnd < 0) lineEnd = postingText.length;
  let line = postingText.slice(lineStart, lineEnd).replace(/^\s*(?:[-*•·]|\d+[.)])\s+/, '').trim();
  if (line.length > 160) {
    const at = Math.max(0, best.start - lineStart - 60);
    line = `${at > 0 ? '…' : ''}${postingText.slice(lineStart + at, Math.min(lineEnd, lineStart + at + 160)).trim()}…`;
  }
  return line;
}

function levelRank(l: Level): number {
  return l === 'title' ? 4 : l === 'required' ? 3 : l === 'responsibility' ? 2 : l === 'preferred' ? 1 : 0;
}

/** Markdown for a hover on a résumé word that answers a posting's term, or undefined. */
export function hoverMarkdown(m: JobMatch, offset: number, postingText: string, postingName: string): { contents: string; start: number; end: number } | undefined {
  for (const tm of m.matched) {
    for (const use of tm.uses) {
      if (offset < use.start || offset > use.end) continue;
      const t = tm.term;
      const quote = askedFor(t, postingText);
      const line = t.mentions[0] ? ` (line ${t.mentions[0].line + 1})` : '';
      const via = use.via ? ` — your *${use.via}* answers it` : use.text.toLowerCase() !== t.name.toLowerCase() ? ` — written here as “${use.text}”` : '';
      const credit = USE_CREDIT[use.kind] >= 1 || t.kind === 'certification' || t.kind === 'degree' ? 'full credit' : `${percent(USE_CREDIT[use.kind])} credit: show it in an experience bullet for full credit`;
      const contents = [
        `**Job match: ${escapeMd(t.name)}** answers a *${LEVEL_LABEL[t.level]}* term of ${escapeMd(postingName)}${via}.`,
        quote ? `> ${escapeMd(quote)}${line}` : '',
        `Here in your ${USE_LABEL[use.kind]} (${credit}); used ${tm.uses.length === 1 ? 'once' : `${tm.uses.length} times`} in the résumé.`,
      ]
        .filter(Boolean)
        .join('\n\n');
      return { contents, start: use.start, end: use.end };
    }
  }
  return undefined;
}

function escapeMd(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}

/**
 * The "Job match" part of the preview. `lineOf` gives an offset's 0-based line and column in the
 * résumé, for the buttons that jump to a use.
 */
export function jobMatchHtml(m: JobMatch, postingName: string, lineOf: (offset: number) => { line: number; character: number }): string {
  const pct = Math.round(m.coverage * 100);
  const e = escapeHtml;
  const parts: string[] = [];
  parts.push(`<section class="rs-job-match" aria-label="Job match">`);
  parts.push(
    `<header class="rs-jm-head"><h2>Job match</h2><span class="rs-jm-posting">${e(postingName)}</span>` +
      `<meter class="rs-jm-bar" min="0" max="100" low="50" high="75" optimum="100" value="${pct}" aria-label="Coverage ${pct}%">${pct}%</meter>` +
      `<strong class="rs-jm-figure">${pct}%</strong></header>`,
  );
  parts.push(`<p class="rs-jm-note">${m.matched.length} of ${m.terms.length} terms the posting asks for are in your résumé, weighted by where the posting puts them and where you show them (an experience bullet counts more than the skills list). Click a term to go to it.</p>`);
  if (m.missing.length) {
    parts.push(`<h3>Missing (${m.missing.length})</h3><ul class="rs-jm-missing">`);
    for (const x of m.missing) parts.push(`<li class="rs-jm-term rs-jm-level-${x.term.level}" title="${e(x.note ?? `Asked for as ${LEVEL_LABEL[x.term.level]}`)}">${e(x.term.name)} <span class="rs-jm-level">${e(LEVEL_LABEL[x.term.level])}</span></li>`);
    parts.push('</ul>');
  }
  if (m.matched.length) {
    parts.push(`<h3>In your résumé (${m.matched.length})</h3><ul class="rs-jm-matched">`);
    for (const x of m.matched) parts.push(`<li class="rs-jm-term rs-jm-level-${x.term.level}">${matchedItem(x, lineOf)}</li>`);
    parts.push('</ul>');
  }
  parts.push('</section>');
  return parts.join('');
}

function matchedItem(x: TermMatch, lineOf: (offset: number) => { line: number; character: number }): string {
  const e = escapeHtml;
  if (!x.uses.length) return `${e(x.term.name)} <span class="rs-jm-where">${e(x.note ?? '')}</span>`;
  const first = x.uses[0];
  const pos = lineOf(first.start);
  const end = lineOf(first.end);
  const where = `${USE_LABEL[first.kind]}${x.uses.length > 1 ? ` · ${x.uses.length} uses` : ''}${first.via ? ` · as ${first.via}` : ''}`;
  return (
    `<button type="button" class="rs-jm-use" data-line="${pos.line}" data-col="${pos.character}" data-end-col="${end.line === pos.line ? end.character : pos.character}" title="Go to line ${pos.line + 1}">${e(x.term.name)}</button>` +
    ` <span class="rs-jm-where">${e(where)}</span>${x.credit < 1 ? ` <span class="rs-jm-thin">${first.kind === 'skills' ? 'only listed' : 'not in a bullet'}</span>` : ''}`
  );
}

/** Styles for the Job match part (the preview's own stylesheet has none for it). */
export const JOB_MATCH_CSS = `
.rs-job-match{margin:0 auto 16px;max-width:8.5in;padding:12px 16px;border:1px solid rgba(128,128,128,.35);border-radius:6px;font:13px/1.45 system-ui,sans-serif;background:var(--vscode-editor-background,#fff);color:var(--vscode-foreground,#222)}
.rs-jm-head{display:flex;align-items:center;gap:12px;flex-wrap:wrap}
.rs-jm-head h2{font-size:15px;margin:0}
.rs-jm-posting{opacity:.75}
.rs-jm-bar{flex:1;min-width:120px;height:14px}
.rs-jm-figure{font-size:15px}
.rs-jm-note{margin:6px 0;opacity:.8}
.rs-job-match h3{font-size:13px;margin:10px 0 4px}
.rs-jm-missing,.rs-jm-matched{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px}
.rs-jm-term{border:1px solid rgba(128,128,128,.4);border-radius:12px;padding:2px 8px}
.rs-jm-missing .rs-jm-term{border-color:#c5532b}
.rs-jm-level,.rs-jm-where,.rs-jm-thin{font-size:11px;opacity:.75}
.rs-jm-thin{color:#b26b00;opacity:1}
.rs-jm-use{font:inherit;color:inherit;background:none;border:none;padding:0;text-decoration:underline;cursor:pointer}
@media print{.rs-job-match{display:none}}
`;
