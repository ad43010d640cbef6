// The integrations API. Managers of the site (and admins) only, except the citizen's own request
// for messages, which needs the ticket's unguessable status token:
//   POST   /api/sites/:siteId/webhooks                 {url, events, secret} → 201 {id}
//   GET    /api/sites/:siteId/webhooks                 subscriptions (never the secret)
//   GET    /api/sites/:siteId/webhooks/:id
//   DELETE /api/sites/:siteId/webhooks/:id             → 204
//   POST   /api/sites/:siteId/webhooks/:id/pause|resume
//   POST   /api/sites/:siteId/webhooks/:id/replay      {fromSeq, day?}
//   GET    /api/sites/:siteId/webhooks/:id/deliveries  newest first (?limit=)
//   GET|PUT /api/sites/:siteId/integrations/settings   turn-near N, dossier link, gateway
//   GET    /api/sites/:siteId/reports/dossier-codes.csv|.xlsx?from=&to=   (reports:read)
//   POST   /api/tickets/:statusToken/messages          {phone, locale?} → 201 (kept for the day)
//   DELETE /api/tickets/:statusToken/messages          → 204
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import {
  createWebhookBody,
  integrationSettingsSchema,
  notifyBody,
  replayBody,
} from '../../shared/protocol/integration-schemas.js';
import { param, parseInput } from '../http/validate.js';
import type { QueueService } from '../services/queue-service.js';
import { dossierCodeTable } from '../reports/dossier-codes.js';
import { tableToCsv, tableToXlsx } from '../reports/export-files.js';
import { notFound, ServiceError } from '../services/service-error.js';
import type { Store } from '../store/store.js';
import { addDays } from '../../shared/i18n/time.js';
import { isToken } from '../services/status-token.js';
import { type Integrations, MASK } from './integrations.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const dayRange = z.strictObject({ from: isoDay.optional(), to: isoDay.optional() });
const limitQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).optional() });

/** Gateway headers carry tokens: only their names are shown back. */
function maskHeaders<T extends { gateway: { headers: Record<string, string> } | null }>(settings: T): T {
  if (!settings.gateway) return settings;
  const headers = Object.fromEntries(Object.keys(settings.gateway.headers).map((k) => [k, MASK]));
  return { ...settings, gateway: { ...settings.gateway, headers } };
}

export function integrationRoutes(
  queue: QueueService,
  integrations: Integrations,
  store: Store,
  clock: () => number,
): Router {
  const router = Router();
  const manage = (req: Request): string => {
    const siteId = param(req.params.siteId, 'trung tâm');
    queue.check(req.principal, 'integrations:manage', siteId);
    return siteId;
  };
  const id = (req: Request) => param(req.params.id, 'webhook');

  router.post('/api/sites/:siteId/webhooks', async (req: Request, res: Response) => {
    const siteId = manage(req);
    const body = parseInput(createWebhookBody, req.body);
    const created = await integrations.createWebhook(siteId, body, clock());
    queue.audit(req.principal, siteId, 'webhooks:create', created);
    res.status(201).json({ id: created });
  });

  router.get('/api/sites/:siteId/webhooks', async (req: Request, res: Response) => {
    res.json(await integrations.listWebhooks(manage(req)));
  });

  router.get('/api/sites/:siteId/webhooks/:id', async (req: Request, res: Response) => {
    res.json(await integrations.getWebhook(manage(req), id(req)));
  });

  router.delete('/api/sites/:siteId/webhooks/:id', async (req: Request, res: Response) => {
    const siteId = manage(req);
    await integrations.deleteWebhook(siteId, id(req));
    queue.audit(req.principal, siteId, 'webhooks:delete', id(req));
    res.status(204).end();
  });

  for (const action of ['pause', 'resume'] as const) {
    router.post(`/api/sites/:siteId/webhooks/:id/${action}`, async (req: Request, res: Response) => {
      const siteId = manage(req);
      parseInput(z.strictObject({}), req.body);
      const view = await integrations.setPaused(siteId, id(req), action === 'pause');
      queue.audit(req.principal, siteId, `webhooks:${action}`, id(req));
      res.json(view);
    });
  }

  router.post('/api/sites/:siteId/webhooks/:id/replay', async (req: Request, res: Response) => {
    const siteId = manage(req);
    const body = parseInput(replayBody, req.body);
    const view = await integrations.replay(siteId, id(req), body.fromSeq, body.day);
    queue.audit(
      req.principal,
      siteId,
      'webhooks:replay',
      `${id(req)} from ${body.day ?? 'today'}#${body.fromSeq}`,
    );
    res.json(view);
  });

  router.get('/api/sites/:siteId/webhooks/:id/deliveries', async (req: Request, res: Response) => {
    const siteId = manage(req);
    const { limit } = parseInput(limitQuery, req.query);
    res.json(await integrations.deliveries(siteId, id(req), limit));
  });

  router.get('/api/sites/:siteId/integrations/settings', async (req: Request, res: Response) => {
    res.json(maskHeaders(await integrations.settings(manage(req))));
  });

  router.put('/api/sites/:siteId/integrations/settings', async (req: Request, res: Response) => {
    const siteId = manage(req);
    const saved = await integrations.updateSettings(siteId, parseInput(integrationSettingsSchema, req.body));
    queue.audit(req.principal, siteId, 'integrations:settings');
    res.json(maskHeaders(saved));
  });

  for (const format of ['csv', 'xlsx'] as const) {
    router.get(`/api/sites/:siteId/reports/dossier-codes.${format}`, async (req: Request, res: Response) => {
      const siteId = param(req.params.siteId, 'trung tâm');
      queue.check(req.principal, 'reports:read', siteId);
      const hub = queue.hub(siteId);
      const range = parseInput(dayRange, req.query);
      const to = range.to ?? hub.state.day;
      const from = range.from ?? addDays(to, -30);
      if (from > to) throw new ServiceError(400, 'invalid_input', 'Khoảng ngày không hợp lệ.');
      const settings = await integrations.settings(siteId);
      const table = await dossierCodeTable(
        hub.config,
        queue.officerName,
        store,
        { from, to },
        settings.dossierLinkTemplate,
      );
      res.setHeader(
        'content-disposition',
        `attachment; filename="ma-ho-so-${siteId}-${from}_${to}.${format}"`,
      );
      res.setHeader('cache-control', 'no-store');
      if (format === 'csv') res.type('text/csv; charset=utf-8').send(tableToCsv(table));
      else res.type(XLSX_TYPE).send(await tableToXlsx(table));
    });
  }

  const ticketOf = (req: Request) => {
    const token = req.params.statusToken;
    const found = isToken(token) ? queue.findByToken(token) : null;
    if (!found) throw notFound('số thứ tự');
    return found;
  };

  router.post('/api/tickets/:statusToken/messages', (req: Request, res: Response) => {
    const { hub, ticket } = ticketOf(req);
    const body = parseInput(notifyBody, req.body);
    integrations.rememberPhone(hub, ticket.id, body.phone, body.locale ?? ticket.language);
    res.status(201).json({ ok: true });
  });

  router.delete('/api/tickets/:statusToken/messages', (req: Request, res: Response) => {
    const { hub, ticket } = ticketOf(req);
    integrations.forgetPhone(hub.siteId, ticket.id);
    res.status(204).end();
  });

  return router;
}
