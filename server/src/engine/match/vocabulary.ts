// The skill vocabulary (data/skills.json, with its provenance) compiled for matching: a trie of
// token keys, so the longest known name at each word is found in one walk ("Google Cloud
// Platform" before "Google Cloud"), with each name's synonyms and abbreviations leading to one
// entry (K8s = Kubernetes, JS = JavaScript, Postgres = PostgreSQL).
import skills from './data/skills.json';
import { keyOf, tokenize, type Tokens } from './tokens';

export type VocabKind = 'title' | 'skill' | 'tool' | 'platform' | 'certification' | 'degree';

export interface VocabEntry {
  id: number;
  /** The canonical name, as shown to the user. */
  name: string;
  kind: VocabKind;
  /** Every way of writing it (the canonical name first), as in the data file. */
  aliases: string[];
  /** Entries this one also satisfies (a Master's degree satisfies "Bachelor's degree"). */
  implies: VocabEntry[];
  /** The aliases that match only with the same letter case ("Go"). */
  exact: Set<string>;
  /** Entries that imply this one (a Master's for "Bachelor's degree"). */
  impliedBy: VocabEntry[];
  /** Each alias as tokens: keys, and the words as written when it matches only as written. */
  patterns: { keys: string[]; exact?: string[] }[];
}

interface Ending {
  entry: VocabEntry;
  /** For names that match only as written ("=Go"): the tokens exactly. */
  exact?: string[];
}

class TrieNode {
  next: Map<string, TrieNode> | undefined;
  ends: Ending[] | undefined;
}

export interface VocabHit {
  entry: VocabEntry;
  /** Number of tokens matched. */
  length: number;
}

interface SkillsFile {
  provenance: string;
  groups: Record<string, string[]>;
}

/** The compiled vocabulary. Build one and keep it (compiling takes a few milliseconds). */
export class Vocabulary {
  readonly entries: VocabEntry[] = [];
  private readonly root = new TrieNode();
  private readonly byName = new Map<string, VocabEntry>();
  /** Lower-case words with a slash that are names in their own right ("ci/cd", "tcp/ip"). */
  private readonly slashWords = new Set<string>();
  readonly split = (lowerWord: string): boolean => !this.slashWords.has(lowerWord);
  readonly provenance: string;

  constructor(data: SkillsFile = skills as SkillsFile) {
    this.provenance = data.provenance;
    const pendingImplies: [VocabEntry, string][] = [];
    for (const [group, list] of Object.entries(data.groups)) {
      for (const line of list) {
        const parts = line.split('|');
        const implies = parts.filter((p) => p.startsWith('>')).map((p) => p.slice(1));
        const aliases = parts.filter((p) => !p.startsWith('>'));
        const name = aliases[0].replace(/^=/, '');
        const entry: VocabEntry = { id: this.entries.length, name, kind: group as VocabKind, aliases: aliases.map((a) => a.replace(/^=/, '')), implies: [], impliedBy: [], patterns: [], exact: new Set(aliases.filter((a) => a.startsWith('=')).map((a) => a.slice(1))) };
        this.entries.push(entry);
        if (!this.byName.has(name.toLowerCase())) this.byName.set(name.toLowerCase(), entry);
        for (const imp of implies) pendingImplies.push([entry, imp]);
        for (const alias of aliases) {
          const exact = alias.startsWith('=');
          const text = exact ? alias.slice(1) : alias;
          for (const w of text.toLowerCase().split(/\s+/)) if (w.includes('/')) this.slashWords.add(w);
          this.add(text, entry, exact);
        }
      }
    }
    for (const [entry, name] of pendingImplies) {
      const target = this.byName.get(name.toLowerCase());
      if (!target) throw new Error(`skills.json: "${entry.name}" implies "${name}", which is not an entry`);
      entry.implies.push(target);
      target.impliedBy.push(entry);
    }
  }

  private add(alias: string, entry: VocabEntry, exact: boolean): void {
    const t = tokenize(alias, () => false);
    if (!t.key.length) return;
    let node = this.root;
    for (const k of t.key) {
      node.next ??= new Map();
      let n = node.next.get(k);
      if (!n) node.next.set(k, (n = new TrieNode()));
      node = n;
    }
    node.ends ??= [];
    // An acronym ("SHAP", "OR") matches only in capitals, so it is not a word's stem ("shape", "or").
    const acronym = !exact && t.raw.every((r) => /^[A-Z][A-Z0-9]{1,5}$/.test(r));
    entry.patterns.push(exact || acronym ? { keys: t.key, exact: t.raw } : { keys: t.key });
    if (exact || acronym) node.ends.push({ entry, exact: t.raw });
    else if (!node.ends.some((e) => e.entry === entry && !e.exact)) node.ends.push({ entry });
  }

  /** Tokens of a text, with slash words split unless they are names ("CI/CD"). */
  tokens(text: string, from = 0, to = text.length): Tokens {
    return tokenize(text, this.split, from, to, this.key);
  }

  /** keyOf, remembered per written word (a résumé repeats its words on every keystroke). */
  private readonly keys = new Map<string, string>();
  readonly key = (raw: string): string => {
    let k = this.keys.get(raw);
    if (k === undefined) {
      if (this.keys.size > 20000) this.keys.clear();
      k = keyOf(raw);
      this.keys.set(raw, k);
    }
    return k;
  };

  /** The longest vocabulary name starting at token i, or undefined. */
  longestAt(t: Tokens, i: number, limit = t.key.length): VocabHit | undefined {
    let node: TrieNode | undefined = this.root;
    let best: VocabHit | undefined;
    for (let j = i; j < limit && node; j++) {
      node = node.next?.get(t.key[j]);
      if (!node) break;
      if (node.ends) {
        for (const e of node.ends) {
          if (e.exact && !sameRaw(e.exact, t.raw, i)) continue;
          best = { entry: e.entry, length: j - i + 1 };
          break;
        }
      }
    }
    return best;
  }

  /** The entry a whole phrase names ("K8s" -> Kubernetes), or undefined. */
  lookup(phrase: string): VocabEntry | undefined {
    const t = this.tokens(phrase);
    const hit = t.key.length ? this.longestAt(t, 0) : undefined;
    return hit && hit.length === t.key.length ? hit.entry : undefined;
  }

  byCanonical(name: string): VocabEntry | undefined {
    return this.byName.get(name.toLowerCase());
  }
}

/** The tokens as written, allowing a plural s on an acronym ("KPIs" for "KPI"). */
export function sameRaw(exact: string[], raw: string[], i: number): boolean {
  for (let k = 0; k < exact.length; k++) {
    const r = raw[i + k];
    if (r !== exact[k] && !(r.length === exact[k].length + 1 && r.endsWith('s') && r.startsWith(exact[k]) && /^[A-Z0-9]+$/.test(exact[k]))) return false;
  }
  return true;
}
