// Who is signed in to the console and which centres they see; creating a centre (admins only).
import { type Request, type Response, Router } from 'express';
import type { AdminContext } from '../../shared/protocol/admin-views.js';
import { siteSchema } from '../../shared/protocol/config-schemas.js';
import { authorize, visibleSites } from '../auth/permissions.js';
import type { RouteDeps } from '../http/route-deps.js';
import { parseInput } from '../http/validate.js';
import { siteSummary } from '../hub/views.js';
import type { AdminService } from '../services/admin-service.js';
import { isPgStore } from '../store/pg/is-pg-store.js';
import { isLoopbackUrl, type PublicAddress } from '../public-address.js';
import { refuse } from '../services/service-error.js';
import { signedInAccount } from '../services/signed-in.js';

const publicAddressView = (a: PublicAddress) => ({
  publicUrl: a.url,
  publicUrlSource: a.source,
  publicUrlLoopback: isLoopbackUrl(a.url),
});

export function siteRoutes(deps: RouteDeps, admin: AdminService): Router {
  const router = Router();
  const { queue } = deps;

  router.get('/api/admin/context', (req: Request, res: Response) => {
    refuse(authorize(req.principal, 'console:enter'));
    const user = signedInAccount(req.principal);
    const visible = visibleSites(req.principal);
    const sites = queue
      .sites()
      .filter((h) => visible === 'all' || visible.includes(h.siteId))
      .map((h) => siteSummary(h.config));
    const { id, username, fullName, role, siteIds } = user;
    const context: AdminContext = {
      user: { id, username, fullName, role, siteIds, mustChangePassword: user.mustChangePassword === true },
      sites,
      provinceView: isPgStore(deps.store),
      ...publicAddressView(deps.publicAddress(req.get('host'))),
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
