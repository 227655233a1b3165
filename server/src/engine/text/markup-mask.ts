// Markdown's markup blanked (' ') or deleted ('\0') in place, the same length as the source, so
// what a reader sees stays where it was: the renderer's lossless check (render/leftovers.ts) reads
// the page's words from it, and the spelling rule the lines no field of the model holds.
import { decodeEntity } from '../parse/inline-clean';
import { TEMPLATE_NAMED_ARG, TEMPLATE_TAG } from './template-tags';

const GENERATOR_KEYS = /^(layout|permalink|template|theme|published|sitemap|lang|language|output|geometry|documentclass|fontsize|mainfont|css|style)$/i;
const BLOCK_TAGS = /^<\/?(br|p|div|li|ul|ol|tr|td|th|table|h[1-6]|hr|section|header|footer|article|blockquote|dd|dt|dl)\b/i;

const space = (m: string) => m.replace(/[^\n\r]/g, ' ');
const del = (m: string) => m.replace(/[^\n\r]/g, '\u0000');

// A site generator's template tag ("{{< timelineItem header="Acme" icon="work" >}}", "{% include
// base_path %}", "{{ site.email }}"): the generator's words, not the page's, but for the quoted
// values of named arguments that a theme prints ("Acme"; not an icon's, a class's or a file's name).
const TEMPLATE_TAG_G = new RegExp(TEMPLATE_TAG.source, 'g');
const TEMPLATE_VALUE_G = new RegExp(TEMPLATE_NAMED_ARG.source, 'g');
const UNPRINTED_ARG = /^(?:icon|src|class|id|style|width|height|image|img|href|link|url|target|rel|alt|type|size|colou?r|align|lang|ratio|loading|data-[\w-]+)$/i;
function templateTag(m: string): string {
  const out = space(m).split('');
  TEMPLATE_VALUE_G.lastIndex = 0;
  for (let g = TEMPLATE_VALUE_G.exec(m); g; g = TEMPLATE_VALUE_G.exec(m)) {
    if (UNPRINTED_ARG.test(g[1])) continue;
    const value = g[2] ?? g[3] ?? '';
    const at = g.index + g[0].length - 1 - value.length;
    for (let k = 0; k < value.length; k++) out[at + k] = value[k];
  }
  return out.join('');
}

/** Inline Markdown markup blanked or deleted; the text a reader sees stays where it was. */
export function maskInline(s: string): string {
  if (!/[<>\[\]*_`~&{]/.test(s)) return s;
  return s
    .replace(/<!--[\s\S]*?(?:-->|$)/g, del)
    // (Before HTML tags: "{{<timeline>}}" holds what reads as one.)
    .replace(TEMPLATE_TAG_G, templateTag)
    .replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, space)
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, (m) => (BLOCK_TAGS.test(m) ? space(m) : del(m)))
    // Link and image parts stop at "[" and "]", where another one could start, so each is read
    // once (issue 13: "![" or "[a](" repeated re-read the rest of the line from every one).
    .replace(/!\[[^[\]\n]*\]\([^)[\]\n]*\)/g, space)
    .replace(/\[([^[\]\n]*)\](\((?:<[^>\n]*>|[^()\s[\]]*(?:\([^()\s[\]]*\)[^()\s[\]]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\)|\[[^[\]\n]*\])/g, (m, t: string) => '\u0000' + t + del(m.slice(1 + t.length)))
    .replace(/<((?:https?|ftp|mailto):[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>/gi, (m) => '\u0000' + m.slice(1, -1) + '\u0000')
    .replace(/\{:[^{}\n]*\}|\{[#.][^{}\n]*\}/g, space)
    .replace(/\*+|`+|~~|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, del)
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      // (The reader's own table: a page prints what the parser read.)
      const c = decodeEntity(e);
      return c && c.length < m.length ? c + '\u0000'.repeat(m.length - c.length) : m;
    });
}

/** A Markdown document masked: front-matter keys and generator settings, reference definitions, inline markup. */
export function maskMarkdown(text: string): string {
  let fm = '';
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/.exec(text);
  if (m) {
    fm = m[0]
      .split(/(?<=\n)/)
      .map((line, i, all) => {
        if (i === 0 || i === all.length - 1) return space(line);
        const kv = /^(\s*(?:-\s+)?)([^\s:#][^:#]*)(:)(?=\s|$)/.exec(line);
        if (!kv) return /^\s*#/.test(line) ? space(line) : line;
        if (GENERATOR_KEYS.test(kv[2].trim())) return space(line);
        return kv[1] + space(kv[2] + kv[3]) + line.slice(kv[0].length);
      })
      .join('');
  }
  const body = text.slice(fm.length).replace(/^ {0,3}\[[^\]\n]+\]:[ \t]*\S+.*$/gm, space);
  return fm + maskInline(body);
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/**
 * The fence a Markdown line opens ("```js", "~~~"), as CommonMark reads it, or undefined: a
 * backtick fence's info string holds no backtick ("```subsea```" is inline code, no block).
 */
export function fenceOf(line: string): string | undefined {
  const m = FENCE_OPEN.exec(line);
  if (!m || (m[1][0] === '`' && m[2].includes('`'))) return undefined;
  return m[1];
}

/** Whether `line` closes the code block `fence` opened: the same character as many times or more, nothing after it. */
export function fenceCloses(line: string, fence: string): boolean {
  const m = FENCE_CLOSE.exec(line);
  return !!m && m[1][0] === fence[0] && m[1].length >= fence.length;
}
