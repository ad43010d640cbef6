// Request limits per minute that fit a centre: each caller is counted on its own — a device by
// its id, a signed-in person by their account, a citizen's phone by its ticket's status token —
// and only callers without any of these by their address. Fifty phones behind one Wi-Fi address
// each keep their own budget; one of them cannot use up the others'. The address is the TCP
// peer's unless LUOT_TRUST_PROXY names the proxy in front (see trust-proxy.ts).
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { ServiceError } from '../../services/service-error.js';
import { sendError } from '../errors.js';

const STATUS_TOKEN_PATH = /^\/api\/tickets\/([A-Za-z0-9_-]{16,64})(?:\/|$)/;

/** The address a request is counted by (its subnet for IPv6). */
export function addressKey(req: Request): string {
  return `ip:${ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? '')}`;
}

/**
 * Who a request is counted as: the device, the account, the ticket (when the status token
 * names one: `knownToken`), else the address.
 */
export function callerKey(req: Request, knownToken: (token: string) => boolean): string {
  const p = req.principal;
  if (p?.kind === 'device') return `device:${p.device.id}`;
  if (p?.kind === 'user') return `user:${p.user.id}`;
  const token = STATUS_TOKEN_PATH.exec(req.originalUrl)?.[1];
  if (token && knownToken(token)) return `ticket:${token}`;
  return addressKey(req);
}

export interface LimiterOptions {
  perMinute: number;
  key: (req: Request) => string;
  message?: string;
  /** Answer when refused (default: JSON 429 rate_limited). */
  refuse?: (req: Request, res: Response) => void;
}

/** One limiter with the hub's conventions: RateLimit headers, Retry-After, the JSON error shape. */
export function limiter(opts: LimiterOptions): RequestHandler {
  const message = opts.message ?? 'Quá nhiều yêu cầu. Thử lại sau.';
  return rateLimit({
    windowMs: 60_000,
    limit: opts.perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => opts.key(req),
    // Forwarded headers are the proxy setting's business (ignored unless trusted), not an error.
    validate: { xForwardedForHeader: false },
    handler: (req, res) =>
      opts.refuse ? opts.refuse(req, res) : sendError(res, new ServiceError(429, 'rate_limited', message)),
  });
}
