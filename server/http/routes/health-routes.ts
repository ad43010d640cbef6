// Health: `/health` for supervisors and load balancers (503 while any site's disk refuses
// writes), and a site's health for its managers (the admin overview shows it): storage faults
// with file and errno, a wall clock that disagrees with the queue's, and the series near the
// last number they can give today (server/services/issue-limits.ts).
import { type Request, type Response, Router } from 'express';
import type { ClockStatus } from '../../hub/queue-clock.js';
import type { Hubs } from '../../hub/hubs.js';
import { seriesNearCapacity } from '../../services/issue-limits.js';
import type { QueueService } from '../../services/queue-service.js';
import { param } from '../validate.js';

export interface HealthDeps {
  hubs: Hubs;
  queue: QueueService;
  clockStatus: () => ClockStatus;
  startedAt: number;
  version: string;
}

export function healthRoutes(deps: HealthDeps): Router {
  const router = Router();

  router.get('/health', (_req: Request, res: Response) => {
    const failing = deps.hubs
      .all()
      .filter((hub) => !hub.health().ok)
      .map((hub) => hub.siteId);
    const body = {
      status: failing.length > 0 ? 'unavailable' : 'ok',
      version: deps.version,
      uptimeSeconds: Math.round((performance.now() - deps.startedAt) / 1000),
      clock: deps.clockStatus().state,
      ...(failing.length > 0
        ? { reason: 'storage_unavailable', message: 'Không ghi được dữ liệu.', sites: failing }
        : {}),
    };
    res.status(failing.length > 0 ? 503 : 200).json(body);
  });

  router.get('/api/sites/:siteId/health', (req: Request, res: Response) => {
    const siteId = param(req.params.siteId, 'trung tâm');
    deps.queue.check(req.principal, 'monitor:read', siteId);
    const hub = deps.queue.hub(siteId);
    res.json({
      storage: hub.health(),
      clock: deps.clockStatus(),
      series: seriesNearCapacity(hub.config, hub.state),
    });
  });

  return router;
}
