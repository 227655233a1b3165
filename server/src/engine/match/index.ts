// The job match (SPEC §12): a posting's important terms, and how much of them a résumé shows.
// A JobMatcher holds the compiled vocabulary and word lists and the last postings it read (keyed by
// their text), so the résumé side is all that runs on a keystroke in the résumé.
import type { Resume } from '../model';
import type { TodayLike } from '../dates-math';
import { Vocabulary } from './vocabulary';
import { PostingWords } from './words';
import { extractPosting, type PostingAnalysis, type PostingTerm } from './posting';
import { matchResume, PostingPatterns, type JobMatch } from './coverage';

export type { PostingAnalysis, PostingTerm, Level, TermKind, Mention } from './posting';
export type { JobMatch, TermMatch, TermUse, UseKind } from './coverage';
export { findJobDirective, type JobDirective } from './directive';

/** How many postings a matcher keeps read (a résumé is usually compared with one or two). */
const POSTINGS_KEPT = 4;

export class JobMatcher {
  readonly vocab: Vocabulary;
  readonly words: PostingWords;
  private readonly postings = new Map<string, PostingAnalysis>();
  /** The résumé-side patterns of each kept posting. */
  private readonly patterns = new WeakMap<PostingAnalysis, PostingPatterns>();

  constructor(vocab = new Vocabulary()) {
    this.vocab = vocab;
    this.words = new PostingWords((phrase) => this.vocab.tokens(phrase).key.join(' '));
  }

  /** The posting's terms, read once per text. */
  posting(text: string): PostingAnalysis {
    let p = this.postings.get(text);
    if (p) {
      // Most recently used last.
      this.postings.delete(text);
      this.postings.set(text, p);
      return p;
    }
    p = extractPosting(text, this.vocab, this.words);
    this.postings.set(text, p);
    while (this.postings.size > POSTINGS_KEPT) this.postings.delete(this.postings.keys().next().value!);
    return p;
  }

  /** Matches a parsed résumé against a posting. */
  match(resume: Resume, resumeText: string, postingText: string, today: TodayLike): JobMatch {
    const posting = this.posting(postingText);
    let patterns = this.patterns.get(posting);
    if (!patterns) this.patterns.set(posting, (patterns = new PostingPatterns(posting)));
    return matchResume(resume, resumeText, posting, patterns, this.vocab, today);
  }

  /** The identities a phrase may have as a term (for scoring labels): vocabulary entry, years, words. */
  keysOf(phrase: string, years?: number): string[] {
    if (years !== undefined) return [`y:${years}`];
    const out: string[] = [];
    const e = this.vocab.lookup(phrase);
    if (e) out.push(`v:${e.id}`);
    out.push(`u:${this.vocab.tokens(phrase).key.join(' ')}`);
    return out;
  }

  keysOfTerm(term: PostingTerm): string[] {
    if (term.entry) return [term.key, `u:${this.vocab.tokens(term.entry.name).key.join(' ')}`];
    return [term.key];
  }
}
