// Public endpoints: sites, catalogue, and one ticket's status by its unguessable token (giving the
// ticket up is a queue command: server/services/queue-commands.ts).
import { type Request, type Response, Router } from 'express';
import { rateBody } from '../../../shared/protocol/api-schemas.js';
import { catalogueView, siteSummary } from '../../hub/views.js';
import type { QueueService } from '../../services/queue-service.js';
import { statusToken } from '../../services/status-token.js';
import { parseInput, param } from '../validate.js';

export function publicRoutes(queue: QueueService): Router {
  const router = Router();

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
