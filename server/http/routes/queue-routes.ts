// The queue API: one route per command of the queue command table (server/services/queue-commands.ts),
// the same commands the sockets take.
import { type Request, type Response, Router } from 'express';
import { QUEUE_COMMANDS } from '../../services/queue-commands.js';
import type { QueueService } from '../../services/queue-service.js';
import { runQueueCommand } from '../../services/run-queue-command.js';
import { param } from '../validate.js';

export function queueRoutes(queue: QueueService): Router {
  const router = Router();
  for (const def of QUEUE_COMMANDS) {
    const handler = async (req: Request, res: Response) => {
      const data = await runQueueCommand(queue, def, {
        principal: req.principal,
        siteId: def.target === 'status' ? '' : param(req.params.siteId, 'trung tâm'),
        counterId: def.target === 'counter' ? param(req.params.counterId, 'quầy') : undefined,
        ticketId: def.target === 'ticket' ? param(req.params.ticketId, 'số thứ tự') : undefined,
        statusToken: def.target === 'status' ? req.params.statusToken : undefined,
        // A read takes no body; its query string is not an input either.
        body: def.method === 'GET' ? {} : req.body,
      });
      res.status(def.status).json(data);
    };
    if (def.method === 'GET') router.get(def.path, handler);
    else router.post(def.path, handler);
  }
  return router;
}
