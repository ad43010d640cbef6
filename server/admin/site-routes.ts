// Who is signed in to the console and which centres they see; creating a centre (admins only).
import { type Request, type Response, Router } from 'express';
import type { AdminContext } from '../../shared/protocol/admin-views.js';
import { siteSchema } from '../../shared/protocol/config-schemas.js';
import { visibleSites } from '../auth/permissions.js';
import type { RouteDeps } from '../http/route-deps.js';
import { parseInput } from '../http/validate.js';
import { siteSummary } from '../hub/views.js';
import type { AdminService } from '../services/admin-service.js';
import { ServiceError } from '../services/service-error.js';

export function siteRoutes(deps: RouteDeps, admin: AdminService): Router {
  const router = Router();
  const { queue } = deps;

  router.get('/api/admin/context', (req: Request, res: Response) => {
    const p = req.principal;
    if (p.kind === 'anonymous') throw new ServiceError(401, 'unauthorized', 'Cần đăng nhập.');
    if (p.kind !== 'user') throw new ServiceError(403, 'forbidden', 'Chỉ dành cho cán bộ quản lý.');
    const visible = visibleSites(p);
    const sites = queue
      .sites()
      .filter((h) => visible === 'all' || visible.includes(h.siteId))
      .map((h) => siteSummary(h.config));
    const { id, username, fullName, role, siteIds } = p.user;
    const context: AdminContext = {
      user: { id, username, fullName, role, siteIds },
      sites,
      publicUrl: queue.statusUrl('x').replace(/\/t\/x$/, ''),
    };
    res.json(context);
  });

  router.post('/api/admin/sites', async (req: Request, res: Response) => {
    const site = parseInput(siteSchema, req.body);
    const record = await admin.createSite(req.principal, site);
    res.status(201).json({ site: siteSummary(record.config) });
  });

  return router;
}
