// The province's API (on a PostgreSQL hub): feeding centres push their journals with their key;
// the administrator registers centres and sees every centre, hosted or feeding, ranked by who needs
// help now, and so does the province role (read only). A manager sees only the hosted centres of
// their own sites; nobody else sees any.
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { replay } from '../../shared/domain/state.js';
import { localDay } from '../../shared/i18n/time.js';
import { authorize, visibleSites } from '../auth/permissions.js';
import type { Principal } from '../auth/principal.js';
import { FedJournal } from '../feed/fed-journal.js';
import { FEED_KEY_HEADER, feedBatchSchema, feedCursorQuery } from '../feed/feed-protocol.js';
import type { RouteDeps } from '../http/route-deps.js';
import { parseInput } from '../http/validate.js';
import { ServiceError } from '../services/service-error.js';
import type { PgStore } from '../store/pg/pg-store.js';
import type { ProvinceCentre } from '../../shared/protocol/province-views.js';
import { centreFigures, needsHelpFirst, needsHelpNow } from './centre-figures.js';

export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const newCentreBody = z.strictObject({
  centreId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and -'),
  name: z.string().trim().min(1).max(200),
});

/**
 * Which centres a principal may see (rules in server/auth/permissions.ts): every one (admin,
 * province), the hosted sites of their own (manager), none (anyone else).
 */
function scopeOf(principal: Principal): { all: boolean; siteIds: Set<string> } {
  const denial = authorize(principal, 'province:read');
  if (denial) throw new ServiceError(denial.status, denial.code, denial.message);
  const sites = visibleSites(principal);
  return sites === 'all' ? { all: true, siteIds: new Set() } : { all: false, siteIds: new Set(sites) };
}

/** Registering centres and their keys changes the province's set-up: administrators only. */
function requireAdmin(principal: Principal): void {
  const denial = authorize(principal, 'sites:create');
  if (denial) throw new ServiceError(denial.status, denial.code, 'Chỉ quản trị hệ thống.');
}

export function provinceRoutes(deps: RouteDeps, store: PgStore): Router {
  const router = Router();
  const fed = new FedJournal(store.pool);

  const feedCentre = async (req: Request) => {
    const key = req.get(FEED_KEY_HEADER);
    const centre = key && key.length <= 200 ? await fed.centreOfKey(key) : null;
    if (!centre) throw new ServiceError(401, 'feed_key_invalid', 'Khoá gửi dữ liệu không hợp lệ.');
    return centre;
  };

  router.get('/api/province/feed/cursor', async (req: Request, res: Response) => {
    const centre = await feedCentre(req);
    const q = parseInput(feedCursorQuery, req.query);
    res.json({ seq: await fed.cursor(centre.centreId, q.siteId, q.day) });
  });

  router.post('/api/province/feed', async (req: Request, res: Response) => {
    const centre = await feedCentre(req);
    const batch = parseInput(feedBatchSchema, req.body);
    res.json({ seq: await fed.receive(centre.centreId, batch) });
  });

  router.get('/api/province/centres', async (req: Request, res: Response) => {
    requireAdmin(req.principal);
    res.json({ centres: await fed.centres() });
  });

  router.post('/api/province/centres', async (req: Request, res: Response) => {
    requireAdmin(req.principal);
    const body = parseInput(newCentreBody, req.body);
    const key = await fed.addCentre(body.centreId, body.name);
    res.status(201).json({ centreId: body.centreId, name: body.name, key });
  });

  router.get('/api/province/overview', async (req: Request, res: Response) => {
    const scope = scopeOf(req.principal);
    const now = deps.clock();
    const centres: ProvinceCentre[] = [];
    // Hosted sites: today's journal from the database, whichever node writes the site.
    for (const record of store.config.sites) {
      const site = record.config.site;
      if (!scope.all && !scope.siteIds.has(site.id)) continue;
      const day = localDay(now, site.timeZone);
      const state = replay(site.id, day, await store.readDay(site.id, day));
      centres.push({
        kind: 'hosted',
        centreId: site.id,
        siteId: site.id,
        name: site.name.vi,
        day,
        figures: centreFigures(state, now),
        needsHelp: false,
      });
    }
    if (scope.all) {
      const day = localDay(now, PROVINCE_TIME_ZONE);
      const names = new Map((await fed.centres()).map((c) => [c.centreId, c.name]));
      for (const { centreId, siteId } of await fed.sitesOfDay(day)) {
        const state = replay(siteId, day, await fed.readDay(centreId, siteId, day));
        centres.push({
          kind: 'fed',
          centreId,
          siteId,
          name: names.get(centreId) ?? centreId,
          day,
          figures: centreFigures(state, now),
          needsHelp: false,
        });
      }
    }
    for (const c of centres) c.needsHelp = needsHelpNow(c.figures);
    centres.sort((a, b) => needsHelpFirst(a.figures, b.figures) || a.name.localeCompare(b.name, 'vi'));
    res.json({ generatedAt: now, centres });
  });

  return router;
}
