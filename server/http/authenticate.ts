// Who is calling: Authorization: Bearer <session token | device key>, or the HttpOnly session
// cookie of the browser apps. A state-changing request authenticated by the cookie must come
// from our own origin (no CSRF); bearer callers carry no Origin and need none.
import type { NextFunction, Request, Response } from 'express';
import type { AuthService } from '../auth/auth-service.js';
import { ANONYMOUS, type Principal } from '../auth/principal.js';
import { ServiceError } from '../services/service-error.js';
import { sendError } from './errors.js';

export const SESSION_COOKIE = 'luot_session';
/** A paired device's key (HttpOnly): the kiosk, display and counter pages never see it. */
export const DEVICE_COOKIE = 'luot_device';

declare global {
  namespace Express {
    interface Request {
      principal: Principal;
    }
  }
}

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function sameOrigin(req: Request): boolean {
  const origin = req.get('origin') ?? req.get('referer');
  if (!origin) return false;
  try {
    return new URL(origin).host === req.get('host');
  } catch {
    return false;
  }
}

/** Who the browser's cookies name: a live session, else a paired device; null when neither. */
export function cookiePrincipal(auth: AuthService, header: string | undefined): Principal | null {
  const session = readCookie(header, SESSION_COOKIE);
  const resolved = session ? auth.resolve(session, 'cookie') : null;
  if (resolved && 'principal' in resolved) return resolved.principal;
  const key = readCookie(header, DEVICE_COOKIE);
  const device = key ? auth.resolveDeviceKey(key) : null;
  return device && 'principal' in device ? device.principal : null;
}

export function authenticate(auth: AuthService) {
  return (req: Request, res: Response, next: NextFunction) => {
    req.principal = ANONYMOUS;
    const header = req.get('authorization');
    if (header) {
      const match = /^Bearer\s+(\S{1,200})$/i.exec(header);
      const resolved = match ? auth.resolve(match[1], 'bearer') : { failure: 'unauthorized' as const };
      if ('failure' in resolved) {
        return sendError(
          res,
          new ServiceError(401, resolved.failure, 'Phiên đăng nhập hoặc khoá thiết bị không hợp lệ.'),
        );
      }
      req.principal = resolved.principal;
      return next();
    }
    // A signed-in person first, else the browser's device pairing.
    const principal = cookiePrincipal(auth, req.get('cookie'));
    if (principal) {
      if (!SAFE_METHODS.has(req.method) && !sameOrigin(req)) {
        return sendError(
          res,
          new ServiceError(403, 'origin_not_allowed', 'Yêu cầu không đến từ ứng dụng Lượt.'),
        );
      }
      req.principal = principal;
    }
    next();
  };
}
