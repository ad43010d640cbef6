// The queue API: issue tickets, counter actions, cancel, counters and their waiting lists.
import { type Request, type Response, Router } from 'express';
import type { z } from 'zod';
import {
  callTicketBody,
  counterRateBody,
  emptyBody,
  finishBody,
  issueTicketBody,
  pauseBody,
  signInBody,
  transferBody,
} from '../../../shared/protocol/api-schemas.js';
import { counterQueue, counterViews } from '../../hub/views.js';
import type { CounterAction, QueueService } from '../../services/queue-service.js';
import { parseInput, param } from '../validate.js';

const ACTION_BODIES: Record<CounterAction, z.ZodType> = {
  'call-next': emptyBody,
  call: callTicketBody,
  recall: emptyBody,
  start: emptyBody,
  finish: finishBody,
  'no-show': emptyBody,
  transfer: transferBody,
  pause: pauseBody,
  resume: emptyBody,
  reactivate: callTicketBody,
};

export function queueRoutes(queue: QueueService): Router {
  const router = Router();
  const site = (req: Request) => param(req.params.siteId, 'trung tâm');
  const counter = (req: Request) => param(req.params.counterId, 'quầy');

  router.get('/api/sites/:siteId/counters', (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'queue:read', siteId);
    const hub = queue.hub(siteId);
    res.json(counterViews(hub.config, hub.state, queue.officerName));
  });

  router.get('/api/sites/:siteId/snapshot', (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'queue:read', siteId);
    res.json(queue.snapshot(siteId));
  });

  router.get('/api/sites/:siteId/counters/:counterId/queue', (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'queue:read', siteId);
    const hub = queue.hub(siteId);
    res.json(counterQueue(hub.config, hub.state, counter(req), hub.now()));
  });

  router.post('/api/sites/:siteId/tickets', async (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'ticket:issue', siteId);
    res.status(201).json(await queue.issue(req.principal, siteId, parseInput(issueTicketBody, req.body)));
  });

  router.post('/api/sites/:siteId/tickets/:ticketId/cancel', async (req: Request, res: Response) => {
    parseInput(emptyBody, req.body);
    res.json({
      ticket: await queue.cancel(req.principal, site(req), param(req.params.ticketId, 'số thứ tự')),
    });
  });

  router.post('/api/sites/:siteId/counters/:counterId/sign-in', async (req: Request, res: Response) => {
    const body = parseInput(signInBody, req.body);
    res.json({ counter: await queue.signIn(req.principal, site(req), counter(req), body.takeOver ?? false) });
  });

  router.post('/api/sites/:siteId/counters/:counterId/sign-out', async (req: Request, res: Response) => {
    parseInput(emptyBody, req.body);
    res.json({ counter: await queue.signOut(req.principal, site(req), counter(req)) });
  });

  router.post('/api/sites/:siteId/counters/:counterId/rating', async (req: Request, res: Response) => {
    const body = parseInput(counterRateBody, req.body);
    const { ticketId, ...rating } = body;
    await queue.rateAtCounter(req.principal, site(req), counter(req), ticketId, rating);
    res.status(201).json({ ok: true });
  });

  for (const action of Object.keys(ACTION_BODIES) as CounterAction[]) {
    router.post(`/api/sites/:siteId/counters/:counterId/${action}`, async (req: Request, res: Response) => {
      const siteId = site(req);
      const counterId = counter(req);
      queue.check(req.principal, 'counter:operate', siteId, counterId);
      const body = parseInput(ACTION_BODIES[action], req.body) as Parameters<
        QueueService['counterAction']
      >[4];
      res.json(await queue.counterAction(req.principal, siteId, counterId, action, body));
    });
  }

  return router;
}
