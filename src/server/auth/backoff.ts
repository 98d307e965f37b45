/**
 * A per-address brake on password guessing: a few failures are free, then each further failure
 * doubles the wait before the next attempt from that address (up to 5 minutes). In memory: a
 * restart forgets it, which costs an attacker a restart they cannot cause.
 */
const FREE_FAILURES = 5;
const MAX_WAIT_MS = 5 * 60_000;
const FORGET_AFTER_MS = 15 * 60_000;
const MAX_ADDRESSES = 10_000;

interface Entry {
  failures: number;
  last: number;
}

export class SignInBackoff {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly now: () => number) {}

  /** Milliseconds this address must still wait before trying again (0: go ahead). */
  waitMs(address: string): number {
    const e = this.entries.get(address);
    if (!e) return 0;
    const now = this.now();
    if (now - e.last >= FORGET_AFTER_MS) {
      this.entries.delete(address);
      return 0;
    }
    if (e.failures < FREE_FAILURES) return 0;
    const wait = Math.min(MAX_WAIT_MS, 1000 * 2 ** (e.failures - FREE_FAILURES));
    return Math.max(0, e.last + wait - now);
  }

  failed(address: string): void {
    const e = this.entries.get(address);
    if (e) this.entries.delete(address); // re-insert: the map stays in last-failure order
    else if (this.entries.size >= MAX_ADDRESSES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(address, { failures: (e?.failures ?? 0) + 1, last: this.now() });
  }

  succeeded(address: string): void {
    this.entries.delete(address);
  }
}
