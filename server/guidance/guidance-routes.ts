// The guidance desk (bàn hướng dẫn) and the kiosks' help calls.
//   POST /api/sites/:siteId/help-calls                 a kiosk asks for help (kiosk devices)
//   GET  /api/sites/:siteId/help-calls                 open calls (officers)
//   POST /api/sites/:siteId/help-calls/:id/answer      an officer takes the call
//   GET  /api/sites/:siteId/guidance/printers          the kiosks whose printer the desk may use
//   POST /api/sites/:siteId/guidance/tickets           an officer issues a ticket for a citizen
//                                                      (priority after checking papers) and prints
//                                                      it at a kiosk's printer or the default one
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { LOCALES } from '../../shared/domain/model.js';
import { idSchema } from '../../shared/protocol/config-schemas.js';
import { issueTicketBody } from '../../shared/protocol/api-schemas.js';
import { param, parseInput } from '../http/validate.js';
import type { QueueService } from '../services/queue-service.js';
import type { Principal } from '../auth/principal.js';
import { ServiceError } from '../services/service-error.js';
import type { Store } from '../store/store.js';
import type { HelpCalls } from './help-calls.js';

const helpBody = z.strictObject({ language: z.enum(LOCALES).optional() });
const guidanceTicketBody = issueTicketBody
  .omit({ channel: true })
  .extend({ printerDeviceId: idSchema.nullable().optional() });

export function guidanceRoutes(queue: QueueService, store: Store, calls: HelpCalls): Router {
  const router = Router();
  const site = (req: Request) => param(req.params.siteId, 'trung tâm');
  const kiosksOf = (siteId: string) =>
    store.config.devices.filter((d) => d.siteId === siteId && d.kind === 'kiosk' && d.revokedAt === null);

  router.post('/api/sites/:siteId/help-calls', (req: Request, res: Response) => {
    const siteId = site(req);
    const principal = req.principal;
    queue.check(principal, 'help:call', siteId);
    // help:call is a kiosk's own action: the rule above lets nothing else through.
    const { device } = principal as Extract<Principal, { kind: 'device' }>;
    const body = parseInput(helpBody, req.body);
    const call = calls.call(siteId, device.id, device.name, body.language ?? 'vi');
    res.status(201).json({ call });
  });

  router.get('/api/sites/:siteId/help-calls', (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'queue:read', siteId);
    res.json({ calls: calls.list(siteId) });
  });

  router.post('/api/sites/:siteId/help-calls/:callId/answer', (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'help:answer', siteId);
    if (!calls.answer(siteId, param(req.params.callId, 'cuộc gọi'))) {
      throw new ServiceError(404, 'not_found', 'Cuộc gọi đã được trả lời hoặc đã hết hạn.');
    }
    res.json({ calls: calls.list(siteId) });
  });

  router.get('/api/sites/:siteId/guidance/printers', (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'ticket:issue', siteId);
    res.json({ printers: kiosksOf(siteId).map((d) => ({ deviceId: d.id, name: d.name })) });
  });

  router.post('/api/sites/:siteId/guidance/tickets', async (req: Request, res: Response) => {
    const siteId = site(req);
    const principal = req.principal;
    queue.check(principal, 'guidance:issue', siteId);
    const { printerDeviceId, ...body } = parseInput(guidanceTicketBody, req.body);
    const printAt =
      printerDeviceId === undefined || printerDeviceId === null
        ? null
        : kiosksOf(siteId).find((d) => d.id === printerDeviceId);
    if (printAt === undefined) throw new ServiceError(404, 'not_found', 'Không có kiosk in phiếu này.');
    res.status(201).json(await queue.issueChecked(principal, siteId, body, { channel: 'staff', printAt }));
  });

  return router;
}
