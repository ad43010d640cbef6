// Staff accounts: list, create, edit (name, role, sites, disabled), reset password. An admin
// manages everyone; a manager only accounts whose every site is one of theirs, and never an
// admin. Disabling or resetting ends the account's sessions and sockets at once.
import { randomUUID } from 'node:crypto';
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { idSchema, text } from '../../shared/protocol/config-schemas.js';
import { hashPassword } from '../auth/passwords.js';
import type { Principal } from '../auth/principal.js';
import type { RouteDeps } from '../http/route-deps.js';
import { parseInput, param } from '../http/validate.js';
import { notFound, ServiceError } from '../services/service-error.js';
import { ROLES, type UserRecord } from '../store/config-data.js';

const password = z.string().min(8, 'ít nhất 8 ký tự').max(200);
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
  };
}

const forbidden = (message: string) => new ServiceError(403, 'forbidden', message);

function managerOrAdmin(principal: Principal): UserRecord {
  if (principal.kind === 'anonymous') throw new ServiceError(401, 'unauthorized', 'Cần đăng nhập.');
  if (principal.kind !== 'user') throw forbidden('Thiết bị không quản lý tài khoản.');
  if (principal.user.role === 'staff') throw forbidden('Không đủ quyền.');
  return principal.user;
}

export function userRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { store, queue, auth, realtime } = deps;

  /** Refuses unless the principal may manage an account with this role and these sites. */
  function assertCanManage(principal: Principal, target: { role: string; siteIds: string[] }): void {
    const me = managerOrAdmin(principal);
    if (target.role === 'admin') {
      if (me.role !== 'admin') throw forbidden('Chỉ quản trị hệ thống quản lý tài khoản quản trị.');
      return;
    }
    if (target.siteIds.length === 0 && me.role !== 'admin') {
      throw forbidden('Tài khoản không thuộc trung tâm của bạn.');
    }
    for (const siteId of target.siteIds) queue.check(principal, 'users:manage', siteId);
  }

  const canManage = (principal: Principal, target: UserRecord) => {
    try {
      assertCanManage(principal, target);
      return true;
    } catch {
      return false;
    }
  };

  function needsSite(body: { role: string; siteIds: string[] }): void {
    if (body.role !== 'admin' && body.siteIds.length === 0) {
      throw new ServiceError(400, 'invalid_input', 'Chọn ít nhất một trung tâm.');
    }
  }

  function endSessions(userId: string): Promise<void> {
    realtime.disconnectPrincipal('user', userId);
    return auth.revokeUserSessions(userId);
  }

  router.get('/api/users', (req: Request, res: Response) => {
    managerOrAdmin(req.principal);
    res.json(store.config.users.filter((u) => canManage(req.principal, u)).map(adminUserView));
  });

  router.post('/api/users', async (req: Request, res: Response) => {
    managerOrAdmin(req.principal);
    const body = parseInput(createUserBody, req.body);
    assertCanManage(req.principal, body);
    needsSite(body);
    const passwordHash = await hashPassword(body.password);
    const record: UserRecord = {
      id: `u-${randomUUID().slice(0, 8)}`,
      username: body.username,
      fullName: body.fullName,
      role: body.role,
      siteIds: body.role === 'admin' ? [] : body.siteIds,
      passwordHash,
      disabled: false,
      createdAt: deps.clock(),
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
    assertCanManage(req.principal, user);
    return user;
  }

  router.put('/api/users/:userId', async (req: Request, res: Response) => {
    const user = target(req);
    const body = parseInput(updateUserBody, req.body);
    assertCanManage(req.principal, body);
    needsSite(body);
    const self = req.principal.kind === 'user' && req.principal.user.id === user.id;
    if (self && (body.disabled || body.role !== user.role)) {
      throw forbidden('Không tự khoá hay tự đổi vai trò của chính mình.');
    }
    const wasDisabled = user.disabled;
    await store.updateConfig((data) => {
      const missing = body.siteIds.find((id) => !data.sites.some((s) => s.config.site.id === id));
      if (missing) throw new ServiceError(400, 'invalid_input', `Không có trung tâm "${missing}".`);
      const current = data.users.find((u) => u.id === user.id);
      if (!current) throw notFound('tài khoản');
      current.fullName = body.fullName;
      current.role = body.role;
      current.siteIds = body.role === 'admin' ? [] : body.siteIds;
      current.disabled = body.disabled;
    });
    if (body.disabled && !wasDisabled) await endSessions(user.id);
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
    const passwordHash = await hashPassword(body.password);
    await store.updateConfig((data) => {
      const current = data.users.find((u) => u.id === user.id);
      if (!current) throw notFound('tài khoản');
      current.passwordHash = passwordHash;
    });
    const self = req.principal.kind === 'user' && req.principal.user.id === user.id;
    if (!self) await endSessions(user.id);
    queue.audit(req.principal, user.siteIds[0] ?? null, 'user:password-reset', user.username);
    res.json({ ok: true });
  });

  return router;
}
