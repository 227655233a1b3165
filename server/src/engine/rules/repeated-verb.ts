// repeated-verb: the same opening verb on too many bullets of one role, or of the whole résumé.
// "Managed" and "Manage" count as the same verb.
import { defineRule, type Fix } from '../rule';
import { bulletOffset, type Bullet, type Entry, type Span } from '../model';
import { bulletsOf, type LintAnalysis } from '../analysis';
import { categoryOfVerb, isPastForm, isPresentForm, lemma, matchCase, verbsByCategory, type VerbCategory, type VerbForms } from '../data/verbs';
import { openingVerbWord, roleTense } from '../text/role-tense';
import { lettersOnly } from '../text/words';

type Options = Record<string, unknown> & { maxPerRole: number; maxPerDocument: number };

interface Opener {
  /** The opening verb as written, and its document span. */
  text: string;
  span: Span;
  base: string;
  entry: Entry;
  reported: boolean;
}

/** A bullet's strong opening verb as offsets in its text and the verb's base form (no slices of the document, which a memo would keep alive). */
type StrongOpener = { start: number; end: number; base: string } | null;

function strongOpenerOf(bullet: Bullet): StrongOpener {
  const w = openingVerbWord(bullet);
  if (!w || !lettersOnly(w.text)) return null;
  const base = lemma(w.text);
  // Strong verbs only: weak openers are weak-verb's business, and reporting them twice is noise.
  if (!base || !categoryOfVerb(base)) return null;
  return { start: w.start, end: w.end, base };
}

/**
 * The bullet's opening verb when it is a strong one, with its base form, else null. A pure
 * function of the text, kept with the bullet's piece record (analysis.ts): most bullets are the
 * same at the next lint. A new bullet is read from the bullet itself, whose opening words other
 * verb rules may have read already.
 */
function strongOpener(bullet: Bullet, entry: Entry, analysis: LintAnalysis | undefined): Opener | null {
  let v: StrongOpener;
  if (analysis) {
    const record = analysis.bulletRecord(bullet);
    if (record.strongOpener === undefined) record.strongOpener = strongOpenerOf(bullet);
    v = record.strongOpener as StrongOpener;
  } else v = strongOpenerOf(bullet);
  if (!v) return null;
  const span = { start: bulletOffset(bullet, v.start), end: bulletOffset(bullet, v.end) };
  return { text: bullet.text.slice(v.start, v.end), span, base: v.base, entry, reported: false };
}

