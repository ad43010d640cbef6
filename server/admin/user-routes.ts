// Staff accounts: list, create, edit (name, role, sites, disabled), reset password. An admin
// manages everyone; a manager only accounts whose every site is one of theirs, and never an
// admin. Disabling or resetting ends the account's sessions and sockets at once.
import { randomUUID } from 'node:crypto';
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { idSchema, text } from '../../shared/protocol/config-schemas.js';
import { assertPasswordAllowed } from '../auth/password-policy.js';
import { hashPassword } from '../auth/passwords.js';
import { authorizeAccount, seesAllSites } from '../auth/permissions.js';
import type { Principal } from '../auth/principal.js';
import type { RouteDeps } from '../http/route-deps.js';
import { parseInput, param } from '../http/validate.js';
import { notFound, refuse, ServiceError } from '../services/service-error.js';
import { ROLES, type UserRecord } from '../store/config-data.js';

// Length and content are checked by the password policy (one place), after the schema.
const password = z.string().min(1).max(400);
const userFields = {
  fullName: text(120).pipe(z.string().trim().min(1)),
  role: z.enum(ROLES),
  siteIds: z.array(idSchema).max(200),
};
export const createUserBody = z.strictObject({
  username: z
    .string()
    .trim()
    .min(2)
    .max(64)
    .regex(/^[A-Za-z0-9._-]+$/, 'chữ không dấu, số, . _ -'),
  password,
  ...userFields,
});
export const updateUserBody = z.strictObject({ ...userFields, disabled: z.boolean() });
export const passwordBody = z.strictObject({ password });

export function adminUserView(u: UserRecord) {
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    role: u.role,
    siteIds: u.siteIds,
    disabled: u.disabled,
    createdAt: u.createdAt,
    mustChangePassword: u.mustChangePassword === true,
  };
}

export function userRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { store, queue, auth, realtime } = deps;

  const canManage = (principal: Principal, target: UserRecord) =>
    authorizeAccount(principal, target) === null;

  function needsSite(body: { role: string; siteIds: string[] }): void {
    if (!seesAllSites(body.role) && body.siteIds.length === 0) {
      throw new ServiceError(400, 'invalid_input', 'Chọn ít nhất một trung tâm.');
    }
  }

  function endSessions(userId: string): Promise<void> {
    realtime.disconnectPrincipal('user', userId);
    return auth.revokeUserSessions(userId);
  }

  router.get('/api/users', (req: Request, res: Response) => {
    refuse(authorizeAccount(req.principal));
    res.json(store.config.users.filter((u) => canManage(req.principal, u)).map(adminUserView));
  });

  router.post('/api/users', async (req: Request, res: Response) => {
    refuse(authorizeAccount(req.principal));
    const body = parseInput(createUserBody, req.body);
    refuse(authorizeAccount(req.principal, body));
    needsSite(body);
    assertPasswordAllowed(body.password, body.username);
    const passwordHash = await hashPassword(body.password);
    const record: UserRecord = {
      id: `u-${randomUUID().slice(0, 8)}`,
      username: body.username,
      fullName: body.fullName,
      role: body.role,
      siteIds: seesAllSites(body.role) ? [] : body.siteIds,
      passwordHash,
      disabled: false,
      createdAt: deps.clock(),
      mustChangePassword: true,
    };
    await store.updateConfig((data) => {
      const name = record.username.toLowerCase();
      if (data.users.some((u) => u.username.toLowerCase() === name)) {
        throw new ServiceError(409, 'conflict', `Tên đăng nhập "${record.username}" đã có.`);
      }
      const missing = record.siteIds.find((id) => !data.sites.some((s) => s.config.site.id === id));
      if (missing) throw new ServiceError(400, 'invalid_input', `Không có trung tâm "${missing}".`);
      data.users.push(record);
    });
    queue.audit(req.principal, record.siteIds[0] ?? null, 'user:create', record.username);
    res.status(201).json({ user: adminUserView(record) });
  });

  function target(req: Request): UserRecord {
    const userId = param(req.params.userId, 'tài khoản');
    const user = store.config.users.find((u) => u.id === userId);
    if (!user) throw notFound('tài khoản');
    refuse(authorizeAccount(req.principal, user));
    return user;
  }

  router.put('/api/users/:userId', async (req: Request, res: Response) => {
    const user = target(req);
    const body = parseInput(updateUserBody, req.body);
    const self = req.principal.kind === 'user' && req.principal.user.id === user.id;
    refuse(
      authorizeAccount(req.principal, {
        ...body,
        selfDemotion: self && (body.disabled || body.role !== user.role),
      }),
    );
    needsSite(body);
    const wasDisabled = user.disabled;
    await store.updateConfig((data) => {
      const missing = body.siteIds.find((id) => !data.sites.some((s) => s.config.site.id === id));
      if (missing) throw new ServiceError(400, 'invalid_input', `Không có trung tâm "${missing}".`);
      const current = data.users.find((u) => u.id === user.id);
      if (!current) throw notFound('tài khoản');
      current.fullName = body.fullName;
      current.role = body.role;
      current.siteIds = seesAllSites(body.role) ? [] : body.siteIds;
      current.disabled = body.disabled;
    });
    if (body.disabled && !wasDisabled) {
      await endSessions(user.id);
      // A disabled officer no longer holds a counter: the counter is free for someone else.
      await queue.signOutEverywhere(req.principal, user.id);
    }
    // Demotion or removal from a site reaches live sockets at once.
    auth.accountsChanged();
    queue.audit(
      req.principal,
      user.siteIds[0] ?? null,
      body.disabled && !wasDisabled ? 'user:disable' : 'user:update',
      user.username,
    );
    res.json({ user: adminUserView(user) });
  });

  router.post('/api/users/:userId/password', async (req: Request, res: Response) => {
    const user = target(req);
    const body = parseInput(passwordBody, req.body);
    assertPasswordAllowed(body.password, user.username);
    const passwordHash = await hashPassword(body.password);
    const self = req.principal.kind === 'user' && req.principal.user.id === user.id;
    await store.updateConfig((data) => {
      const current = data.users.find((u) => u.id === user.id);
      if (!current) throw notFound('tài khoản');
      current.passwordHash = passwordHash;
      // A password someone else chose is changed by its owner at the next sign-in.
      if (self) delete current.mustChangePassword;
      else current.mustChangePassword = true;
    });
    if (!self) await endSessions(user.id);
    queue.audit(req.principal, user.siteIds[0] ?? null, 'user:password-reset', user.username);
    res.json({ ok: true });
  });

  return router;
}
