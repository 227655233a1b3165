// Young-generation collections between keystrokes instead of during them (issue 10, typing row).
//
// A change received, linted and published allocates ~0.5 MB, and the server keeps its young
// generation small (v8-flags.ts), so V8 collects it every several keystrokes, in the middle of a
// lint: a millisecond or two added to one keystroke in seven or eight, the tail of the typing row
// (in-process, lint p95 7.7 -> 3.9 ms with the young generation emptied before each lint, p50
// unchanged). Once diagnostics are published and nothing is queued, this looks at the room left
// in the young generation and, when the next cycle might not fit, collects it then: the lint's
// temporaries are dead by then, so there is less to copy, and no one is waiting for an answer.
// (When the next change is already on its way, as in the bench's back-to-back typing, it waits
// for the rest of that collection: measured, still a shorter tail.)
//
// It needs V8's gc(): Node hands it out only under --expose-gc, so it is fetched once with that
// flag set for a moment (and unset again: V8 stamps code caches with the flags in force).
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (options?: { type?: 'minor' | 'major'; execution?: 'sync' | 'async' }) => void;

let gcFn: Gc | null | undefined;
function gcFunction(): Gc | null {
  if (gcFn !== undefined) return gcFn;
  const exposed = (globalThis as { gc?: Gc }).gc;
  if (exposed) return (gcFn = exposed);
  try {
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as Gc;
  } catch {
    gcFn = null;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
  return typeof gcFn === 'function' ? gcFn : (gcFn = null);
}

function youngRoom(): number {
  for (const s of getHeapSpaceStatistics()) if (s.space_name === 'new_space') return s.space_available_size;
  return Infinity;
}

export class IdleYoungGc {
  /** The most one cycle (a change received, linted, published) has been seen to allocate, decaying slowly. */
  private perCycle = 0;
  private lastRoom = Infinity;

  /**
   * Called when a publish is done and nothing waits: collect now if the next cycle might not fit
   * in the room left (twice the most a recent cycle took, to be safe).
   */
  idle(): void {
    const room = youngRoom();
    const used = this.lastRoom - room;
    // A collection meanwhile (the room grew) says nothing about what a cycle takes.
    if (used > 0 && used < Infinity) this.perCycle = Math.max(used, this.perCycle * 0.95);
    this.lastRoom = room;
    if (this.perCycle === 0 || room > 2 * this.perCycle) return;
    const gc = gcFunction();
    if (!gc) return;
    gc({ type: 'minor' });
    this.lastRoom = youngRoom();
  }
}
