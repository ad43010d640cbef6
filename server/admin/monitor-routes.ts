// The live monitor's waiting list, and the audit log of a site, month by month. The manager's hand
// on any ticket (transfer, reactivate, cancel) is in the queue command table.
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { SiteHub } from '../hub/site-hub.js';
import { nameAuditEntries } from './audit-names.js';
import { ticketView } from '../hub/views.js';
import type { MonitorView } from '../../shared/protocol/admin-views.js';
import type { RouteDeps } from '../http/route-deps.js';
import { parseInput, param } from '../http/validate.js';

const auditQuery = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
    .optional(),
});

export function monitorView(hub: SiteHub): MonitorView {
  const { config, state } = hub;
  const now = hub.now();
  const windowMs = config.rules.noShowReactivateMinutes * 60_000;
  const tickets = [...state.tickets.values()];
  return {
    seq: state.seq,
    serverTime: now,
    waiting: tickets
      .filter((t) => t.status === 'waiting')
      .sort((a, b) => a.queueKey - b.queueKey || a.issuedAt - b.issuedAt)
      .map((t) => ticketView(config, t)),
    noShows: tickets
      .filter((t) => t.status === 'no_show' && t.endedAt !== null && now - t.endedAt <= windowMs)
      .sort((a, b) => (b.endedAt ?? 0) - (a.endedAt ?? 0))
      .map((t) => ticketView(config, t)),
  };
}

export function monitorRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { queue, store } = deps;
  const site = (req: Request) => param(req.params.siteId, 'trung tâm');
  const _ticket = (req: Request) => param(req.params.ticketId, 'số thứ tự');

  router.get('/api/sites/:siteId/monitor', (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'monitor:read', siteId);
    res.json(monitorView(queue.hub(siteId)));
  });

  router.get('/api/sites/:siteId/audit', async (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'config:manage', siteId);
    const query = parseInput(auditQuery, req.query);
    const month = query.month ?? new Date(queue.hub(siteId).now()).toISOString().slice(0, 7);
    const entries = (await store.readAudit(month)).filter((e) => e.siteId === siteId).reverse();
    const hub = queue.hub(siteId);
    const named = nameAuditEntries(entries.slice(0, 2000), {
      config: hub.config,
      users: store.config.users,
      devices: store.config.devices,
      tickets: hub.state.tickets,
    });
    res.json({ month, entries: named });
  });

  return router;
}
