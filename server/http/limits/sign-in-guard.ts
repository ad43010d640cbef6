// The sign-in door for routes that check a password (sign-in, own password change): refuses
// while the throttle says wait (429 sign_in_throttled, Retry-After), then records the outcome in
// the throttle and in the audit log (every success and every failure, with the client address;
// never the password).
import type { Request, Response } from 'express';
import { type SignInThrottle, usernameKey } from '../../auth/sign-in-throttle.js';
import type { Logger } from '../../services/ports.js';
import { ServiceError } from '../../services/service-error.js';
import type { Store } from '../../store/store.js';

export type SignInOutcome = 'ok' | 'invalid_credentials' | 'account_disabled';

export interface SignInGuard {
  /** Throws 429 sign_in_throttled while this username or address must wait. */
  check(req: Request, res: Response, username: string, action: string): void;
  /** Counts and audits the outcome; `signedIn`: the person is already known (own password change). */
  record(
    req: Request,
    username: string,
    action: string,
    outcome: SignInOutcome,
    where?: { siteId?: string | null; signedIn?: boolean },
  ): void;
}

export function signInGuard(deps: {
  throttle: SignInThrottle;
  store: Store;
  clock: () => number;
  logger: Logger;
}): SignInGuard {
  const { throttle, store, clock, logger } = deps;
  const ipOf = (req: Request) => req.ip ?? req.socket.remoteAddress ?? '';
  // An attempt on a known account shows in its site's audit log (its managers see it).
  const siteOf = (name: string) =>
    store.config.users.find((u) => usernameKey(u.username) === name)?.siteIds[0] ?? null;
  const audit = (
    req: Request,
    username: string,
    action: string,
    result: string,
    where: { siteId?: string | null; signedIn?: boolean },
  ) => {
    const name = usernameKey(username).slice(0, 64);
    void store
      .appendAudit({
        at: clock(),
        actor: result === 'ok' || where.signedIn ? `user:${name}` : 'anonymous',
        action: result === 'ok' ? action : `${action}-failed`,
        siteId: where.siteId ?? siteOf(name),
        target: name,
        details: { ip: ipOf(req), result },
      })
      .catch((error: unknown) => logger.error({ err: String(error) }, 'audit write failed'));
  };
  return {
    check(req, res, username, action) {
      const verdict = throttle.check(username, ipOf(req));
      if (verdict.ok) return;
      const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
      audit(req, username, action, `throttled_${verdict.scope}`, {});
      res.set('Retry-After', String(seconds));
      throw new ServiceError(
        429,
        'sign_in_throttled',
        `Đăng nhập sai nhiều lần. Thử lại sau ${seconds} giây.`,
        { retryAfterSeconds: seconds, scope: verdict.scope },
      );
    },
    record(req, username, action, outcome, where = {}) {
      if (outcome === 'ok') throttle.succeeded(username);
      else if (outcome === 'invalid_credentials') throttle.failed(username, ipOf(req));
      audit(req, username, action, outcome, where);
    },
  };
}
