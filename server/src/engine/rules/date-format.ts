// date-format: dates written in more than one way (Feb / Feb. / February / 02/2019 / 2019-02),
// mixed range separators, mixed words for "ongoing". Each odd one out gets a fix that rewrites it
// like the majority, so "fix all" normalises the document.
import { defineRule, type Fix, type Report } from '../rule';
import type { DateRange, DateStyle, ResumeDate, Span } from '../model';
import { entriesOf } from '../analysis';
import { formatDate } from '../parse/dates';

type Options = Record<string, never>;
type MonthStyle = DateStyle['month'];

/**
 * The value most items have (by `key`); ties go to the one seen first. (Keyed in place: a list of
 * keys per vote was made for every date of the document.)
 */
function dominant<I, T>(items: readonly I[], key: (item: I) => T): { value: T; count: number } | undefined {
  const counts = new Map<T, number>();
  for (let ix = 0; ix < items.length; ix++) {
    const it = key(items[ix]);
    counts.set(it, (counts.get(it) ?? 0) + 1);
  }
  let best: { value: T; count: number } | undefined;
  for (const [value, count] of counts) if (!best || count > best.count) best = { value, count };
  return best;
}

/**
 * Whether a date's month style is consistent with the document's: "May" is its own abbreviation,
 * and house styles with dotted abbreviations (AP) spell out March to July.
 */
function compatible(d: ResumeDate, style: MonthStyle, dom: MonthStyle): boolean {
  if (style === dom) return true;
  const worded = (s: MonthStyle) => s === 'short' || s === 'short-dot' || s === 'long';
  if (d.month === 5 && worded(style) && worded(dom) && !d.text.includes('.')) return true;
  if (dom === 'short-dot' && style === 'long' && d.month! >= 3 && d.month! <= 7) return true;
  return false;
}

/** Rewrites a month-precision date in `style`, following the exemplar's padding and separator for numbers. */
function rewrite(d: ResumeDate, style: MonthStyle, exemplar: ResumeDate): string {
  if (style === 'numeric' || style === 'iso') {
    const m = style === 'iso' ? /^\d{4}([-/.])(\d{1,2})$/.exec(exemplar.text.trim()) : /^(\d{1,2})([/.])\d{4}$/.exec(exemplar.text.trim());
    const sep = m ? (style === 'iso' ? m[1] : m[2]) : style === 'iso' ? '-' : '/';
    const pad = m ? (style === 'iso' ? m[2] : m[1]).length === 2 : true;
    const mm = pad ? String(d.month).padStart(2, '0') : String(d.month);
    return style === 'iso' ? `${d.year}${sep}${mm}` : `${mm}${sep}${d.year}`;
  }
  return formatDate(d, style);
}

const PLANNED = /(?<=\s)(?:expected|exp\.|anticipated)\s*$/i;
const PLANNED_SEP = /\s*(?:expected|exp\.|anticipated)\s*$/i;
const MAYBE_PLANNED = /[ea]/i;

/** Where the separator of a two-date range sits (spaces around it included). */
function separatorSpan(r: DateRange, text: string): Span | undefined {
  if (!r.start || !r.separator) return undefined;
  const from = r.start.span.end;
  let to: number | undefined = r.end?.span.start;
  if (to === undefined && r.current && r.currentText) {
    const at = text.indexOf(r.currentText, from);
    if (at >= 0 && at < r.span.end) to = at;
  }
  if (to === undefined || to <= from) return undefined;
  // "Sep 2024 – Expected May 2026": the word says the end is planned; it is not part of the
  // separator, and a fix must not delete it.
  // Most separators (" – ", " to ") cannot hold these words: the patterns run only when a letter
  // they need is there (/i without /u folds no other character onto these ASCII letters).
  const planned = MAYBE_PLANNED.test(text.slice(from, to)) ? PLANNED.exec(text.slice(from, to)) : null;
  if (planned) to = from + planned.index;
  const between = text.slice(from, to);
  const sep = (MAYBE_PLANNED.test(r.separator) ? r.separator.replace(PLANNED_SEP, '') : r.separator).toLowerCase();
  return sep && between.toLowerCase().includes(sep) ? { start: from, end: to } : undefined;
}

