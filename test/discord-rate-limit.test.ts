import { describe, expect, it } from 'vitest';
import { RateLimiter, slowDownMessage } from '../src/discord/rate-limit.ts';

/** A limiter on a clock the test moves. */
function limiter(perMinute: number) {
  let now = 1_000_000;
  const l = new RateLimiter(perMinute, () => now);
  return { l, advance: (ms: number) => (now += ms) };
}

describe('RateLimiter', () => {
  it('allows N commands a minute per user, then says how long to wait', () => {
    const { l, advance } = limiter(3);
    expect([l.take('a'), l.take('a'), l.take('a')].every((d) => d.ok)).toBe(true);
    advance(10_000);
    expect(l.take('a')).toEqual({ ok: false, retryAfterMs: 50_000 });
    // Other users are not affected.
    expect(l.take('b').ok).toBe(true);
  });

  it('is a sliding window: each command frees its slot a minute later', () => {
    const { l, advance } = limiter(2);
    l.take('a');
    advance(30_000);
    l.take('a');
    advance(29_999);
    expect(l.take('a').ok).toBe(false);
    advance(1); // the first command is now a minute old
    expect(l.take('a').ok).toBe(true);
    expect(l.take('a')).toEqual({ ok: false, retryAfterMs: 30_000 });
  });

  it('does not count refused commands against the user', () => {
    const { l, advance } = limiter(1);
    l.take('a');
    for (let i = 0; i < 10; i++) {
      advance(5_000);
      expect(l.take('a').ok).toBe(false);
    }
    advance(10_000);
    expect(l.take('a').ok).toBe(true);
  });

  it('0 turns the limit off', () => {
    const { l } = limiter(0);
    for (let i = 0; i < 1000; i++) expect(l.take('a').ok).toBe(true);
    expect(l.size).toBe(0);
  });

  it('forgets users who have been quiet for a minute', () => {
    const { l, advance } = limiter(5);
    for (let i = 0; i < 100; i++) l.take(`user${i}`);
    expect(l.size).toBe(100);
    advance(61_000);
    l.take('late');
    expect(l.size).toBe(1);
  });
});

describe('slowDownMessage', () => {
  it('is friendly and rounds the wait up to whole seconds', () => {
    expect(slowDownMessage(50_000, 20)).toBe(
      "You're sending commands faster than I can keep up with (the limit is 20 a minute). Please try again in 50 seconds.",
    );
    expect(slowDownMessage(1, 20)).toMatch(/in 1 second\.$/);
  });
});
