// What the counter terminal and the rating tablet read besides the queue itself: the series with
// their target waits, the rating scale, and the officer's figures for today. Readable by the
// site's staff, managers and admins, and by the site's counter devices; nobody else.
import { type Request, type Response, Router } from 'express';
import { ticketDurations } from '../../../shared/domain/figures.js';
import type { Ticket } from '../../../shared/domain/model.js';
import type { OfficerToday, SeriesInfo } from '../../../shared/protocol/views.js';
import type { Principal } from '../../auth/principal.js';
import type { QueueService } from '../../services/queue-service.js';
import { signedInAccount } from '../../services/signed-in.js';
import type { RouteDeps } from '../route-deps.js';
import { param } from '../validate.js';

type Reader = { kind: 'officer'; userId: string } | { kind: 'counter'; counterId: string };

/** Staff, managers and admins of the site, or one of its counter devices (officer:day). */
function reader(queue: QueueService, principal: Principal, siteId: string): Reader {
  queue.check(principal, 'officer:day', siteId);
  if (principal.kind === 'device') return { kind: 'counter', counterId: principal.device.counterId ?? '' };
  return { kind: 'officer', userId: signedInAccount(principal).id };
}

const mean = (values: number[]): number | null =>
  values.length === 0 ? null : Math.round(values.reduce((a, b) => a + b, 0) / values.length);

export function todayFigures(
  tickets: Iterable<Ticket>,
  mine: (t: Ticket) => boolean,
  satisfiedLevels: readonly number[],
): Omit<OfficerToday, 'scope' | 'day'> {
  const service: number[] = [];
  const wait: number[] = [];
  let served = 0;
  let noShows = 0;
  let ratings = 0;
  let satisfied = 0;
  for (const t of tickets) {
    if (!mine(t)) continue;
    const d = ticketDurations(t);
    if (d.wait !== null) wait.push(d.wait);
    if (t.status === 'no_show') noShows += 1;
    if (t.status !== 'done') continue;
    served += 1;
    if (d.service !== null) service.push(d.service);
    if (t.rating) {
      ratings += 1;
      if (satisfiedLevels.includes(t.rating.level)) satisfied += 1;
    }
  }
  return {
    served,
    noShows,
    avgServiceMs: mean(service),
    avgWaitMs: mean(wait),
    ratings,
    satisfaction: ratings === 0 ? null : satisfied / ratings,
  };
}

export function officerRoutes(deps: RouteDeps): Router {
  const { queue } = deps;
  const router = Router();
  const site = (req: Request) => param(req.params.siteId, 'trung tâm');

  router.get('/api/sites/:siteId/series', (req: Request, res: Response) => {
    const siteId = site(req);
    reader(queue, req.principal, siteId);
    const series: SeriesInfo[] = queue.hub(siteId).config.series.map((s) => ({
      id: s.id,
      name: s.name,
      prefix: s.prefix,
      targetWaitMinutes: s.targetWaitMinutes,
    }));
    res.json(series);
  });

  router.get('/api/sites/:siteId/rating-settings', (req: Request, res: Response) => {
    const siteId = site(req);
    reader(queue, req.principal, siteId);
    res.json(queue.hub(siteId).settings.rating);
  });

  router.get('/api/sites/:siteId/officers/me/today', (req: Request, res: Response) => {
    const siteId = site(req);
    const who = reader(queue, req.principal, siteId);
    const hub = queue.hub(siteId);
    const mine =
      who.kind === 'officer'
        ? (t: Ticket) => t.officerId === who.userId
        : (t: Ticket) => t.counterId === who.counterId;
    const figures: OfficerToday = {
      scope: who.kind,
      day: hub.state.day,
      ...todayFigures(hub.state.tickets.values(), mine, hub.settings.rating.satisfiedLevels),
    };
    res.json(figures);
  });

  return router;
}
