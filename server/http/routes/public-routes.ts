// Public endpoints: health, sites, catalogue, and one ticket's status by its unguessable token.
import { type Request, type Response, Router } from 'express';
import { rateBody } from '../../../shared/protocol/api-schemas.js';
import { catalogueView, siteSummary } from '../../hub/views.js';
import type { QueueService } from '../../services/queue-service.js';
import { notFound } from '../../services/service-error.js';
import { parseInput, param } from '../validate.js';

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

function statusToken(value: string | string[] | undefined): string {
  if (typeof value !== 'string' || !TOKEN.test(value)) throw notFound('số thứ tự');
  return value;
}

export function publicRoutes(queue: QueueService, startedAt: number, version: string): Router {
  const router = Router();

  router.get('/health', (_req: Request, res: Response) => {
    res.json({ status: 'ok', version, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) });
  });

  router.get('/api/sites', (_req: Request, res: Response) => {
    res.json(queue.sites().map((hub) => siteSummary(hub.config)));
  });

  router.get('/api/sites/:siteId/catalogue', (req: Request, res: Response) => {
    const hub = queue.hub(param(req.params.siteId, 'trung tâm'));
    res.json(catalogueView(hub.config, hub.settings));
  });

  router.get('/api/tickets/:statusToken', (req: Request, res: Response) => {
    res.json(queue.status(statusToken(req.params.statusToken)));
  });

  router.post('/api/tickets/:statusToken/rating', async (req: Request, res: Response) => {
    const token = statusToken(req.params.statusToken);
    await queue.rateByToken(token, parseInput(rateBody, req.body));
    res.status(201).json({ ok: true });
  });

  return router;
}
