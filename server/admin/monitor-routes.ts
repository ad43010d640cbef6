// The live monitor's waiting list and the manager's hand on any ticket: transfer, reactivate
// (cancel is the queue API's). The audit log of a site, month by month.
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { SiteHub } from '../hub/site-hub.js';
import { ticketView } from '../hub/views.js';
import type { MonitorView } from '../../shared/protocol/admin-views.js';
import { emptyBody, transferBody } from '../../shared/protocol/api-schemas.js';
import type { RouteDeps } from '../http/route-deps.js';
import { parseInput, param } from '../http/validate.js';
import { fromDomainError } from '../services/service-error.js';

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
  const ticket = (req: Request) => param(req.params.ticketId, 'số thứ tự');

  router.get('/api/sites/:siteId/monitor', (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'monitor:read', siteId);
    res.json(monitorView(queue.hub(siteId)));
  });

  router.post('/api/sites/:siteId/tickets/:ticketId/transfer', async (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'monitor:read', siteId);
    queue.check(req.principal, 'ticket:cancel', siteId);
    const ticketId = ticket(req);
    const body = parseInput(transferBody, req.body);
    const hub = queue.hub(siteId);
    const result = await hub.execute({
      type: 'ticket:transfer',
      ticketId,
      toSeriesId: body.toSeriesId ?? null,
      toCounterId: body.toCounterId ?? null,
      ...(body.placement ? { placement: body.placement } : {}),
      officerId: req.principal.kind === 'user' ? req.principal.user.id : null,
    });
    if (!result.ok) throw fromDomainError(result.error);
    queue.audit(req.principal, siteId, 'ticket:transfer', ticketId);
    res.json({ ticket: result.ticket ? ticketView(hub.config, result.ticket) : null });
  });

  router.post('/api/sites/:siteId/tickets/:ticketId/reactivate', async (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'monitor:read', siteId);
    queue.check(req.principal, 'ticket:cancel', siteId);
    const ticketId = ticket(req);
    parseInput(emptyBody, req.body);
    const hub = queue.hub(siteId);
    const result = await hub.execute({
      type: 'ticket:reactivate',
      ticketId,
      officerId: req.principal.kind === 'user' ? req.principal.user.id : null,
    });
    if (!result.ok) throw fromDomainError(result.error);
    queue.audit(req.principal, siteId, 'ticket:reactivate', ticketId);
    res.json({ ticket: result.ticket ? ticketView(hub.config, result.ticket) : null });
  });

  router.get('/api/sites/:siteId/audit', async (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'config:manage', siteId);
    const query = parseInput(auditQuery, req.query);
    const month = query.month ?? new Date(queue.hub(siteId).now()).toISOString().slice(0, 7);
    const entries = (await store.readAudit(month)).filter((e) => e.siteId === siteId).reverse();
    res.json({ month, entries: entries.slice(0, 2000) });
  });

  return router;
}
