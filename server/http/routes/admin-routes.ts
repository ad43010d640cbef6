// The admin console's API: centres, configuration, catalogue import/export, staff accounts,
// kiosk printers, slip preview, the live monitor and the audit log. See server/admin/*.
import { Router } from 'express';
import { catalogueRoutes } from '../../admin/catalogue-routes.js';
import { configRoutes } from '../../admin/config-routes.js';
import { deviceAdminRoutes } from '../../admin/device-admin-routes.js';
import { monitorRoutes } from '../../admin/monitor-routes.js';
import { siteRoutes } from '../../admin/site-routes.js';
import { slipPreviewRoutes } from '../../admin/slip-preview-routes.js';
import { userRoutes } from '../../admin/user-routes.js';
import { AdminService } from '../../services/admin-service.js';
import type { RouteDeps } from '../route-deps.js';

export function adminRoutes(deps: RouteDeps): Router {
  const admin = new AdminService(deps);
  const router = Router();
  router.use(siteRoutes(deps, admin));
  router.use(configRoutes(admin, deps.queue));
  router.use(catalogueRoutes(admin, deps.queue));
  router.use(userRoutes(deps));
  router.use(deviceAdminRoutes(deps));
  router.use(slipPreviewRoutes(deps));
  router.use(monitorRoutes(deps));
  return router;
}
