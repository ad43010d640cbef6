// Sign-in throttling: wrong passwords are counted per username and per client address. After a
// few free failures each further one makes the next attempt wait, twice as long each time (up to
// a ceiling); while waiting, attempts are refused without looking at the password. A success
// clears its username's count; an address's count is forgotten only with time, so one valid
// account does not reset a guesser's budget. A quiet spell forgets both.

export interface ThrottleRule {
  /** Failures allowed before the first wait. */
  freeFailures: number;
  /** The first wait; each further failure doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A record without failure for this long is forgotten. */
  forgetAfterMs: number;
}

export interface SignInThrottleOptions {
  perUsername: ThrottleRule;
  perIp: ThrottleRule;
}

export const DEFAULT_SIGN_IN_THROTTLE: SignInThrottleOptions = {
  perUsername: { freeFailures: 5, baseDelayMs: 2_000, maxDelayMs: 5 * 60_000, forgetAfterMs: 15 * 60_000 },
  perIp: { freeFailures: 20, baseDelayMs: 2_000, maxDelayMs: 5 * 60_000, forgetAfterMs: 15 * 60_000 },
};

/** Records kept per kind (the oldest go first): random usernames cannot fill the memory. */
const MAX_RECORDS = 10_000;

interface Entry {
  failures: number;
  lastFailureAt: number;
  lockedUntil: number;
}

export type ThrottleVerdict = { ok: true } | { ok: false; scope: 'username' | 'ip'; retryAfterMs: number };

class Counter {
  private readonly records = new Map<string, Entry>();

  constructor(private readonly rule: ThrottleRule) {}

  private live(key: string, now: number): Entry | null {
    const r = this.records.get(key);
    if (!r) return null;
    if (now >= r.lockedUntil && now - r.lastFailureAt > this.rule.forgetAfterMs) {
      this.records.delete(key);
      return null;
    }
    return r;
  }

  waitMs(key: string, now: number): number {
    const r = this.live(key, now);
    return r ? Math.max(0, r.lockedUntil - now) : 0;
  }

  fail(key: string, now: number): void {
    const r = this.live(key, now) ?? { failures: 0, lastFailureAt: now, lockedUntil: 0 };
    r.failures += 1;
    r.lastFailureAt = now;
    const over = r.failures - this.rule.freeFailures;
    if (over > 0) {
      const delay = Math.min(this.rule.maxDelayMs, this.rule.baseDelayMs * 2 ** Math.min(over - 1, 30));
      r.lockedUntil = now + delay;
    }
    this.records.delete(key);
    this.records.set(key, r);
    if (this.records.size > MAX_RECORDS) {
      const oldest = this.records.keys().next().value;
      if (oldest !== undefined) this.records.delete(oldest);
    }
  }

  clear(key: string): void {
    this.records.delete(key);
  }
}

/** How usernames are compared (as the sign-in itself does). */
export function usernameKey(username: string): string {
  return username.normalize('NFC').trim().toLowerCase();
}

export class SignInThrottle {
  private readonly usernames: Counter;
  private readonly ips: Counter;

  constructor(
    private readonly clock: () => number,
    options: SignInThrottleOptions = DEFAULT_SIGN_IN_THROTTLE,
  ) {
    this.usernames = new Counter(options.perUsername);
    this.ips = new Counter(options.perIp);
  }

  /** May this attempt be checked now? */
  check(username: string, ip: string): ThrottleVerdict {
    const now = this.clock();
    const byName = this.usernames.waitMs(usernameKey(username), now);
    const byIp = this.ips.waitMs(ip, now);
    if (byName === 0 && byIp === 0) return { ok: true };
    return byName >= byIp
      ? { ok: false, scope: 'username', retryAfterMs: byName }
      : { ok: false, scope: 'ip', retryAfterMs: byIp };
  }

  failed(username: string, ip: string): void {
    const now = this.clock();
    this.usernames.fail(usernameKey(username), now);
    this.ips.fail(ip, now);
  }

  succeeded(username: string): void {
    this.usernames.clear(usernameKey(username));
  }
}
