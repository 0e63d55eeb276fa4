// A per-user limit on commands: at most N in any sliding minute. Only commands are counted:
// autocomplete (Discord sends one per keystroke) and button presses (a page turn or Sources on a
// reply already counted) are not.

export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number };

const WINDOW_MS = 60_000;

export class RateLimiter {
  /** Each user's command times within the window, oldest first. */
  private readonly recent = new Map<string, number[]>();
  private lastSweep = 0;

  /** `perMinute` 0 turns the limit off. */
  constructor(
    readonly perMinute: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Counts one command for the user, unless it is over the limit. */
  take(userId: string): RateDecision {
    if (this.perMinute <= 0) return { ok: true };
    const now = this.now();
    this.sweep(now);
    const times = (this.recent.get(userId) ?? []).filter((t) => now - t < WINDOW_MS);
    if (times.length >= this.perMinute) {
      this.recent.set(userId, times);
      return { ok: false, retryAfterMs: WINDOW_MS - (now - times[0]) };
    }
    times.push(now);
    this.recent.set(userId, times);
    return { ok: true };
  }

  /** How many users are tracked (for tests: idle users are forgotten). */
  get size(): number {
    return this.recent.size;
  }

  /** Forgets users idle for a whole window, at most once a window, so memory stays bounded. */
  private sweep(now: number): void {
    if (now - this.lastSweep < WINDOW_MS) return;
    this.lastSweep = now;
    for (const [user, times] of this.recent)
      if (!times.length || now - times[times.length - 1] >= WINDOW_MS) this.recent.delete(user);
  }
}

/**
 * The friendly answer to a user over the limit, with the real wait: until the oldest command of
 * the last minute leaves the window and frees a place.
 */
export function slowDownMessage(retryAfterMs: number, perMinute: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return (
    `You're sending commands faster than I can keep up with (the limit is ${perMinute} a minute). ` +
    `Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`
  );
}
