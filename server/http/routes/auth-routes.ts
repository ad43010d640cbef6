// POST /api/auth/login, POST /api/auth/logout, GET /api/auth/me, GET /api/auth/session
import { type Request, type Response, Router } from 'express';
import { loginBody } from '../../../shared/protocol/api-schemas.js';
import type { AuthService } from '../../auth/auth-service.js';
import { ServiceError } from '../../services/service-error.js';
import { readCookie, SESSION_COOKIE } from '../authenticate.js';
import type { SignInGuard } from '../limits/sign-in-guard.js';
import { parseInput } from '../validate.js';

export function userView(user: {
  id: string;
  username: string;
  fullName: string;
  role: string;
  siteIds: string[];
  mustChangePassword?: boolean;
}) {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    siteIds: user.siteIds,
    mustChangePassword: user.mustChangePassword === true,
  };
}

export function authRoutes(auth: AuthService, signIn: SignInGuard, secureCookies: boolean): Router {
  const router = Router();

  router.post('/api/auth/login', async (req: Request, res: Response) => {
    const body = parseInput(loginBody, req.body);
    signIn.check(req, res, body.username, 'auth:sign-in');
    const result = await auth.login(body.username, body.password);
    signIn.record(
      req,
      body.username,
      'auth:sign-in',
      result.ok ? 'ok' : result.code === 'account_disabled' ? 'account_disabled' : 'invalid_credentials',
      { siteId: result.ok ? (result.user.siteIds[0] ?? null) : null },
    );
    if (!result.ok) {
      const message =
        result.code === 'account_disabled'
          ? 'Tài khoản đã bị khoá.'
          : 'Tên đăng nhập hoặc mật khẩu không đúng.';
      throw new ServiceError(401, result.code, message);
    }
    res.cookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: secureCookies,
      path: '/',
      // A lifetime, not a date: the browser's clock and the hub's queue clock (which holds back a
      // jump until it is confirmed) may disagree, and a date in the browser's past drops the cookie.
      maxAge: auth.ttlMs,
    });
    res.json({ token: result.token, expiresAt: result.expiresAt, user: userView(result.user) });
  });

  router.post('/api/auth/logout', async (req: Request, res: Response) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
    const token = bearer ?? readCookie(req.get('cookie'), SESSION_COOKIE);
    if (token?.startsWith('lts_')) await auth.logout(token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.json({ ok: true });
  });

  const describe = (req: Request) => {
    const p = req.principal;
    if (p.kind === 'user') return { kind: 'user', user: userView(p.user) };
    if (p.kind === 'device') {
      const d = p.device;
      return {
        kind: 'device',
        device: { id: d.id, siteId: d.siteId, kind: d.kind, name: d.name, counterId: d.counterId },
      };
    }
    return { kind: 'anonymous' };
  };

  router.get('/api/auth/me', (req: Request, res: Response) => {
    const me = describe(req);
    if (me.kind === 'anonymous') throw new ServiceError(401, 'unauthorized', 'Chưa đăng nhập.');
    res.json(me);
  });

  /** Like /me, but "not signed in" is an answer (200 {kind:"anonymous"}), not an error. */
  router.get('/api/auth/session', (req: Request, res: Response) => {
    res.json(describe(req));
  });

  return router;
}
