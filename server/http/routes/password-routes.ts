// POST /api/auth/password {current, next}: a signed-in person changes their own password. The
// policy applies; every other session of theirs ends; the change is audited.
import { type Request, type Response, Router } from 'express';
import { changePasswordBody } from '../../../shared/protocol/api-schemas.js';
import type { AuthService } from '../../auth/auth-service.js';
import { passwordRejected } from '../../auth/password-policy.js';
import { authorize } from '../../auth/permissions.js';
import { refuse, ServiceError } from '../../services/service-error.js';
import { signedInAccount } from '../../services/signed-in.js';
import { readCookie, SESSION_COOKIE } from '../authenticate.js';
import type { SignInGuard } from '../limits/sign-in-guard.js';
import { parseInput } from '../validate.js';

/** The session token this request was authenticated with (bearer first, as authenticate does). */
export function requestSessionToken(req: Request): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
  const token = bearer ?? readCookie(req.get('cookie'), SESSION_COOKIE);
  return token?.startsWith('lts_') ? token : null;
}

export function passwordRoutes(auth: AuthService, signIn: SignInGuard): Router {
  const router = Router();

  router.post('/api/auth/password', async (req: Request, res: Response) => {
    refuse(authorize(req.principal, 'account:password'));
    const user = signedInAccount(req.principal);
    const body = parseInput(changePasswordBody, req.body);
    const where = { siteId: user.siteIds[0] ?? null, signedIn: true };
    signIn.check(req, res, user.username, 'user:password-change');
    const result = await auth.changeOwnPassword(user.id, body.current, body.next, requestSessionToken(req));
    if (!result.ok) {
      if (result.code === 'invalid_credentials') {
        signIn.record(req, user.username, 'user:password-change', 'invalid_credentials', where);
        throw new ServiceError(400, 'invalid_credentials', 'Mật khẩu hiện tại không đúng.');
      }
      throw passwordRejected(result.code);
    }
    signIn.record(req, user.username, 'user:password-change', 'ok', where);
    res.json({ ok: true });
  });

  return router;
}