/** Where the "Present" word of a current range sits. */
function currentSpan(r: DateRange, text: string): Span | undefined {
  if (!r.current || !r.currentText) return undefined;
  const from = r.start?.span.end ?? r.span.start;
  const at = text.indexOf(r.currentText, from);
  return at >= 0 && at + r.currentText.length <= r.span.end ? { start: at, end: at + r.currentText.length } : undefined;
}

/** CJK dates ("2019年3月") are not rewritten. A module constant: a literal in the loop is a new RegExp per date. */
const CJK = /[\u3000-\u9fff]/;

const fix = (title: string, span: Span, newText: string): Fix[] => [{ title, edits: [{ span, newText }], preferred: true }];

export default defineRule<Options>({
  id: 'date-format',
  description: 'Dates written in more than one style, with more than one range separator, or more than one word for "ongoing".',
  defaultSeverity: 'warning',
  formats: ['markdown', 'text'],
  options: {},
  docs: {
    why:
      'Recruiters scan the dates column first; "Feb 2019", "March 2020" and "04/2021" side by side look careless, and ' +
      'mixed formats trip applicant tracking systems. The rule finds the style most of your dates use (month style, ' +
      'range separator such as "–" or "to", and the word for an ongoing role such as "Present") and offers to rewrite ' +
      'each other date that way. "May" counts as every worded style, and with dotted abbreviations ("Jan.") March ' +
      'to July may be spelt out, as AP style does. Year-only dates and dates with a day are left alone. Only Markdown ' +
      'and text résumés are checked: in YAML, dates are data and the theme formats them.',
    sources: [
      'passfirstround.com playbook: Month + Year dates, "Present" for ongoing roles, one separator',
      'Silver.dev résumé guide: consistent, non-redundant dates',
      'proselint dates_times module (amperser/proselint): consistent date ranges',
    ],
    examples: [
      { bad: '### Engineer, Acme (Feb 2019 – Present)\n### Developer, Initech (March 2016 – 01/2019)', good: '### Engineer, Acme (Feb 2019 – Present)\n### Developer, Initech (Mar 2016 – Jan 2019)' },
      { bad: '### Engineer, Acme (2019 – Present)\n### Developer, Initech (2016 to 2018)\n### Intern, Hooli (2015 – Current)', good: '### Engineer, Acme (2019 – Present)\n### Developer, Initech (2016 – 2018)\n### Intern, Hooli (2015 – Present)' },
    ],
  },
  check(ctx) {
    const { text } = ctx;
    const ranges: DateRange[] = [];
    for (let ix = 0, ixs = entriesOf(ctx); ix < ixs.length; ix++) {
      const e = ixs[ix];
      if (e.dates) ranges.push(e.dates);
    }
    const reports: Report[] = [];

    // Month styles, over dates that name a month and a year as words or numbers (not CJK, not "Jan" alone).
    const dated: ResumeDate[] = [];
    // Dates with a day are never rewritten, but they show whether the writer names months in
    // words or numbers ("1 Sep 2012 – 31 Aug 2016" beside "03/2011" is a document in words).
    const withDay: ResumeDate[] = [];
    const collect = (d: ResumeDate | undefined) => {
      if (d && d.month && d.style.month !== 'none' && d.text.includes(String(d.year)) && !CJK.test(d.text)) {
        if (d.precision === 'month') dated.push(d);
        else if (d.precision === 'day') withDay.push(d);
      }
    };
    for (let ix = 0; ix < ranges.length; ix++) {
      const r = ranges[ix];
      collect(r.start);
      collect(r.end);
    }
    // "May" says nothing about the style; it does not vote.
    const votes = (d: ResumeDate) => !(d.month === 5 && !d.text.includes('.') && (d.style.month === 'long' || d.style.month === 'short'));
    const voters = dated.filter(votes);
    const familyVoters = [...voters, ...withDay.filter(votes)];
    // First words against numbers (the bigger choice), then the style within the winning family,
    // so "Mar. 2021", "June 2017", "Sept 2020" beside two "01/2015" dates are normalised to words.
    const family = (st: MonthStyle) => (st === 'numeric' || st === 'iso' ? 'number' : 'word');
    const domFamily = dominant(familyVoters, (d) => family(d.style.month));
    const inFamily = (list: ResumeDate[]) => list.filter((d) => family(d.style.month) === domFamily?.value);
    // The style within the family from month dates; from dated-with-day ones when no month date has it.
    const votersInFamily = inFamily(voters);
    const styleVoters = votersInFamily.length ? votersInFamily : inFamily(familyVoters);
    const dom = domFamily && dominant(styleVoters, (d) => d.style.month);
    if (dom) {
      const exemplar = styleVoters.find((d) => d.style.month === dom.value)!;
      for (let ix = 0; ix < dated.length; ix++) {
        const d = dated[ix];
        if (compatible(d, d.style.month, dom.value)) continue;
        // AP style (dotted abbreviations, March to July spelt out): follow it when the document
        // spells out one of those months and abbreviates none of them.
        const marchToJuly = (x: ResumeDate) => x.month! >= 3 && x.month! <= 7;
        const apStyle =
          dom.value === 'short-dot' && marchToJuly(d) &&
          dated.some((x) => x.style.month === 'long' && marchToJuly(x)) && !dated.some((x) => x.style.month === 'short-dot' && marchToJuly(x));
        const want = apStyle ? formatDate(d, 'long') : rewrite(d, dom.value, exemplar);
        if (want === d.text) continue;
        reports.push({
          message:
            `"${d.text}" is written differently from the other dates (${
              family(d.style.month) === domFamily!.value
                ? `most common style here: "${exemplar.text}", ${dom.count} of ${dated.length}`
                : `${domFamily!.count} of ${familyVoters.length} use month ${domFamily!.value === 'word' ? 'names' : 'numbers'}, like "${exemplar.text}"`
            }). ` +
            `Mixed date styles look careless to recruiters; write it as "${want}".`,
          span: d.span,
          fixes: fix(`Write "${want}"`, d.span, want),
        });
      }
    }

    // Range separators, compared without the spaces around them.
    // Each separator's text and comparison key, computed once.
    const seps: { span: Span; own: string; key: string }[] = [];
    for (let ix = 0; ix < ranges.length; ix++) {
      const r = ranges[ix];
      const span = separatorSpan(r, text);
      if (!span) continue;
      const own = text.slice(span.start, span.end);
      seps.push({ span, own, key: own.trim().toLowerCase() });
    }
    const domSep = dominant(seps, (s) => s.key);
    if (domSep) {
      const exText = seps.find((s) => s.key === domSep.value)!.own;
      for (let ix = 0; ix < seps.length; ix++) {
        const s = seps[ix];
        const own = s.own;
        if (s.key === domSep.value) continue;
        reports.push({
          message:
            `Range separator "${own.trim()}" differs from the "${exText.trim()}" used in ${domSep.count} of ${seps.length} date ranges. ` +
            `Use one separator throughout so the dates column reads cleanly; replace it with "${exText.trim()}".`,
          span: s.span,
          fixes: fix(`Use "${exText.trim()}"`, s.span, exText),
        });
      }
    }

    // The word for an ongoing role, as written (case included: "present" beside "Present" is mixed too).
    // (Only the ranges that have one: an object per range was made for every date.)
    const currents: { r: DateRange; span: Span }[] = [];
    for (let ix = 0; ix < ranges.length; ix++) {
      const span = currentSpan(ranges[ix], text);
      if (span) currents.push({ r: ranges[ix], span });
    }
    const domCur = dominant(currents, (c) => c.r.currentText!);
    if (domCur)
      for (let ix = 0; ix < currents.length; ix++) {
        const c = currents[ix];
        if (c.r.currentText === domCur.value) continue;
        reports.push({
          message:
            `"${c.r.currentText}" differs from the "${domCur.value}" used in ${domCur.count} of ${currents.length} ongoing roles. ` +
            `Use one word for ongoing roles; write "${domCur.value}".`,
          span: c.span,
          fixes: fix(`Write "${domCur.value}"`, c.span, domCur.value),
        });
      }

    for (let ix = 0; ix < reports.length; ix++) {
      const r = reports[ix];
      ctx.report(r);
    }
  },
});