export default defineRule<Options>({
  id: 'repeated-verb',
  description: 'The same opening verb on more than 2 bullets of a role or more than 4 in the résumé.',
  defaultSeverity: 'info',
  options: {
    maxPerRole: { type: 'integer', description: 'Bullets of one role that may open with the same verb.', default: 2, minimum: 1 },
    maxPerDocument: { type: 'integer', description: 'Bullets of the whole résumé that may open with the same verb.', default: 4, minimum: 1 },
  },
  docs: {
    why:
      'A recruiter skimming the left edge of your bullets sees "Led, Led, Led" and reads it as one thing done ' +
      'three times. Varying the opening verb shows range (you built, cut, mentored, negotiated) and keeps the page ' +
      'readable. The rule counts each verb in all its forms ("Managed" and "Manage" are one verb) and suggests ' +
      'strong verbs of the same kind that the résumé does not use yet.',
    sources: [
      'candidate.so, "Action verbs" glossary: no more than two bullets with the same opening verb per role',
      'randommanager.blogspot.com, "Resume dos and don\'ts" (2008): vary your verbs',
    ],
    examples: [
      {
        bad: '- Led the billing rewrite\n- Led hiring for the platform team\n- Led the on-call rotation',
        good: '- Led the billing rewrite\n- Hired 4 engineers for the platform team\n- Ran the on-call rotation',
      },
    ],
  },
  check(ctx) {
    const { maxPerRole, maxPerDocument } = ctx.options;
    const openers: Opener[] = [];
    for (let ix = 0, ixs = bulletsOf(ctx); ix < ixs.length; ix++) {
      const { bullet, entry } = ixs[ix];
      const o = strongOpener(bullet, entry, ctx.analysis);
      if (o) openers.push(o);
    }
    const usedAnywhere = new Set(openers.map((o) => o.base));
    let rotation = 0;
    const pools = new Map<VerbCategory, readonly VerbForms[]>();

    const report = (o: Opener, message: string): void => {
      o.reported = true;
      // Past the cap, counted only; the rotation moves on as if its fixes were built, so the fixes
      // of the ones listed stay the same.
      if (ctx.beyondCap?.(o.span)) {
        rotation++;
        return;
      }
      const { alts, titles, hint } = alternatives(o, rotation++);
      const fixes: Fix[] = alts.map((a, i) => ({ title: titles[i], edits: [{ span: o.span, newText: a }], preferred: i === 0 }));
      ctx.report({ message: message + hint + '.', span: o.span, fixes: fixes.length ? fixes : undefined, data: { alternatives: alts.slice() } });
    };

    /**
     * Alternatives with their fix titles and message hint, built once per written word, tense and
     * rotation: a long résumé repeats the same few verbs thousands of times (10 ms of 60 at 500 KB).
     * Per written word: its tense when the word alone tells it, and what was built, by slot.
     */
    type Built = { alts: string[]; titles: string[]; hint: string };
    const byWritten = new Map<string, { past: boolean | undefined; built: Built[] }>();

    /** Same-kind strong verbs the résumé does not open with yet, in the tense of the word replaced. */
    function alternatives(o: Opener, rot: number): Built {
      const c = categoryOfVerb(o.base)!;
      let pool = pools.get(c);
      if (!pool) pools.set(c, (pool = verbsByCategory[c].filter((v) => !usedAnywhere.has(v.present.toLowerCase()))));
      const written = o.text;
      let w = byWritten.get(written);
      if (!w) {
        const isPast = isPastForm(written);
        const isPresent = isPresentForm(written);
        byWritten.set(written, (w = { past: isPast && !isPresent ? true : isPresent && !isPast ? false : undefined, built: [] }));
      }
      const past = w.past ?? roleTense(o.entry, ctx.today) !== 'present';
      // The written word fixes its base, hence its pool: only the tense and the rotation's remainder vary.
      const slot = pool.length ? (past ? pool.length : 0) + (rot % pool.length) : 0;
      let b = w.built[slot];
      if (!b) {
        const alts: string[] = [];
        // Rotate so that fixing every repeat at once does not pile them all onto the same new verb.
        for (let i = 0; i < Math.min(3, pool.length); i++) {
          const v = pool[(rot + i) % pool.length];
          alts.push(matchCase(past ? v.past : isThird(written) ? v.third : v.present, written));
        }
        const titles = alts.map((a) => `Replace "${written}" with "${a}"`);
        const hint = alts.length ? `, e.g. ${alts.map((a) => `"${a}"`).join(', ')}` : '';
        w.built[slot] = b = { alts, titles, hint };
      }
      return b;
    }

    const byRole = new Map<Entry, Map<string, Opener[]>>();
    for (let ix = 0; ix < openers.length; ix++) {
      const o = openers[ix];
      let m = byRole.get(o.entry);
      if (!m) byRole.set(o.entry, (m = new Map()));
      const list = m.get(o.base) ?? [];
      list.push(o);
      m.set(o.base, list);
    }
    for (const m of byRole.values())
      for (const list of m.values())
        if (list.length > maxPerRole)
          for (let i = maxPerRole; i < list.length; i++) {
            const o = list[i];
            report(o, `"${o.text}" opens ${list.length} bullets in this role; use it at most ${maxPerRole} times and vary the others`);
          }

    const byBase = new Map<string, Opener[]>();
    for (let ix = 0; ix < openers.length; ix++) {
      const o = openers[ix];
      const list = byBase.get(o.base);
      if (list) list.push(o);
      else byBase.set(o.base, [o]);
    }
    for (const list of byBase.values()) {
      if (list.length <= maxPerDocument) continue;
      let kept = 0;
      for (let iy = 0; iy < list.length; iy++) {
        const o = list[iy];
        if (o.reported) continue;
        if (++kept <= maxPerDocument) continue;
        report(o, `"${o.text}" opens ${list.length} bullets in this résumé; use it at most ${maxPerDocument} times and vary the others`);
      }
    }
  },
});

function isThird(w: string): boolean {
  return /s$/i.test(w) && lemma(w) !== w.toLowerCase();
}
