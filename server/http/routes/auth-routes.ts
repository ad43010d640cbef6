// POST /api/auth/login, POST /api/auth/logout, GET /api/auth/me, GET /api/auth/session
import { type Request, type Response, Router } from 'express';
import type { RateLimitRequestHandler } from 'express-rate-limit';
import { loginBody } from '../../../shared/protocol/api-schemas.js';
import type { AuthService } from '../../auth/auth-service.js';
import { ServiceError } from '../../services/service-error.js';
import { readCookie, SESSION_COOKIE } from '../authenticate.js';
import { parseInput } from '../validate.js';

export function userView(user: {
  id: string;
  username: string;
  fullName: string;
  role: string;
  siteIds: string[];
}) {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    siteIds: user.siteIds,
  };
}

export function authRoutes(
  auth: AuthService,
  loginLimiter: RateLimitRequestHandler,
  secureCookies: boolean,
): Router {
  const router = Router();

  router.post('/api/auth/login', loginLimiter, async (req: Request, res: Response) => {
    const body = parseInput(loginBody, req.body);
    const result = await auth.login(body.username, body.password);
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
      expires: new Date(result.expiresAt),
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
