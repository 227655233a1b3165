// Checks on rendered HTML shared by the renderer tests: parse it as a browser would (parse5) and
// assert nothing in it can run. Not a test file itself.
import assert from 'node:assert/strict';
import { parseFragment } from 'parse5';

export interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

export function walk(n: Node, visit: (n: Node, ancestors: Node[]) => void, ancestors: Node[] = []): void {
  visit(n, ancestors);
  for (const c of n.childNodes ?? []) walk(c, visit, [...ancestors, n]);
  if (n.content) walk(n.content, visit, [...ancestors, n]);
}

export function textOf(n: Node): string {
  if (n.nodeName === '#text') return n.value ?? '';
  return (n.childNodes ?? []).map(textOf).join('');
}

const ALLOWED_ELEMENTS = new Set([
  'article', 'header', 'h1', 'h2', 'h3', 'p', 'span', 'a', 'section', 'div', 'ul', 'ol', 'li', 'em', 'strong', 's', 'code', 'br',
  'figure', 'figcaption', 'blockquote', 'pre', 'hr', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'dl', 'dt', 'dd',
]);
const TIMELINE_ELEMENTS = new Set(['svg', 'g', 'rect', 'line', 'text', 'title']);
const ALLOWED_ATTRS = /^(class|href|rel|role|aria-[a-z]+|data-[a-z-]+|viewbox|width|height|x|y|x1|x2|y1|y2|rx|text-anchor|xmlns|start)$/i;

export function assertInert(html: string, where: string): void {
  const doc = parseFragment(html) as unknown as Node;
  walk(doc, (n, ancestors) => {
    if (!n.tagName) return;
    const inTimeline = ancestors.some((a) => a.attrs?.some((x) => x.name === 'class' && x.value.split(' ').includes('rs-timeline')));
    if (TIMELINE_ELEMENTS.has(n.tagName)) assert.ok(inTimeline, `${where}: <${n.tagName}> outside the renderer's own timeline`);
    else assert.ok(ALLOWED_ELEMENTS.has(n.tagName), `${where}: unexpected element <${n.tagName}>`);
    for (const a of n.attrs ?? []) {
      assert.ok(!/^on/i.test(a.name), `${where}: event handler attribute ${a.name} on <${n.tagName}>`);
      // markdown-it's table alignment is the one style attribute (the webview CSP ignores it anyway).
      if (a.name === 'style' && /^(th|td)$/.test(n.tagName) && /^text-align:(left|right|center)$/.test(a.value)) continue;
      assert.match(a.name, ALLOWED_ATTRS, `${where}: unexpected attribute ${a.name}="${a.value}" on <${n.tagName}>`);
      if (a.name === 'href') assert.match(a.value, /^(https?:\/\/|mailto:)/i, `${where}: unsafe href ${a.value}`);
    }
  });
}
