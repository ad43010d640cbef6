// Editing a site's configuration: centre details (names, time zone, opening hours, holidays),
// the catalogue and the counters (generic create/replace per collection), queue rules and the
// settings sections. Every change goes through AdminService.changeSite.
import { randomUUID } from 'node:crypto';
import { type Request, type Response, Router } from 'express';
import type { z } from 'zod';
import {
  counterSchema,
  displaySettingsSchema,
  fieldSchema,
  kioskSettingsSchema,
  priorityCategorySchema,
  procedureCodeWarning,
  procedureSchema,
  queueRulesSchema,
  ratingSettingsSchema,
  seriesSchema,
  siteSchema,
  slipLayoutSchema,
  voiceSettingsSchema,
} from '../../shared/protocol/config-schemas.js';
import type { SiteConfig } from '../../shared/domain/model.js';
import { appointmentSettingsSchema } from '../../shared/protocol/appointment-settings.js';
import type { SiteSettings } from '../../shared/protocol/config-schemas.js';
import { parseInput, param } from '../http/validate.js';
import type { AdminService } from '../services/admin-service.js';
import { ServiceError } from '../services/service-error.js';
import { checkVisitProcedures } from './kiosk-visits.js';
import type { QueueService } from '../services/queue-service.js';

type CollectionKey = 'fields' | 'procedures' | 'series' | 'counters' | 'priorityCategories';

interface Collection {
  key: CollectionKey;
  schema: z.ZodType<{ id: string }>;
  idPrefix: string;
  what: string;
  warnings?: (item: unknown) => string[];
}

const COLLECTIONS: Record<string, Collection> = {
  fields: { key: 'fields', schema: fieldSchema, idPrefix: 'f', what: 'lĩnh vực' },
  procedures: {
    key: 'procedures',
    schema: procedureSchema,
    idPrefix: 'p',
    what: 'thủ tục',
    warnings: (item) => {
      const w = procedureCodeWarning((item as { code: string }).code);
      return w ? [w] : [];
    },
  },
  series: { key: 'series', schema: seriesSchema, idPrefix: 's', what: 'dãy số' },
  counters: { key: 'counters', schema: counterSchema, idPrefix: 'c', what: 'quầy' },
  'priority-categories': {
    key: 'priorityCategories',
    schema: priorityCategorySchema,
    idPrefix: 'ut',
    what: 'đối tượng ưu tiên',
  },
};

const SETTINGS: Record<keyof SiteSettings, z.ZodType> = {
  display: displaySettingsSchema,
  voice: voiceSettingsSchema,
  slip: slipLayoutSchema,
  rating: ratingSettingsSchema,
  kiosk: kioskSettingsSchema,
  appointments: appointmentSettingsSchema,
};

function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ServiceError(400, 'invalid_input', 'Cần một đối tượng JSON.');
  }
  return body as Record<string, unknown>;
}

function collectionOf(req: Request): Collection {
  const collection = COLLECTIONS[param(req.params.collection, 'danh mục')];
  if (!collection) throw new ServiceError(404, 'not_found', 'Không có danh mục này.');
  return collection;
}

export function configRoutes(admin: AdminService, queue: QueueService): Router {
  const router = Router();
  const site = (req: Request) => param(req.params.siteId, 'trung tâm');
  const list = (config: SiteConfig, key: CollectionKey) => config[key] as { id: string }[];

  router.get('/api/sites/:siteId/config', (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'config:read', siteId);
    const { config, settings } = admin.record(siteId);
    const codeWarnings: Record<string, string> = {};
    for (const p of config.procedures) {
      const w = procedureCodeWarning(p.code);
      if (w) codeWarnings[p.id] = w;
    }
    res.json({ config, settings, codeWarnings });
  });

  router.put('/api/sites/:siteId/config/site', async (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'config:manage', siteId);
    const body = parseInput(siteSchema, { ...objectBody(req.body), id: siteId });
    const { record } = await admin.changeSite(req.principal, siteId, {
      action: 'site:update',
      target: siteId,
      apply: (draft) => {
        draft.config.site = body;
        return undefined;
      },
    });
    res.json({ site: record.config.site });
  });

  router.put('/api/sites/:siteId/config/rules', async (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'config:manage', siteId);
    const body = parseInput(queueRulesSchema, req.body);
    const { record } = await admin.changeSite(req.principal, siteId, {
      action: 'rules:update',
      apply: (draft) => {
        draft.config.rules = body;
        return undefined;
      },
    });
    res.json({ rules: record.config.rules });
  });

  router.put('/api/sites/:siteId/settings/:section', async (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'config:manage', siteId);
    const section = param(req.params.section, 'mục cài đặt') as keyof SiteSettings;
    const schema = Object.hasOwn(SETTINGS, section) ? SETTINGS[section] : undefined;
    if (!schema) throw new ServiceError(404, 'not_found', 'Không có mục cài đặt này.');
    const body = parseInput(schema, req.body);
    const { record } = await admin.changeSite(req.principal, siteId, {
      action: `settings:${section}`,
      apply: (draft) => {
        if (section === 'kiosk') checkVisitProcedures(draft.config, body as SiteSettings['kiosk']);
        (draft.settings as Record<string, unknown>)[section] = body;
        return undefined;
      },
    });
    res.json({ settings: record.settings });
  });

  router.post('/api/sites/:siteId/config/:collection', async (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'config:manage', siteId);
    const c = collectionOf(req);
    const raw = objectBody(req.body);
    const id =
      typeof raw.id === 'string' && raw.id !== '' ? raw.id : `${c.idPrefix}-${randomUUID().slice(0, 8)}`;
    const item = parseInput(c.schema, { ...raw, id });
    const { warnings } = await admin.changeSite(req.principal, siteId, {
      action: `${c.key}:create`,
      target: item.id,
      apply: (draft) => {
        const items = list(draft.config, c.key);
        if (items.some((x) => x.id === item.id)) {
          throw new ServiceError(409, 'conflict', `Đã có ${c.what} mã "${item.id}".`);
        }
        items.push(item);
        return c.warnings?.(item);
      },
    });
    res.status(201).json({ item, warnings });
  });

  router.put('/api/sites/:siteId/config/:collection/:itemId', async (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'config:manage', siteId);
    const c = collectionOf(req);
    const itemId = param(req.params.itemId, c.what);
    const item = parseInput(c.schema, { ...objectBody(req.body), id: itemId });
    const { warnings } = await admin.changeSite(req.principal, siteId, {
      action: `${c.key}:update`,
      target: itemId,
      apply: (draft) => {
        const items = list(draft.config, c.key);
        const index = items.findIndex((x) => x.id === itemId);
        if (index < 0) throw new ServiceError(404, 'not_found', `Không tìm thấy ${c.what}.`);
        items[index] = item;
        return c.warnings?.(item);
      },
    });
    res.json({ item, warnings });
  });

  return router;
}
